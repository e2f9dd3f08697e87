import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { assertValid, checkUuid } from '../../../shared/validation';
import { refusedMethod } from '../shared';
import { meetingNotFound, meetingSidProperty, readMeetingSid } from './common';

const properties: INodeProperties[] = [meetingSidProperty('The live meeting to end; every caller in it is disconnected')];

export const description = updateDisplayOptions({ show: { resource: ['meeting'], operation: ['end'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const sid = readMeetingSid(this, itemIndex);
	assertValid(this.getNode(), itemIndex, [['Meeting SID', checkUuid(sid)]]);
	return {
		method: 'DELETE',
		path: '/meetings/{meeting_sid}',
		pathParams: { meeting_sid: sid as string },
		statusMessages: { 404: meetingNotFound(sid as string), 405: refusedMethod('DELETE', '/meetings/{meeting_sid}') },
	};
}

/** CarrierX answers 204 with no body; the item says what happened. */
export function output(this: IExecuteFunctions, _response: unknown, itemIndex: number): IDataObject {
	return { ended: true, meeting_sid: readMeetingSid(this, itemIndex) as string };
}
