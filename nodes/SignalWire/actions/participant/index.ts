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
		displayOptions: { show: { resource: ['participant'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				description:
					'Get one participant of a conference by call SID: status, muted, on hold, coaching and dates',
				action: 'Get a conference participant',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the participants of a conference, optionally only muted or on-hold ones; one item per participant',
				action: 'Get many conference participants',
			},
			{
				name: 'Remove',
				value: 'remove',
				description: 'Remove (kick) a participant from a conference, ending their call leg; returns removed: true',
				action: 'Remove a participant from a conference',
			},
			{
				name: 'Update',
				value: 'update',
				description:
					'Mute, hold, coach or play an announcement to one participant of a conference; returns the updated participant',
				action: 'Update a conference participant',
			},
		],
		default: 'get',
	},
	...get.description,
	...getAll.description,
	...remove.description,
	...update.description,
];
