import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { readCurrentLocator, searchList } from '../../shared/locator';
import { carrierXPagination } from '../../shared/pagination';
import { UUID } from '../../shared/validation';
import { containsClause, filterClause, joinClauses, listQuery, refusedMethod } from '../actions/shared';
import { carrierXProvider } from '../provider';

/**
 * What the user typed, as a CarrierX filter clause: a whole SID matches the SID field exactly, anything else
 * is "name contains". Control characters are dropped so a stray tab or line break cannot break the filter.
 */
function searchClause(filter: string | undefined, sidField: string): string | undefined {
	const text = (filter ?? '').replace(/\p{Cc}/gu, '').trim();
	if (text === '') return undefined;
	return UUID.test(text) ? filterClause(sidField, 'eq', text) : containsClause('name', text);
}

const text = (value: unknown, fallback: string) => (typeof value === 'string' && value !== '' ? value : fallback);

/** Meeting rooms for the picker, searched by CarrierX itself (name contains, or the exact SID). */
export async function searchMeetingRooms(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, {
		provider: carrierXProvider,
		spec: {
			method: 'GET',
			path: '/meeting_rooms',
			query: listQuery(searchClause(filter, 'meeting_room_sid'), 'name'),
			list: { pagination: carrierXPagination },
			statusMessages: { 405: refusedMethod('GET', '/meeting_rooms') },
		},
		toItem: (record: IDataObject) =>
			typeof record.meeting_room_sid === 'string'
				? { name: text(record.name, `(unnamed) ${record.meeting_room_sid}`), value: record.meeting_room_sid }
				: undefined,
		filteredByProvider: true,
		filter,
		paginationToken,
	});
}

/**
 * Live meetings for the picker, newest first. A meeting has no name, so each shows its start time and attendee
 * count; the search (by SID, start time or room SID) runs on each page here, as there is no name to filter on.
 */
export async function searchMeetings(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, {
		provider: carrierXProvider,
		spec: {
			method: 'GET',
			path: '/meetings',
			query: listQuery(undefined, 'date_created desc'),
			list: { pagination: carrierXPagination },
			statusMessages: { 405: refusedMethod('GET', '/meetings') },
		},
		toItem: (record: IDataObject) => {
			if (typeof record.meeting_sid !== 'string') return undefined;
			const attendees = (record.attendees ?? {}) as IDataObject;
			const count = ['hosts', 'participants', 'listeners'].reduce((sum, key) => sum + (Number(attendees[key]) || 0), 0);
			return {
				name: `Started ${text(record.date_created, 'unknown')}, ${count} attendee${count === 1 ? '' : 's'} (room ${text(record.meeting_room_sid, 'unknown')})`,
				value: record.meeting_sid,
			};
		},
		filter,
		paginationToken,
	});
}

/**
 * Calls for the picker, searched by CarrierX (caller name contains, or the exact SID), and limited to the
 * meeting chosen in the node's Meeting parameter when there is one.
 */
export async function searchCalls(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const meetingSid = readCurrentLocator(this, 'meetingSid');
	const byMeeting = UUID.test(meetingSid) ? filterClause('meeting_sid', 'eq', meetingSid) : undefined;
	return await searchList(this, {
		provider: carrierXProvider,
		spec: {
			method: 'GET',
			path: '/calls',
			query: listQuery(joinClauses([byMeeting, searchClause(filter, 'call_sid')]), 'date_joined'),
			list: { pagination: carrierXPagination },
			statusMessages: { 405: refusedMethod('GET', '/calls') },
		},
		toItem: (record: IDataObject) =>
			typeof record.call_sid === 'string'
				? {
						name: `${text(record.name, text(record.number_src, 'unknown caller'))} (${text(record.role, 'unknown role')})`,
						value: record.call_sid,
					}
				: undefined,
		filteredByProvider: true,
		filter,
		paginationToken,
	});
}
