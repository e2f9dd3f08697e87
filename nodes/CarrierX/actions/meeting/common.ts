import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readSid, sidLocator } from '../shared';

/** The live meeting picker (`meetingSid`), shared by the meeting operations and the call picker. */
export function meetingSidProperty(description: string, required = true): INodeProperties {
	return sidLocator({
		displayName: 'Meeting',
		name: 'meetingSid',
		description,
		searchListMethod: 'searchMeetings',
		what: 'meeting',
		required,
	});
}

export function readMeetingSid(ctx: IExecuteFunctions, itemIndex: number): unknown {
	return readSid(ctx, 'meetingSid', itemIndex);
}

/** Meetings exist only while someone is connected, so a 404 usually means the meeting is over. */
export function meetingNotFound(sid: string): string {
	return `CarrierX has no live meeting with SID ${sid} (it may have ended)`;
}

/** `on_hold`: which roles are on hold, p (participants) and l (listeners); empty for no one. */
export const ON_HOLD = ['', 'p', 'l', 'pl'] as const;
/** `participant_muted`: false (only listeners muted), relaxed (muted, may unmute), true (muted, cannot unmute). */
export const PARTICIPANT_MUTED = ['false', 'relaxed', 'true'] as const;
