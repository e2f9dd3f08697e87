import type { IDataObject } from 'n8n-workflow';

import { isRecordValue } from './errors';

/**
 * How one provider pages a list: what to ask for first, where the records are in a page, and how to ask for
 * the page after it. Each provider has its own scheme; the transport follows any of them the same way.
 */
export interface Pagination {
	/** The largest page the provider serves. */
	maxPageSize: number;
	/** Query parameters for the first page of `pageSize` records. */
	firstPage(pageSize: number): IDataObject;
	/** The records of one page, in order. */
	records(body: unknown): IDataObject[];
	/** Query parameters for the page after `body`, or undefined when `body` was the last page. */
	nextPage(body: unknown, query: IDataObject, path: string): IDataObject | undefined;
}

function recordsUnder(body: unknown, key: string): IDataObject[] {
	if (!isRecordValue(body)) return [];
	const records = body[key];
	if (!Array.isArray(records)) return [];
	return records.filter((record): record is IDataObject => isRecordValue(record));
}

/** Zoom: `page_size` (≤ 300) and `next_page_token`, empty on the last page. */
export function zoomPagination(recordsKey: string): Pagination {
	return {
		maxPageSize: 300,
		firstPage: (pageSize) => ({ page_size: pageSize }),
		records: (body) => recordsUnder(body, recordsKey),
		nextPage(body, query) {
			if (!isRecordValue(body)) return undefined;
			const token = body.next_page_token;
			if (typeof token !== 'string' || token === '' || token === query.next_page_token) return undefined;
			return { ...query, next_page_token: token };
		},
	};
}

/**
 * CarrierX: `limit` (≤ 1000) and `offset`, with `has_more` on every page. `total` may be null, so the end is
 * known only from `has_more`. A page that says "more" but carries no record ends the list, so a provider
 * fault cannot make the loop spin.
 */
export const carrierXPagination: Pagination = {
	maxPageSize: 1000,
	firstPage: (pageSize) => ({ limit: pageSize, offset: 0 }),
	records: (body) => recordsUnder(body, 'items'),
	nextPage(body, query) {
		if (!isRecordValue(body) || body.has_more !== true) return undefined;
		const count = recordsUnder(body, 'items').length;
		if (count === 0) return undefined;
		const offset = typeof query.offset === 'number' ? query.offset : Number(query.offset ?? 0);
		return { ...query, offset: offset + count };
	},
};

/**
 * SignalWire: `PageSize` (≤ 1000), then follow `next_page_uri` (null on the last page). Only the query of that
 * URI is taken, and only when its path is the list being read: the request still goes to the credential's own
 * space and account, whatever the page link says.
 */
export function signalWirePagination(recordsKey: string): Pagination {
	return {
		maxPageSize: 1000,
		firstPage: (pageSize) => ({ PageSize: pageSize }),
		records: (body) => recordsUnder(body, recordsKey),
		nextPage(body, query, path) {
			if (!isRecordValue(body)) return undefined;
			const uri = body.next_page_uri;
			if (typeof uri !== 'string' || uri === '') return undefined;
			let next: URL;
			try {
				next = new URL(uri, 'http://next-page.invalid');
			} catch {
				return undefined;
			}
			if (!decodeURIComponent(next.pathname).replace(/\.json$/, '').endsWith(path.replace(/\.json$/, ''))) return undefined;
			const nextQuery: IDataObject = {};
			for (const [key, value] of next.searchParams) nextQuery[key] = value;
			if (nextQuery.PageToken === undefined && nextQuery.Page === undefined) return undefined;
			if (nextQuery.PageToken !== undefined && nextQuery.PageToken === query.PageToken) return undefined;
			return nextQuery;
		},
	};
}
