import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { pickFields, simplifyProperty } from '../../../shared/simplify';
import type { RequestSpec } from '../../../shared/transport';
import { meetingLocator, readMeetingIdValue, withFieldErrors } from '../meeting/common';
import { readRegistrantIdValue, REGISTRANT_400, REGISTRANT_FIELDS, registrantLocator, registrantNotFound } from './common';

const properties: INodeProperties[] = [
	meetingLocator('The meeting the registrant registered for'),
	registrantLocator('The registrant to get'),
	simplifyProperty('registrant'),
];

export const description = updateDisplayOptions({ show: { resource: ['registrant'], operation: ['get'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const { meetingId, registrantId } = withFieldErrors(this, itemIndex, () => ({
		meetingId: readMeetingIdValue(this, itemIndex),
		registrantId: readRegistrantIdValue(this, itemIndex),
	}));
	const simplify = this.getNodeParameter('simplify', itemIndex, true) === true;
	return {
		method: 'GET',
		path: '/meetings/{meetingId}/registrants/{registrantId}',
		pathParams: { meetingId, registrantId },
		rateCategory: 'light',
		statusMessages: { 400: REGISTRANT_400, 404: registrantNotFound(meetingId, registrantId) },
		...(simplify ? { shape: pickFields(REGISTRANT_FIELDS) } : {}),
	};
}
