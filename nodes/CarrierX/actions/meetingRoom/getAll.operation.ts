import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllAndLimit } from '../../../shared/getMany';
import type { RequestSpec } from '../../../shared/transport';
import { assertValid, checkOneOf } from '../../../shared/validation';
import {
	checkFilterText,
	containsClause,
	filterClause,
	joinClauses,
	listRequest,
	orderProperty,
	rawFilterOption,
} from '../shared';
import type { Check } from './common';
import { checkSid } from './common';

export const ROOM_ORDERS = ['', 'name', 'name desc', 'meeting_room_sid', 'meeting_room_sid desc'] as const;

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'DID Group SID',
				name: 'didGroupSid',
				type: 'string',
				default: '',
				placeholder: 'e.g. 7a3b2c1d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
				description: 'Only rooms reached through this DID group',
			},
			rawFilterOption('name like "%sales%" and did_group_sid eq "7a3b2c1d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"'),
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Only rooms with exactly this name',
			},
			{
				displayName: 'Name Contains',
				name: 'nameContains',
				type: 'string',
				default: '',
				description: 'Only rooms whose name contains this text (% and _ act as wildcards)',
			},
		],
	},
	orderProperty([
		{ name: 'Name (A to Z)', value: 'name' },
		{ name: 'Name (Z to A)', value: 'name desc' },
		{ name: 'SID (Ascending)', value: 'meeting_room_sid' },
		{ name: 'SID (Descending)', value: 'meeting_room_sid desc' },
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['meetingRoom'], operation: ['getAll'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const limit = readLimit(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const order = this.getNodeParameter('order', itemIndex, '');
	const checks: Check[] = [
		['DID Group SID', checkSid(filters.didGroupSid, false)],
		['Filter (Raw)', checkFilterText(filters.rawFilter)],
		['Name', checkFilterText(filters.name, 255)],
		['Name Contains', checkFilterText(filters.nameContains, 255)],
		['Order By', checkOneOf(order, ROOM_ORDERS.filter(Boolean), false)],
	];
	assertValid(this.getNode(), itemIndex, checks);
	const filter = joinClauses([
		filters.rawFilter as string | undefined,
		filters.name ? filterClause('name', 'eq', filters.name as string) : undefined,
		filters.nameContains ? containsClause('name', filters.nameContains as string) : undefined,
		filters.didGroupSid ? filterClause('did_group_sid', 'eq', filters.didGroupSid as string) : undefined,
	]);
	return listRequest('/meeting_rooms', filter, order, limit);
}
