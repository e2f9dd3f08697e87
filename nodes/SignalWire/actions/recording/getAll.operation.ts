import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllAndLimit } from '../../../shared/getMany';
import { signalWirePagination } from '../../../shared/pagination';
import type { RequestSpec } from '../../../shared/transport';
import type { Problem } from '../../../shared/validation';
import { assertValid, checkUuid } from '../../../shared/validation';
import { applyDateFilters, dateFilterOptions } from '../dateFilters';
import { conferenceLocator, notFoundMessage as conferenceNotFound, readConferenceSid } from '../conference/common';

const properties: INodeProperties[] = [
	conferenceLocator('The conference whose recordings to list'),
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: dateFilterOptions('recordings', 'Created'),
	},
];

export const description = updateDisplayOptions({ show: { resource: ['recording'], operation: ['getAll'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const conferenceSid = readConferenceSid(this, itemIndex);
	const limit = readLimit(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const checks: Array<[string, Problem]> = [['Conference', checkUuid(conferenceSid)]];
	const query: IDataObject = {};
	applyDateFilters(filters, false, query, checks);
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
