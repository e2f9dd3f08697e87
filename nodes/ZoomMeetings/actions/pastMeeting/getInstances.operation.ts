import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { isRecordValue } from '../../../shared/errors';
import type { ProviderResponse, RequestSpec } from '../../../shared/transport';
import { PAST_MEETING_400, pastMeetingLocator, pastMeetingNotFound, readPastMeeting } from './common';

const properties: INodeProperties[] = [pastMeetingLocator('The meeting whose ended instances are listed')];

export const description = updateDisplayOptions({ show: { resource: ['pastMeeting'], operation: ['getInstances'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const { meetingId, pathValue } = readPastMeeting(this, itemIndex);
	return {
		method: 'GET',
		path: '/past_meetings/{meetingId}/instances',
		pathParams: { meetingId: pathValue },
		rateCategory: 'medium',
		statusMessages: { 400: PAST_MEETING_400, 404: pastMeetingNotFound(meetingId) },
	};
}

/** One item per ended instance (`{uuid, start_time}`); Zoom does not page this list. */
export function output(this: IExecuteFunctions, response: ProviderResponse): IDataObject[] {
	const body = response.body;
	if (!isRecordValue(body) || !Array.isArray(body.meetings)) return [];
	return body.meetings.filter((entry): entry is IDataObject => isRecordValue(entry));
}
