import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ProviderResponse, RequestSpec } from '../../../shared/transport';
import { meetingLocator, readMeetingId } from './common';

const properties: INodeProperties[] = [
	meetingLocator('The meeting to end'),
];

export const description = updateDisplayOptions({ show: { resource: ['meeting'], operation: ['end'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	return {
		method: 'PUT',
		path: '/meetings/{meetingId}/status',
		pathParams: { meetingId: readMeetingId(this, itemIndex) },
		body: { action: 'end' },
		// Ending a meeting twice leaves it ended.
		repeatable: true,
		rateCategory: 'light',
		statusMessages: {
			400: 'Zoom refused to end the meeting (see its code: 3000 the meeting cannot be ended now, 3003 you are not its host)',
			404: 'Zoom could not find the meeting; it does not exist or has expired',
		},
	};
}

export function output(this: IExecuteFunctions, _response: ProviderResponse, itemIndex: number): IDataObject {
	return { meetingId: readMeetingId(this, itemIndex), ended: true };
}
