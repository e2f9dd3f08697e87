import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { locatorProperty, readLocator } from '../../../shared/locator';
import { FieldProblem } from '../meeting/common';

/** Zoom registrant IDs are short base64url-like strings such as 9tboDiHUQAeOnbmudzWa5g. */
const REGISTRANT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function registrantLocator(description: string): INodeProperties {
	return locatorProperty({
		displayName: 'Registrant ID',
		name: 'registrantId',
		description,
		searchListMethod: 'searchRegistrants',
		idPlaceholder: 'e.g. 9tboDiHUQAeOnbmudzWa5g',
		idPattern: String.raw`^\s*[A-Za-z0-9_-]{1,64}\s*$`,
		idPatternMessage: 'A Zoom registrant ID has only letters, digits, - and _',
	});
}

export function readRegistrantIdValue(ctx: IExecuteFunctions, itemIndex: number): string {
	const value = readLocator(ctx, 'registrantId', itemIndex);
	if (value === undefined || value === null || value === '') throw new FieldProblem('Registrant ID', 'is required');
	if (typeof value !== 'string' || !REGISTRANT_ID.test(value)) {
		throw new FieldProblem('Registrant ID', 'must be a Zoom registrant ID: letters, digits, - and _, such as 9tboDiHUQAeOnbmudzWa5g');
	}
	return value;
}

export function registrantNotFound(meetingId: string, registrantId?: string): string {
	return registrantId === undefined
		? `No Zoom meeting ${meetingId} with registration was found; it does not exist, has expired, or does not require registration`
		: `No registrant ${registrantId} was found for Zoom meeting ${meetingId}; the meeting or the registrant does not exist, or the meeting does not require registration`;
}

/** Messages for the 400s every registrant operation can get. */
export const REGISTRANT_400 =
	'Zoom refused the registrant request (see its code: 300 a field is invalid or the meeting does not require registration, 3000 the meeting cannot be accessed, 3003 you are not its host)';

/** The fields of a registrant most workflows use (Simplify). */
export const REGISTRANT_FIELDS = ['id', 'email', 'first_name', 'last_name', 'status', 'create_time', 'join_url'] as const;

export const REGISTRANT_STATUSES = ['approved', 'denied', 'pending'] as const;
