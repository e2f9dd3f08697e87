import type { INodeProperties } from 'n8n-workflow';

import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { del as delete, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['recording'] } },
		options: [
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a conference recording for good; returns deleted: true',
				action: 'Delete a conference recording',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one recording of a conference by its SID: status, duration, start and end times, price',
				action: 'Get a conference recording',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the recordings of a conference, optionally by creation date; one item per recording',
				action: 'Get many conference recordings',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Pause, resume or stop a conference recording; returns the updated recording',
				action: 'Update a conference recording',
			},
		],
		default: 'get',
	},
	...del.description,
	...get.description,
	...getAll.description,
	...update.description,
];
