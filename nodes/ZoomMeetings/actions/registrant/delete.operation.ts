import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ProviderResponse, RequestSpec } from '../../../shared/transport';
import { meetingLocator, parseOccurrenceId, readMeetingIdValue, withFieldErrors } from '../meeting/common';
import { readRegistrantIdValue, REGISTRANT_400, registrantLocator, registrantNotFound } from './common';

const properties: INodeProperties[] = [
	meetingLocator('The meeting the registrant registered for'),
	registrantLocator('The registrant to delete'),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Occurrence ID',
				name: 'occurrenceId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1648194360000',
				description: 'Delete the registration for only this occurrence of a recurring meeting',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['registrant'], operation: ['delete'] } }, properties);

function readInput(ctx: IExecuteFunctions, itemIndex: number) {
	return withFieldErrors(ctx, itemIndex, () => ({
		meetingId: readMeetingIdValue(ctx, itemIndex),
		registrantId: readRegistrantIdValue(ctx, itemIndex),
		occurrenceId: parseOccurrenceId((ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject).occurrenceId),
	}));
}

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const { meetingId, registrantId, occurrenceId } = readInput(this, itemIndex);
	return {
		method: 'DELETE',
		path: '/meetings/{meetingId}/registrants/{registrantId}',
		pathParams: { meetingId, registrantId },
		query: occurrenceId === undefined ? undefined : { occurrence_id: occurrenceId },
		rateCategory: 'light',
		statusMessages: { 400: REGISTRANT_400, 404: registrantNotFound(meetingId, registrantId) },
	};
}

export function output(this: IExecuteFunctions, _response: ProviderResponse, itemIndex: number): IDataObject {
	const { meetingId, registrantId, occurrenceId } = readInput(this, itemIndex);
	return { meetingId, registrantId, ...(occurrenceId !== undefined ? { occurrenceId } : {}), deleted: true };
}
