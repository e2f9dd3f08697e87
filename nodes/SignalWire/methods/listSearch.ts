import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { searchList } from '../../shared/locator';
import { signalWirePagination } from '../../shared/pagination';
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
