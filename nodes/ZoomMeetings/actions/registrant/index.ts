import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteRegistrant from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as updateStatus from './updateStatus.operation';

export { create, deleteRegistrant as delete, get, getAll, updateStatus };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['registrant'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Register someone for a meeting that requires registration; returns the registrant ID and their join URL',
				action: 'Create a meeting registrant',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: "Delete a registrant from a meeting's registration; returns a confirmation",
				action: 'Delete a meeting registrant',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one registrant of a meeting: name, email, status and join URL',
				action: 'Get a meeting registrant',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List the registrants of a meeting, by status (approved, pending or denied)',
				action: 'Get many meeting registrants',
			},
			{
				name: 'Update Status',
				value: 'updateStatus',
				description: 'Approve, deny or cancel up to 30 registrants of a meeting at once; returns a confirmation',
				action: 'Update the status of meeting registrants',
			},
		],
		default: 'create',
	},
	...create.description,
	...deleteRegistrant.description,
	...get.description,
	...getAll.description,
	...updateStatus.description,
];
