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
		displayOptions: { show: { resource: ['meeting'] } },
		options: [
			{
				name: 'End',
				value: 'end',
				description: 'End a live meeting, disconnecting every caller; returns {ended: true}',
				action: 'End a live meeting',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one live meeting by its SID: room, attendee counts, hold and mute state',
				action: 'Get a live meeting',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List live meetings, optionally of one meeting room; one item per meeting',
				action: 'Get many live meetings',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Put callers of a live meeting on hold or mute them; returns the updated meeting',
				action: 'Update a live meeting',
			},
		],
		default: 'get',
	},
	...end.description,
	...get.description,
	...getAll.description,
	...update.description,
];
