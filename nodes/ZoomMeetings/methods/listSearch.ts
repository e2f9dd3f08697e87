import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { readCurrentLocator, searchList } from '../../shared/locator';
import { zoomPagination } from '../../shared/pagination';
import { parseMeetingId } from '../actions/meeting/common';
import { zoomProvider } from '../provider';

/**
 * A parameter of the node being edited: n8n passes the editor's values as the current node parameters, and also
 * builds the node from them; either is read, so the picker works however it is called.
 */
function currentParameter(ctx: ILoadOptionsFunctions, name: string, extractValue = false): unknown {
	try {
		const current = extractValue && name === 'meetingId' ? readCurrentLocator(ctx, name) : ctx.getCurrentNodeParameter(name);
		if (current !== undefined && current !== '') return current;
	} catch {
		// Not set in this context; fall back to the node's own parameters.
	}
	try {
		const value: unknown = ctx.getNodeParameter(name, '', { extractValue });
		return typeof value === 'string' ? value.trim() : value;
	} catch {
		return undefined;
	}
}

/** The node's User parameter where the operation has one, otherwise "me". */
function currentUser(ctx: ILoadOptionsFunctions): string {
	const value = currentParameter(ctx, 'userId');
	return typeof value === 'string' && value.trim() !== '' && !value.startsWith('=') ? value.trim() : 'me';
}

function meetingsOf(ctx: ILoadOptionsFunctions, type: string) {
	const userId = currentUser(ctx);
	return {
		method: 'GET' as const,
		path: '/users/{userId}/meetings',
		pathParams: { userId },
		query: { type },
		list: { pagination: zoomPagination('meetings') },
		rateCategory: 'medium' as const,
	};
}

/** Scheduled meetings of the user (upcoming and live ones included); the search matches topic or ID. */
export async function searchMeetings(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, {
		provider: zoomProvider,
		spec: meetingsOf(this, 'scheduled'),
		toItem: (record) =>
			record.id === undefined
				? undefined
				: {
						name: `${String(record.topic ?? record.id)} (${String(record.id)}${record.start_time ? `, ${String(record.start_time)}` : ''})`,
						value: String(record.id),
						...(typeof record.join_url === 'string' ? { url: record.join_url } : {}),
					},
		filter,
		paginationToken,
	});
}

/** Ended meetings of the user, one entry per instance (its UUID); the search matches topic or UUID. */
export async function searchPastMeetings(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, {
		provider: zoomProvider,
		spec: meetingsOf(this, 'previous_meetings'),
		toItem: (record) => {
			const value = typeof record.uuid === 'string' && record.uuid !== '' ? record.uuid : record.id === undefined ? undefined : String(record.id);
			if (value === undefined) return undefined;
			return { name: `${String(record.topic ?? record.id)} (${String(record.start_time ?? record.id)})`, value };
		},
		filter,
		paginationToken,
	});
}

/** Registrants of the meeting chosen in the Meeting ID parameter; the search matches name, email or ID. */
export async function searchRegistrants(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	let meetingId: string;
	try {
		meetingId = parseMeetingId(currentParameter(this, 'meetingId', true));
	} catch {
		throw new NodeOperationError(this.getNode(), 'Choose the meeting first', {
			description: 'Registrants are listed for the meeting in the Meeting ID parameter.',
		});
	}
	return await searchList(this, {
		provider: zoomProvider,
		spec: {
			method: 'GET',
			path: '/meetings/{meetingId}/registrants',
			pathParams: { meetingId },
			list: { pagination: zoomPagination('registrants') },
			rateCategory: 'medium',
		},
		toItem: (record) => {
			if (typeof record.id !== 'string') return undefined;
			const name = [record.first_name, record.last_name].filter((part) => typeof part === 'string' && part !== '').join(' ');
			return { name: `${name || String(record.email ?? record.id)} <${String(record.email ?? '')}>`, value: record.id };
		},
		filter,
		paginationToken,
	});
}
