import type { INodeProperties } from 'n8n-workflow';

import * as replace from './replace.operation';
import * as update from './update.operation';

export { replace, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['meetingRoom'] } },
		options: [
			{
				name: 'Replace',
				value: 'replace',
				description: 'Replace a whole meeting room; fields left empty are reset',
				action: 'Replace a meeting room',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change only the chosen fields of a meeting room',
				action: 'Update a meeting room',
			},
		],
		default: 'update',
	},
	...replace.description,
	...update.description,
];
