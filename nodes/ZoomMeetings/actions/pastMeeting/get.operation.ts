import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { PAST_MEETING_400, pastMeetingLocator, pastMeetingNotFound, readPastMeeting } from './common';

const properties: INodeProperties[] = [pastMeetingLocator('The ended meeting: a meeting ID (its latest instance) or the UUID of one instance')];

export const description = updateDisplayOptions({ show: { resource: ['pastMeeting'], operation: ['get'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const { meetingId, pathValue } = readPastMeeting(this, itemIndex);
	return {
		method: 'GET',
		path: '/past_meetings/{meetingId}',
		pathParams: { meetingId: pathValue },
		rateCategory: 'light',
		statusMessages: { 400: PAST_MEETING_400, 404: pastMeetingNotFound(meetingId) },
	};
}
