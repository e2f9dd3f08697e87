import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllAndLimit } from '../../../shared/getMany';
import { signalWirePagination } from '../../../shared/pagination';
import type { RequestSpec } from '../../../shared/transport';
import type { Problem } from '../../../shared/validation';
import { assertValid, checkOneOf, checkString } from '../../../shared/validation';
import { applyDateFilters, dateFilterOptions } from '../dateFilters';
import { CONFERENCE_STATUSES } from './common';

const properties: INodeProperties[] = [
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			...dateFilterOptions('conferences', 'Created'),
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
			...dateFilterOptions('conferences', 'Updated'),
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['conference'], operation: ['getAll'] } }, properties);

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
	applyDateFilters(filters, true, query, checks);
	assertValid(this.getNode(), itemIndex, checks);
	return { method: 'GET', path: '/Conferences', query, list: { pagination: signalWirePagination('conferences'), limit } };
}
