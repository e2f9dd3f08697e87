import type { INodeProperties } from 'n8n-workflow';

import * as end from './end.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { end, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['conference'] } },
		options: [
			{
				name: 'End',
				value: 'end',
				description: 'End an in-progress conference, disconnecting every participant',
				action: 'End a conference',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one conference by its SID: name, status, dates and links to participants and recordings',
				action: 'Get a conference',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List conferences, filtered by name, status or date',
				action: 'Get many conferences',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Play an announcement into an in-progress conference',
				action: 'Play an announcement into a conference',
			},
		],
		default: 'update',
	},
	...end.description,
	...get.description,
	...getAll.description,
	...update.description,
];
