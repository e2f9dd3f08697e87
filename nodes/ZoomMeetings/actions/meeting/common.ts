import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { locatorProperty, readLocator } from '../../../shared/locator';
import { fieldError } from '../../../shared/validation';

/**
 * A problem with one field, found while building a request from an item. Pure builders throw it; the
 * operation turns it into an n8n error naming the field and the item (nothing is sent).
 */
export class FieldProblem extends Error {
	constructor(
		readonly field: string,
		readonly problem: string,
	) {
		super(`The "${field}" field ${problem}`);
		this.name = 'FieldProblem';
	}
}

/** Zoom meeting IDs are 9 to 11 digits today and int64 in the API; they are kept as text so none loses digits. */
const MEETING_ID = /^[1-9]\d{8,18}$/;

/** The meeting ID as digits, from a number or from text such as "857 4606 5432". */
export function parseMeetingId(value: unknown, field = 'Meeting ID'): string {
	if (value === undefined || value === null || value === '') throw new FieldProblem(field, 'is required');
	if (typeof value !== 'string' && typeof value !== 'number') throw new FieldProblem(field, 'must be a Zoom meeting ID (digits)');
	const digits = String(value).replace(/\s+/g, '');
	if (!MEETING_ID.test(digits)) {
		throw new FieldProblem(
			field,
			'must be a Zoom meeting ID: 9 to 19 digits, spaces allowed (e.g. 857 4606 5432), not a meeting UUID or a join link',
		);
	}
	return digits;
}

/** Occurrence IDs of recurring meetings are the occurrence's start in epoch milliseconds, e.g. 1648194360000. */
export function parseOccurrenceId(value: unknown, field = 'Occurrence ID'): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value !== 'string' && typeof value !== 'number') throw new FieldProblem(field, 'must be digits');
	const digits = String(value).trim();
	if (!/^\d{1,19}$/.test(digits)) throw new FieldProblem(field, 'must be digits, such as 1648194360000');
	return digits;
}

/**
 * A Zoom join, web-client or start link that carries the meeting ID: https://us02web.zoom.us/j/85746065432?pwd=…,
 * https://zoom.us/w/…, https://zoom.us/s/… (also zoomgov.com). The ID is the only group; the editor anchors the
 * regex to the whole URL.
 */
export const MEETING_URL = String.raw`https?:\/\/(?:[A-Za-z0-9-]+\.)*zoom(?:gov)?\.(?:us|com)\/(?:j|w|s)\/(\d{9,19})(?:[/?#].*)?`;

/** The meeting ID by ID mode: digits, spaces allowed. */
const MEETING_ID_INPUT = String.raw`^\s*[1-9][\d\s]{8,40}$`;

/** The meeting picker, shared by every operation on a meeting and on its registrants. */
export function meetingLocator(description: string): INodeProperties {
	return locatorProperty({
		displayName: 'Meeting ID',
		name: 'meetingId',
		description,
		searchListMethod: 'searchMeetings',
		idPlaceholder: 'e.g. 857 4606 5432',
		idPattern: MEETING_ID_INPUT,
		idPatternMessage: 'A Zoom meeting ID is 9 to 19 digits (spaces allowed)',
		url: {
			placeholder: 'e.g. https://us02web.zoom.us/j/85746065432?pwd=…',
			extract: MEETING_URL,
			hint: 'A Zoom join link (/j/, /w/ or /s/)',
		},
	});
}

/** The meeting ID of the item, from any locator mode or a plain value; throws a FieldProblem when it is not one. */
export function readMeetingIdValue(ctx: IExecuteFunctions, itemIndex: number): string {
	return parseMeetingId(readLocator(ctx, 'meetingId', itemIndex));
}

/** Runs a pure reader and turns its FieldProblem into an n8n error naming the field and the item. */
export function withFieldErrors<T>(ctx: IExecuteFunctions, itemIndex: number, read: () => T): T {
	try {
		return read();
	} catch (error) {
		if (error instanceof FieldProblem) throw fieldError(ctx.getNode(), itemIndex, error.field, error.problem);
		throw new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
	}
}

export function readMeetingId(ctx: IExecuteFunctions, itemIndex: number): string {
	return withFieldErrors(ctx, itemIndex, () => readMeetingIdValue(ctx, itemIndex));
}

export function meetingNotFound(meetingId: string): string {
	return `No Zoom meeting ${meetingId} was found; it does not exist, has expired, or was deleted`;
}

/** A user ID, an email, or `me`. */
const USER = /^(?:me|[A-Za-z0-9_-]{1,64}|[^\s@]+@[^\s@]+\.[^\s@]+)$/;

export function userIdProperty(what: string): INodeProperties {
	return {
		displayName: 'User',
		name: 'userId',
		type: 'string',
		default: 'me',
		required: true,
		placeholder: 'e.g. me, jchill@example.com or KDcuGIm1QgePTO8WbOqwIQ',
		description: `The user ${what}: a user ID or email, or "me". With OAuth2 "me" is the user who connected the credential; with Server-to-Server OAuth "me" is the owner of the Zoom app, so give another user's ID or email to act for them.`,
	};
}

export function parseUserId(value: unknown): string {
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
		throw new FieldProblem('User', 'is required');
	}
	const text = String(value).trim();
	if (!USER.test(text)) throw new FieldProblem('User', 'must be "me", a Zoom user ID or an email address');
	return text;
}

export function userNotFound(userId: string): string {
	return `Zoom has no user ${userId} in this account`;
}

/** The fields of a meeting most workflows use (Simplify). */
export const MEETING_FIELDS = [
	'id',
	'uuid',
	'topic',
	'type',
	'status',
	'start_time',
	'duration',
	'timezone',
	'agenda',
	'join_url',
	'host_email',
	'created_at',
] as const;
