import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { assertValid } from '../../../shared/validation';
import { refusedMethod } from '../shared';
import { checkSid, meetingRoomSidProperty, readMeetingRoomSid, roomNotFound } from './common';

const properties: INodeProperties[] = [meetingRoomSidProperty('The meeting room to delete')];

export const description = updateDisplayOptions({ show: { resource: ['meetingRoom'], operation: ['delete'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const sid = readMeetingRoomSid(this, itemIndex);
	assertValid(this.getNode(), itemIndex, [['Meeting Room SID', checkSid(sid)]]);
	return {
		method: 'DELETE',
		path: '/meeting_rooms/{meeting_room_sid}',
		pathParams: { meeting_room_sid: sid as string },
		statusMessages: {
			404: `${roomNotFound(sid as string)} (it may have been deleted already)`,
			405: refusedMethod('DELETE', '/meeting_rooms/{meeting_room_sid}'),
		},
	};
}

/** CarrierX answers 204 with no body; the item says what happened. */
export function output(this: IExecuteFunctions, _response: unknown, itemIndex: number): IDataObject {
	return { deleted: true, meeting_room_sid: readMeetingRoomSid(this, itemIndex) as string };
}
