import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllAndLimit } from '../../../shared/getMany';
import { zoomPagination } from '../../../shared/pagination';
import { pickFields, simplifyProperty } from '../../../shared/simplify';
import type { RequestSpec } from '../../../shared/transport';
import { checkOneOf } from '../../../shared/validation';
import { FieldProblem, meetingLocator, parseOccurrenceId, readMeetingIdValue, withFieldErrors } from '../meeting/common';
import { REGISTRANT_400, REGISTRANT_FIELDS, REGISTRANT_STATUSES, registrantNotFound } from './common';

const properties: INodeProperties[] = [
	meetingLocator('The meeting whose registrants are listed'),
	...returnAllAndLimit(),
	simplifyProperty('registrants'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Occurrence ID',
				name: 'occurrenceId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1648194360000',
				description: 'Only registrants of this occurrence of a recurring meeting',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Approved', value: 'approved' },
					{ name: 'Denied', value: 'denied' },
					{ name: 'Pending', value: 'pending' },
				],
				default: 'approved',
				description: 'Only registrants with this status (Zoom lists approved registrants when no status is given)',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['registrant'], operation: ['getAll'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const { meetingId, query } = withFieldErrors(this, itemIndex, () => {
		const id = readMeetingIdValue(this, itemIndex);
		const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const built: IDataObject = {};
		if (filters.status !== undefined && filters.status !== '') {
			const problem = checkOneOf(filters.status, REGISTRANT_STATUSES);
			if (problem) throw new FieldProblem('Status', problem);
			built.status = filters.status;
		}
		const occurrenceId = parseOccurrenceId(filters.occurrenceId);
		if (occurrenceId !== undefined) built.occurrence_id = occurrenceId;
		return { meetingId: id, query: built };
	});
	const limit = readLimit(this, itemIndex);
	const simplify = this.getNodeParameter('simplify', itemIndex, true) === true;
	return {
		method: 'GET',
		path: '/meetings/{meetingId}/registrants',
		pathParams: { meetingId },
		query,
		list: { pagination: zoomPagination('registrants'), limit },
		rateCategory: 'medium',
		statusMessages: { 400: REGISTRANT_400, 404: registrantNotFound(meetingId) },
		...(simplify ? { shape: pickFields(REGISTRANT_FIELDS) } : {}),
	};
}
