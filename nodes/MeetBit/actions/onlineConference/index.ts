import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as update from './update.operation';

export { create, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['onlineConference'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create an online conference',
				action: 'Create an online conference',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change the title and visibility of an online conference that has not started',
				action: 'Update an online conference',
			},
		],
		default: 'create',
	},
	...create.description,
	...update.description,
];
