import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { assertValid } from '../../../shared/validation';
import { refusedMethod } from '../shared';
import { checkSid, meetingRoomSidProperty, readMeetingRoomSid, roomNotFound } from './common';

const properties: INodeProperties[] = [meetingRoomSidProperty('The meeting room to get')];

export const description = updateDisplayOptions({ show: { resource: ['meetingRoom'], operation: ['get'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const sid = readMeetingRoomSid(this, itemIndex);
	assertValid(this.getNode(), itemIndex, [['Meeting Room SID', checkSid(sid)]]);
	return {
		method: 'GET',
		path: '/meeting_rooms/{meeting_room_sid}',
		pathParams: { meeting_room_sid: sid as string },
		statusMessages: { 404: roomNotFound(sid as string), 405: refusedMethod('GET', '/meeting_rooms/{meeting_room_sid}') },
	};
}
