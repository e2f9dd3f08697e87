import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { isRecordValue } from '../../../shared/errors';
import type { ProviderResponse } from '../../../shared/transport';
import type { Problem } from '../../../shared/validation';
import { checkOneOf, checkString, checkUuid } from '../../../shared/validation';
import { readSid, sidLocator } from '../shared';

export const ROLES = ['host', 'participant', 'listener'] as const;

/**
 * CarrierX documents access codes only as strings callers key in on a phone (its samples use 6 digits) and
 * sets no length. Digits only, and a bound generous enough for any real keypad code.
 */
export const MAX_ACCESS_CODE_LENGTH = 32;

export interface AccessCodeInput {
	accessCode?: unknown;
	role?: unknown;
}

export interface PropertyInput {
	key?: unknown;
	value?: unknown;
}

export type Check = [field: string, problem: Problem];

/**
 * The meeting room picker (`meetingRoomSid`, the name the plain text field had, so older workflows keep
 * working), shared by every meeting room operation.
 */
export function meetingRoomSidProperty(description = 'The meeting room to change', required = true): INodeProperties {
	return sidLocator({
		displayName: 'Meeting Room',
		name: 'meetingRoomSid',
		description,
		searchListMethod: 'searchMeetingRooms',
		what: 'meeting room',
		required,
	});
}

export function readMeetingRoomSid(ctx: IExecuteFunctions, itemIndex: number): unknown {
	return readSid(ctx, 'meetingRoomSid', itemIndex);
}

export function roomNotFound(sid: string): string {
	return `CarrierX has no meeting room with SID ${sid}`;
}

export function accessCodesProperty(description: string): INodeProperties {
	return {
		displayName: 'Access Codes',
		name: 'accessCodes',
		type: 'fixedCollection',
		placeholder: 'Add Access Code',
		default: {},
		typeOptions: { multipleValues: true },
		description,
		options: [
			{
				displayName: 'Access Code',
				name: 'code',
				values: [
					{
						displayName: 'Access Code',
						name: 'accessCode',
						type: 'string',
						default: '',
						required: true,
						placeholder: 'e.g. 890671',
						description: `Digits a caller enters to join with this role, at most ${MAX_ACCESS_CODE_LENGTH}. Must be unique across the meeting rooms of the same DID group.`,
					},
					{
						displayName: 'Role',
						name: 'role',
						type: 'options',
						default: 'participant',
						options: [
							{ name: 'Host', value: 'host', description: 'Moderator of the meeting' },
							{ name: 'Listener', value: 'listener', description: 'Listen-only attendee' },
							{ name: 'Participant', value: 'participant', description: 'Regular attendee' },
						],
					},
				],
			},
		],
	};
}

export function propertiesProperty(description: string): INodeProperties {
	return {
		displayName: 'Properties',
		name: 'properties',
		type: 'fixedCollection',
		placeholder: 'Add Property',
		default: {},
		typeOptions: { multipleValues: true },
		description,
		options: [
			{
				displayName: 'Property',
				name: 'property',
				values: [
					{
						displayName: 'Key',
						name: 'key',
						type: 'string',
						default: '',
						required: true,
						description: 'Name of the call-flow property to override for this room',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: 'Value of the property: text, or a number or true/false when an expression returns one',
					},
				],
			},
		],
	};
}

/** Entries of a multiple-value fixedCollection (`{code: [...]}`), or [] when the collection is empty. */
export function collectionEntries<T>(value: unknown, option: string): T[] {
	if (!isRecordValue(value)) return [];
	const entries = value[option];
	return Array.isArray(entries) ? (entries as T[]) : [];
}

/**
 * An optional field the user added: left empty it is refused with `emptyHint` (it would send nothing useful, or
 * something the user did not mean); otherwise `check` decides.
 */
export function addedFieldProblem(value: unknown, emptyHint: string, check: (value: unknown) => Problem): Problem {
	return value === '' || value === undefined || value === null ? emptyHint : check(value);
}

/** Names are free text; the API documents no length limit. */
export function checkName(value: unknown): Problem {
	return typeof value === 'string' ? undefined : 'must be text';
}

export function checkSid(value: unknown, required = true): Problem {
	return checkUuid(value, required);
}

export function accessCodeChecks(entries: AccessCodeInput[]): Check[] {
	const checks: Check[] = [];
	const seen = new Set<string>();
	entries.forEach((entry, index) => {
		const label = `(code ${index + 1})`;
		checks.push([
			`Access Codes › Access Code ${label}`,
			checkString(entry.accessCode, {
				required: true,
				maxLength: MAX_ACCESS_CODE_LENGTH,
				pattern: /^[0-9]+$/,
				patternHint: 'only the digits 0-9',
			}),
		]);
		checks.push([`Access Codes › Role ${label}`, checkOneOf(entry.role, ROLES)]);
		if (typeof entry.accessCode === 'string' && entry.accessCode !== '') {
			const duplicate = seen.has(entry.accessCode);
			seen.add(entry.accessCode);
			checks.push([
				'Access Codes',
				duplicate ? `lists the access code "${entry.accessCode}" more than once; each code must be unique` : undefined,
			]);
		}
	});
	return checks;
}

export function toAccessCodes(entries: AccessCodeInput[]): IDataObject[] {
	return entries.map((entry) => ({ access_code: entry.accessCode as string, role: entry.role as string }));
}

export function propertyChecks(entries: PropertyInput[]): Check[] {
	const checks: Check[] = [];
	const seen = new Set<string>();
	entries.forEach((entry, index) => {
		const label = `(property ${index + 1})`;
		checks.push([`Properties › Key ${label}`, checkString(entry.key, { required: true, maxLength: 255 })]);
		const value = entry.value;
		checks.push([
			`Properties › Value ${label}`,
			value === undefined || value === null || ['string', 'number', 'boolean'].includes(typeof value)
				? undefined
				: 'must be text, a number or true/false',
		]);
		if (typeof entry.key === 'string' && entry.key !== '') {
			const duplicate = seen.has(entry.key);
			seen.add(entry.key);
			checks.push(['Properties', duplicate ? `lists the key "${entry.key}" more than once; each key must be unique` : undefined]);
		}
	});
	return checks;
}

export function toProperties(entries: PropertyInput[]): IDataObject {
	const properties: IDataObject = {};
	for (const entry of entries) {
		properties[entry.key as string] = entry.value === undefined || entry.value === null ? '' : (entry.value as string);
	}
	return properties;
}

/** CarrierX answers a change with the whole meeting room; that is the item's output. */
export function meetingRoomOutput(response: ProviderResponse): IDataObject {
	return isRecordValue(response.body) ? (response.body as IDataObject) : { success: true, statusCode: response.statusCode };
}

export const STATUS_MESSAGES: Partial<Record<number, string>> = {
	404: 'CarrierX could not find the meeting room',
	409: 'An access code is already used by another meeting room of the same DID group',
};
