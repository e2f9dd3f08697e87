import type { INodeProperties } from 'n8n-workflow';

import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as remove from './remove.operation';
import * as update from './update.operation';

export { get, getAll, remove, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['call'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description: 'Get one caller of a live meeting by call SID: number, role, name, mute and hold state',
				action: 'Get a conference call',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the callers of live meetings, optionally of one meeting; one item per call',
				action: 'Get many conference calls',
			},
			{
				name: 'Remove',
				value: 'remove',
				description: 'Drop a caller from its meeting (hangs up the call); returns {removed: true}',
				action: 'Remove a caller from a meeting',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Mute, hold or rename one caller of a live meeting; returns the updated call',
				action: 'Update a conference call',
			},
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
	...remove.description,
	...update.description,
];
