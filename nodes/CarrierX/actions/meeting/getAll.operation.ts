import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllAndLimit } from '../../../shared/getMany';
import type { RequestSpec } from '../../../shared/transport';
import type { Problem } from '../../../shared/validation';
import { assertValid, checkOneOf, checkUuid } from '../../../shared/validation';
import { meetingRoomSidProperty, readMeetingRoomSid } from '../meetingRoom/common';
import {
	checkFilterText,
	filterClause,
	joinClauses,
	listRequest,
	orderProperty,
	rawFilterOption,
} from '../shared';

export const MEETING_ORDERS = ['', 'date_created', 'date_created desc', 'duration', 'duration desc'] as const;

const properties: INodeProperties[] = [
	meetingRoomSidProperty('Only the live meetings in this meeting room; leave empty for every live meeting', false),
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [rawFilterOption('participant_muted eq "true"')],
	},
	orderProperty([
		{ name: 'Started (Newest First)', value: 'date_created desc' },
		{ name: 'Started (Oldest First)', value: 'date_created' },
		{ name: 'Duration (Longest First)', value: 'duration desc' },
		{ name: 'Duration (Shortest First)', value: 'duration' },
	]),
];

export const description = updateDisplayOptions({ show: { resource: ['meeting'], operation: ['getAll'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const roomSid = readMeetingRoomSid(this, itemIndex);
	const limit = readLimit(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const order = this.getNodeParameter('order', itemIndex, '');
	const checks: Array<[string, Problem]> = [
		['Meeting Room SID', checkUuid(roomSid, false)],
		['Filter (Raw)', checkFilterText(filters.rawFilter)],
		['Order By', checkOneOf(order, MEETING_ORDERS.filter(Boolean), false)],
	];
	assertValid(this.getNode(), itemIndex, checks);
	const filter = joinClauses([
		filters.rawFilter as string | undefined,
		roomSid ? filterClause('meeting_room_sid', 'eq', roomSid as string) : undefined,
	]);
	return listRequest('/meetings', filter, order, limit);
}
