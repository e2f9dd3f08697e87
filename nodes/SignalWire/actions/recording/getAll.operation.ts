import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllAndLimit } from '../../../shared/getMany';
import { signalWirePagination } from '../../../shared/pagination';
import type { RequestSpec } from '../../../shared/transport';
import type { Problem } from '../../../shared/validation';
import { assertValid, checkString, checkUuid } from '../../../shared/validation';
import { conferenceLocator, notFoundMessage as conferenceNotFound, readConferenceSid } from '../conference/common';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const properties: INodeProperties[] = [
	conferenceLocator('The conference whose recordings to list'),
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Created After',
				name: 'dateCreatedAfter',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2026-11-01',
				description: 'Only recordings created after this day (YYYY-MM-DD, UTC)',
			},
			{
				displayName: 'Created Before',
				name: 'dateCreatedBefore',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2026-11-30',
				description: 'Only recordings created before this day (YYYY-MM-DD, UTC)',
			},
			{
				displayName: 'Created On',
				name: 'dateCreated',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2026-11-21',
				description: 'Only recordings created on this day (YYYY-MM-DD, UTC)',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['recording'], operation: ['getAll'] } }, properties);

/** Filter field → SignalWire query parameter (its `<` and `>` suffixes mean before and after). */
const DATE_FILTERS: Array<[field: string, label: string, query: string]> = [
	['dateCreated', 'Created On', 'DateCreated'],
	['dateCreatedBefore', 'Created Before', 'DateCreated<'],
	['dateCreatedAfter', 'Created After', 'DateCreated>'],
];

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const conferenceSid = readConferenceSid(this, itemIndex);
	const limit = readLimit(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const checks: Array<[string, Problem]> = [['Conference', checkUuid(conferenceSid)]];
	const query: IDataObject = {};
	for (const [field, label, name] of DATE_FILTERS) {
		const value = filters[field];
		if (value === undefined || value === '') continue;
		checks.push([label, checkString(value, { pattern: DATE, patternHint: 'only a date as YYYY-MM-DD, such as 2026-11-21' })]);
		query[name] = value;
	}
	assertValid(this.getNode(), itemIndex, checks);
	return {
		method: 'GET',
		path: '/Conferences/{conferenceSid}/Recordings',
		pathParams: { conferenceSid: conferenceSid as string },
		query,
		list: { pagination: signalWirePagination('recordings'), limit },
		statusMessages: { 404: conferenceNotFound(conferenceSid as string) },
	};
}
