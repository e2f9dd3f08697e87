import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { assertValid, checkUuid } from '../../../shared/validation';
import { refusedMethod } from '../shared';
import { callNotFound, callSidProperty, narrowingMeetingProperty, readCallSid } from './common';

const properties: INodeProperties[] = [narrowingMeetingProperty(), callSidProperty('The caller to drop from the meeting')];

export const description = updateDisplayOptions({ show: { resource: ['call'], operation: ['remove'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const sid = readCallSid(this, itemIndex);
	assertValid(this.getNode(), itemIndex, [['Call SID', checkUuid(sid)]]);
	return {
		method: 'DELETE',
		path: '/calls/{call_sid}',
		pathParams: { call_sid: sid as string },
		statusMessages: { 404: callNotFound(sid as string), 405: refusedMethod('DELETE', '/calls/{call_sid}') },
	};
}

/** CarrierX answers 204 with no body; the item says what happened. */
export function output(this: IExecuteFunctions, _response: unknown, itemIndex: number): IDataObject {
	return { removed: true, call_sid: readCallSid(this, itemIndex) as string };
}
