import type { INodeProperties } from 'n8n-workflow';

import * as create from './create.operation';
import * as deleteRoom from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as replace from './replace.operation';
import * as update from './update.operation';

export { create, deleteRoom, get, getAll, replace, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['meetingRoom'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				description: 'Create a meeting room, optionally with a name, access codes, DID group and properties; returns the new room',
				action: 'Create a meeting room',
			},
			{
				name: 'Delete',
				value: 'delete',
				description: 'Delete a meeting room by its SID; returns {deleted: true}',
				action: 'Delete a meeting room',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get one meeting room by its SID: name, access codes, DID group and properties',
				action: 'Get a meeting room',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				description: 'List meeting rooms, filtered by name or DID group; one item per room',
				action: 'Get many meeting rooms',
			},
			{
				name: 'Replace',
				value: 'replace',
				description: 'Replace a whole meeting room; fields left empty are reset',
				action: 'Replace a meeting room',
			},
			{
				name: 'Update',
				value: 'update',
				description: 'Change only the chosen fields of a meeting room; returns the updated room',
				action: 'Update a meeting room',
			},
		],
		default: 'update',
	},
	...create.description,
	...deleteRoom.description,
	...get.description,
	...getAll.description,
	...replace.description,
	...update.description,
];
