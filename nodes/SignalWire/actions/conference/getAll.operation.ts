import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllAndLimit } from '../../../shared/getMany';
import { signalWirePagination } from '../../../shared/pagination';
import type { RequestSpec } from '../../../shared/transport';
import type { Problem } from '../../../shared/validation';
import { assertValid, checkOneOf, checkString } from '../../../shared/validation';
import { CONFERENCE_STATUSES } from './common';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

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
				displayName: 'Created After',
				name: 'dateCreatedAfter',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2026-11-01',
				description: 'Only conferences created after this day (YYYY-MM-DD, UTC)',
			},
			{
				displayName: 'Created Before',
				name: 'dateCreatedBefore',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2026-11-30',
				description: 'Only conferences created before this day (YYYY-MM-DD, UTC)',
			},
			{
				displayName: 'Created On',
				name: 'dateCreated',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2026-11-21',
				description: 'Only conferences created on this day (YYYY-MM-DD, UTC)',
			},
			{
				displayName: 'Friendly Name',
				name: 'friendlyName',
				type: 'string',
				default: '',
				description: 'Only conferences with exactly this name (the name given in the cXML Conference verb)',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Completed', value: 'completed' },
					{ name: 'In Progress', value: 'in-progress' },
					{ name: 'Init', value: 'init', description: 'Created, waiting for participants' },
				],
				default: 'in-progress',
			},
			{
				displayName: 'Updated After',
				name: 'dateUpdatedAfter',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2026-11-01',
				description: 'Only conferences updated after this day (YYYY-MM-DD, UTC)',
			},
			{
				displayName: 'Updated Before',
				name: 'dateUpdatedBefore',
				type: 'string',
				default: '',
				placeholder: 'e.g. 2026-11-30',
				description: 'Only conferences updated before this day (YYYY-MM-DD, UTC)',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['conference'], operation: ['getAll'] } }, properties);

/** Filter field → SignalWire query parameter (its `<` and `>` suffixes mean before and after). */
const DATE_FILTERS: Array<[field: string, label: string, query: string]> = [
	['dateCreated', 'Created On', 'DateCreated'],
	['dateCreatedBefore', 'Created Before', 'DateCreated<'],
	['dateCreatedAfter', 'Created After', 'DateCreated>'],
	['dateUpdatedBefore', 'Updated Before', 'DateUpdated<'],
	['dateUpdatedAfter', 'Updated After', 'DateUpdated>'],
];

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const limit = readLimit(this, itemIndex);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const checks: Array<[string, Problem]> = [
		['Friendly Name', checkString(filters.friendlyName, { maxLength: 64 })],
		['Status', checkOneOf(filters.status, CONFERENCE_STATUSES, false)],
	];
	const query: IDataObject = {};
	if (filters.friendlyName) query.FriendlyName = filters.friendlyName;
	if (filters.status) query.Status = filters.status;
	for (const [field, label, name] of DATE_FILTERS) {
		const value = filters[field];
		if (value === undefined || value === '') continue;
		checks.push([label, checkString(value, { pattern: DATE, patternHint: 'only a date as YYYY-MM-DD, such as 2026-11-21' })]);
		query[name] = value;
	}
	assertValid(this.getNode(), itemIndex, checks);
	return { method: 'GET', path: '/Conferences', query, list: { pagination: signalWirePagination('conferences'), limit } };
}
