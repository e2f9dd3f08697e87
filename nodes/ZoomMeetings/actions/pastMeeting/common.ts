import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { locatorProperty, readLocator } from '../../../shared/locator';
import { FieldProblem, MEETING_URL, withFieldErrors } from '../meeting/common';

/** A meeting instance's UUID: base64 of 16 bytes, such as aDYlohsHRtCd4ii1uC2+hA== or /ajXp112QmuoKj4854875==. */
const MEETING_UUID = /^[A-Za-z0-9+/_-]{16,64}={0,2}$/;
const DIGITS = /^[1-9][\d\s]{8,40}$/;

export function pastMeetingLocator(description: string): INodeProperties {
	return locatorProperty({
		displayName: 'Meeting ID or UUID',
		name: 'meetingId',
		description,
		searchListMethod: 'searchPastMeetings',
		idPlaceholder: 'e.g. 857 4606 5432 or aDYlohsHRtCd4ii1uC2+hA==',
		idPattern: String.raw`^\s*(?:[1-9][\d\s]{8,40}|[A-Za-z0-9+/_-]{16,64}={0,2})\s*$`,
		idPatternMessage: 'A Zoom meeting ID (digits) or a meeting UUID (such as aDYlohsHRtCd4ii1uC2+hA==)',
		url: {
			placeholder: 'e.g. https://us02web.zoom.us/j/85746065432?pwd=…',
			extract: MEETING_URL,
			hint: 'A Zoom join link (/j/, /w/ or /s/); a meeting ID means its latest instance',
		},
	});
}

/**
 * Zoom reads a UUID that starts with "/" or contains "//" only when it is URL-encoded twice. It is encoded once
 * here, and the transport encodes every path parameter once more.
 */
export function uuidForPath(uuid: string): string {
	return uuid.startsWith('/') || uuid.includes('//') ? encodeURIComponent(uuid) : uuid;
}

export interface PastMeetingRef {
	/** As the user gave it: the digits of a meeting ID, or a UUID. */
	meetingId: string;
	/** What goes into `pathParams` (a UUID that needs it is already encoded once). */
	pathValue: string;
}

export function readPastMeeting(ctx: IExecuteFunctions, itemIndex: number): PastMeetingRef {
	return withFieldErrors(ctx, itemIndex, () => {
		const raw = readLocator(ctx, 'meetingId', itemIndex);
		const field = 'Meeting ID or UUID';
		if (raw === undefined || raw === null || raw === '') throw new FieldProblem(field, 'is required');
		if (typeof raw === 'number' && Number.isSafeInteger(raw)) return { meetingId: String(raw), pathValue: String(raw) };
		if (typeof raw !== 'string') throw new FieldProblem(field, 'must be a Zoom meeting ID or meeting UUID');
		if (DIGITS.test(raw)) {
			const digits = raw.replace(/\s+/g, '');
			if (digits.length <= 19) return { meetingId: digits, pathValue: digits };
		}
		if (!MEETING_UUID.test(raw) || /^\d+$/.test(raw)) {
			throw new FieldProblem(field, 'must be a Zoom meeting ID (9 to 19 digits) or a meeting UUID such as aDYlohsHRtCd4ii1uC2+hA==');
		}
		return { meetingId: raw, pathValue: uuidForPath(raw) };
	});
}

export function pastMeetingNotFound(meetingId: string): string {
	return `No ended Zoom meeting ${meetingId} was found; the ID or UUID is wrong, or the meeting has not ended yet`;
}

export const PAST_MEETING_400 =
	'Zoom refused to read the past meeting (see its code: 200 the feature needs a paid account, 300 the meeting cannot be accessed, 12702 the meeting is more than a year old)';
