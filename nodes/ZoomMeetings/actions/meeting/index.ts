import type { INodeProperties } from 'n8n-workflow';

import * as end from './end.operation';
import * as update from './update.operation';

export { end, update };

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
				description: 'End a meeting that is in progress',
				action: 'End a meeting',
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
	...end.description,
	...update.description,
];
