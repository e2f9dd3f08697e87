import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { assertValid, checkUuid } from '../../../shared/validation';
import { refusedMethod } from '../shared';
import { meetingNotFound, meetingSidProperty, readMeetingSid } from './common';

const properties: INodeProperties[] = [meetingSidProperty('The live meeting to get')];

export const description = updateDisplayOptions({ show: { resource: ['meeting'], operation: ['get'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const sid = readMeetingSid(this, itemIndex);
	assertValid(this.getNode(), itemIndex, [['Meeting SID', checkUuid(sid)]]);
	return {
		method: 'GET',
		path: '/meetings/{meeting_sid}',
		pathParams: { meeting_sid: sid as string },
		statusMessages: { 404: meetingNotFound(sid as string), 405: refusedMethod('GET', '/meetings/{meeting_sid}') },
	};
}
