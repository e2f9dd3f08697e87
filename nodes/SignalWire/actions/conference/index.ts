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
		displayOptions: { show: { resource: ['conference'] } },
		options: [
			{
				name: 'End',
				value: 'end',
				description: 'End an in-progress conference, disconnecting every participant',
				action: 'End a conference',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Play an announcement into an in-progress conference',
				action: 'Update a conference',
			},
		],
		default: 'update',
	},
	...end.description,
	...update.description,
];
