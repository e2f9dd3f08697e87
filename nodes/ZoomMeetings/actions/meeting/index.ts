import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteMeeting from './delete.operation';
import * as end from './end.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as recover from './recover.operation';
import * as update from './update.operation';

export { create, deleteMeeting as delete, end, get, getAll, recover, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['meeting'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Schedule a meeting for a user; returns the new meeting with its ID, join URL and start URL',
				action: 'Create a meeting',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a meeting or one occurrence of a recurring meeting; returns a confirmation',
				action: 'Delete a meeting',
			},
			{
				name: 'End',
				value: 'end',
				description: 'End a meeting that is in progress',
				action: 'End a meeting',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one meeting by ID or join link: topic, time, status, join URL and settings',
				action: 'Get a meeting',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: "List a user's meetings: scheduled, live, upcoming or previous",
				action: 'Get many meetings',
			},
			{
				name: 'Recover',
				value: 'recover',
				description: 'Restore a recently deleted meeting; returns a confirmation',
				action: 'Recover a deleted meeting',
			},
			{
				name: 'Update',
				value: 'update',
				description: "Change a meeting's topic, time, recurrence, settings or other details",
				action: 'Update a meeting',
			},
		],
		default: 'update',
	},
	...create.description,
	...deleteMeeting.description,
	...end.description,
	...get.description,
	...getAll.description,
	...recover.description,
	...update.description,
];
