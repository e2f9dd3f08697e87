import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { meetingSidProperty } from '../meeting/common';
import { readSid, sidLocator } from '../shared';

/** The call picker (`callSid`), shared by the call operations. */
export function callSidProperty(description: string): INodeProperties {
	return sidLocator({ displayName: 'Call', name: 'callSid', description, searchListMethod: 'searchCalls', what: 'call' });
}

/** An optional meeting that narrows the call picker to that meeting's callers; it is not sent. */
export function narrowingMeetingProperty(): INodeProperties {
	return meetingSidProperty('Optional: a live meeting whose calls the Call list offers; not sent to CarrierX', false);
}

export function readCallSid(ctx: IExecuteFunctions, itemIndex: number): unknown {
	return readSid(ctx, 'callSid', itemIndex);
}

/** Calls exist only while the caller is connected, so a 404 usually means the caller hung up. */
export function callNotFound(sid: string): string {
	return `CarrierX has no live call with SID ${sid} (the caller may have hung up)`;
}
