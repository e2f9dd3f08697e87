import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { readLimit, returnAllAndLimit } from '../../../shared/getMany';
import { zoomPagination } from '../../../shared/pagination';
import type { RequestSpec } from '../../../shared/transport';
import { pastMeetingLocator, pastMeetingNotFound, readPastMeeting } from './common';

const properties: INodeProperties[] = [
	pastMeetingLocator('The ended meeting: a meeting ID (its latest instance) or the UUID of one instance'),
	...returnAllAndLimit(),
];

export const description = updateDisplayOptions({ show: { resource: ['pastMeeting'], operation: ['getParticipants'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const { meetingId, pathValue } = readPastMeeting(this, itemIndex);
	const limit = readLimit(this, itemIndex);
	return {
		method: 'GET',
		path: '/past_meetings/{meetingId}/participants',
		pathParams: { meetingId: pathValue },
		list: { pagination: zoomPagination('participants'), limit },
		rateCategory: 'medium',
		statusMessages: {
			400: 'Zoom refused to list the participants (see its code: 200 past participants need a paid Zoom account, 300 the meeting cannot be accessed, 12702 the meeting is more than a year old)',
			404: pastMeetingNotFound(meetingId),
		},
	};
}
