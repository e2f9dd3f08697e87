import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readCurrentLocator, searchList } from '../../shared/locator';
import { signalWirePagination } from '../../shared/pagination';
import { UUID } from '../../shared/validation';
import { signalWireProvider } from '../provider';

/** Conferences for the picker, newest first as SignalWire lists them; the search matches name or SID. */
export async function searchConferences(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, {
		provider: signalWireProvider,
		spec: { method: 'GET', path: '/Conferences', list: { pagination: signalWirePagination('conferences') } },
		toItem: (record) =>
			typeof record.sid === 'string'
				? { name: `${String(record.friendly_name ?? record.sid)} (${String(record.status ?? 'unknown')})`, value: record.sid }
				: undefined,
		filter,
		paginationToken,
	});
}

/** The conference chosen above the picker; its participants and recordings are what the picker lists. */
function chosenConference(ctx: ILoadOptionsFunctions): string {
	const conferenceSid = readCurrentLocator(ctx, 'conferenceSid');
	if (!UUID.test(conferenceSid)) {
		throw new NodeOperationError(ctx.getNode(), 'Choose the conference first', {
			description: 'The list shows the participants or recordings of the conference chosen in the Conference field.',
		});
	}
	return conferenceSid;
}

/** The participants of the chosen conference, as SignalWire lists them; the search matches the call SID or state. */
export async function searchParticipants(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const conferenceSid = chosenConference(this);
	return await searchList(this, {
		provider: signalWireProvider,
		spec: {
			method: 'GET',
			path: '/Conferences/{conferenceSid}/Participants',
			pathParams: { conferenceSid },
			list: { pagination: signalWirePagination('participants') },
		},
		toItem: (record) => {
			if (typeof record.call_sid !== 'string') return undefined;
			const state = [String(record.status ?? 'unknown')];
			if (record.muted === true) state.push('muted');
			if (record.hold === true) state.push('on hold');
			if (record.coaching === true) state.push('coaching');
			return { name: `Call ${record.call_sid} (${state.join(', ')})`, value: record.call_sid };
		},
		filter,
		paginationToken,
	});
}

/** The recordings of the chosen conference, as SignalWire lists them; the search matches the SID, date or status. */
export async function searchRecordings(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const conferenceSid = chosenConference(this);
	return await searchList(this, {
		provider: signalWireProvider,
		spec: {
			method: 'GET',
			path: '/Conferences/{conferenceSid}/Recordings',
			pathParams: { conferenceSid },
			list: { pagination: signalWirePagination('recordings') },
		},
		toItem: (record) => {
			if (typeof record.sid !== 'string') return undefined;
			const started = String(record.start_time ?? record.date_created ?? 'unknown start');
			const state = [String(record.status ?? 'unknown')];
			if (typeof record.duration === 'number' && record.duration >= 0) state.push(`${record.duration} s`);
			return { name: `Recording of ${started} (${state.join(', ')})`, value: record.sid };
		},
		filter,
		paginationToken,
	});
}
