import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllAndLimit } from '../../../shared/getMany';
import type { RequestSpec } from '../../../shared/transport';
import type { Problem } from '../../../shared/validation';
import { assertValid, checkOneOf, checkUuid } from '../../../shared/validation';
import { meetingSidProperty, readMeetingSid } from '../meeting/common';
import { ROLES } from '../meetingRoom/common';
import {
	checkFilterText,
	containsClause,
	filterClause,
	joinClauses,
	listRequest,
	orderProperty,
	rawFilterOption,
} from '../shared';

export const CALL_ORDERS = ['', 'date_joined', 'date_joined desc', 'name', 'name desc'] as const;

const properties: INodeProperties[] = [
	meetingSidProperty('Only the calls (callers) in this live meeting; leave empty for every live call', false),
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			rawFilterOption('muted eq true'),
			{
				displayName: 'Name Contains',
				name: 'nameContains',
				type: 'string',
				default: '',
				description: "Only callers whose name contains this text (% and _ act as wildcards)",
			},
			{
				displayName: 'Role',
				name: 'role',
				type: 'options',
				default: 'participant',
				options: [
					{ name: 'Host', value: 'host' },
					{ name: 'Listener', value: 'listener' },
					{ name: 'Participant', value: 'participant' },
				],
				description: 'Only callers who joined with this role',
			},
		],
	},
	orderProperty([
		{ name: 'Joined (Earliest First)', value: 'date_joined' },
		{ name: 'Joined (Latest First)', value: 'date_joined desc' },
		{ name: 'Name (A to Z)', value: 'name' },
		{ name: 'Name (Z to A)', value: 'name desc' },
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['call'], operation: ['getAll'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const meetingSid = readMeetingSid(this, itemIndex);
	const limit = readLimit(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const order = this.getNodeParameter('order', itemIndex, '');
	const checks: Array<[string, Problem]> = [
		['Meeting SID', checkUuid(meetingSid, false)],
		['Filter (Raw)', checkFilterText(filters.rawFilter)],
		['Name Contains', checkFilterText(filters.nameContains, 255)],
		['Role', checkOneOf(filters.role, ROLES, false)],
		['Order By', checkOneOf(order, CALL_ORDERS.filter(Boolean), false)],
	];
	assertValid(this.getNode(), itemIndex, checks);
	const filter = joinClauses([
		filters.rawFilter as string | undefined,
		meetingSid ? filterClause('meeting_sid', 'eq', meetingSid as string) : undefined,
		filters.nameContains ? containsClause('name', filters.nameContains as string) : undefined,
		filters.role ? filterClause('role', 'eq', filters.role as string) : undefined,
	]);
	return listRequest('/calls', filter, order, limit);
}
