import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ProviderResponse, RequestSpec } from '../../../shared/transport';
import { meetingLocator, meetingNotFound, readMeetingId } from './common';

const properties: INodeProperties[] = [
	{
		...meetingLocator('The deleted meeting to restore. Deleted meetings are not in the list: enter the ID or a join link.'),
		default: { mode: 'id', value: '' },
	},
];

export const description = updateDisplayOptions({ show: { resource: ['meeting'], operation: ['recover'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const meetingId = readMeetingId(this, itemIndex);
	return {
		method: 'PUT',
		path: '/meetings/{meetingId}/status',
		pathParams: { meetingId },
		body: { action: 'recover' },
		// Recovering a meeting twice leaves it recovered.
		repeatable: true,
		rateCategory: 'light',
		statusMessages: {
			400: 'Zoom refused to recover the meeting (see its code: 3003 you are not its host)',
			404: `${meetingNotFound(meetingId)}; Zoom keeps deleted meetings recoverable for 7 days`,
		},
	};
}

export function output(this: IExecuteFunctions, _response: ProviderResponse, itemIndex: number): IDataObject {
	return { meetingId: readMeetingId(this, itemIndex), recovered: true };
}
