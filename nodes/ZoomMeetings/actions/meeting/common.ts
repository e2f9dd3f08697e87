import type { INodeProperties } from 'n8n-workflow';

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

export const meetingIdProperty: INodeProperties = {
	displayName: 'Meeting ID',
	name: 'meetingId',
	type: 'string',
	default: '',
	required: true,
	placeholder: 'e.g. 857 4606 5432',
	description: 'The numeric ID of the meeting (spaces are ignored)',
};
