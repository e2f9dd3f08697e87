import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { assertValid, checkUuid } from '../../../shared/validation';
import { refusedMethod } from '../shared';
import { callNotFound, callSidProperty, narrowingMeetingProperty, readCallSid } from './common';

const properties: INodeProperties[] = [narrowingMeetingProperty(), callSidProperty('The call (one caller in a live meeting) to get')];

export const description = updateDisplayOptions({ show: { resource: ['call'], operation: ['get'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const sid = readCallSid(this, itemIndex);
	assertValid(this.getNode(), itemIndex, [['Call SID', checkUuid(sid)]]);
	return {
		method: 'GET',
		path: '/calls/{call_sid}',
		pathParams: { call_sid: sid as string },
		statusMessages: { 404: callNotFound(sid as string), 405: refusedMethod('GET', '/calls/{call_sid}') },
	};
}
