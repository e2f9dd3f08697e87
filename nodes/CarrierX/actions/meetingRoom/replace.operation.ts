import type { IDataObject, IExecuteFunctions, INode, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { assertValid, checkString, fieldError } from '../../../shared/validation';
import type { AccessCodeInput, Check, PropertyInput } from './common';
import {
	accessCodeChecks,
	accessCodesProperty,
	checkSid,
	collectionEntries,
	meetingRoomOutput,
	meetingRoomSidProperty,
	readMeetingRoomSid,
	propertiesProperty,
	propertyChecks,
	STATUS_MESSAGES,
	toAccessCodes,
	toProperties,
} from './common';

const properties: INodeProperties[] = [
	meetingRoomSidProperty(),
	{
		displayName:
			'Replace sends the whole meeting room: a value left empty here is reset on CarrierX (no access codes, no DID group, no properties). Use Update to change only some fields.',
		name: 'replaceNotice',
		type: 'notice',
		default: '',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		required: true,
		description: 'Name of the meeting room',
	},
	{
		displayName: 'Access Codes Source',
		name: 'accessCodesSource',
		type: 'options',
		default: 'fields',
		options: [
			{ name: 'Define Below', value: 'fields', description: 'Enter each access code and its role' },
			{
				name: 'From JSON',
				value: 'json',
				description: 'A list built by an expression, e.g. from items gathered by an Aggregate node',
			},
		],
	},
	{
		...accessCodesProperty(
			'The complete list of access codes. Codes not listed here are removed; an empty list leaves the room without codes.',
		),
		displayOptions: { show: { accessCodesSource: ['fields'] } },
	},
	{
		displayName: 'Access Codes (JSON)',
		name: 'accessCodesJson',
		type: 'json',
		default: '[]',
		displayOptions: { show: { accessCodesSource: ['json'] } },
		placeholder: '[{"access_code": "890671", "role": "host"}]',
		description:
			'The complete list as JSON: objects with access_code and role (host, participant or listener). Codes not listed are removed.',
	},
	{
		displayName: 'DID Group SID',
		name: 'didGroupSid',
		type: 'string',
		default: '',
		placeholder: 'e.g. 7a3b2c1d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
		description:
			'Secure ID of the DID group (phone numbers) the room is reached through. Leave empty to remove the room from its DID group (sends null).',
	},
	propertiesProperty(
		'The complete set of call-flow property overrides. Keys not listed here are removed; none leaves the room without overrides.',
	),
];

export const description = updateDisplayOptions({ show: { resource: ['meetingRoom'], operation: ['replace'] } }, properties);

export interface ReplaceInput {
	name?: unknown;
	accessCodes?: unknown;
	didGroupSid?: unknown;
	properties?: unknown;
}

export function replaceChecks(input: ReplaceInput): Check[] {
	const didGroupSid = input.didGroupSid;
	return [
		['Name', checkString(input.name, { required: true })],
		...accessCodeChecks(collectionEntries<AccessCodeInput>(input.accessCodes, 'code')),
		['DID Group SID', didGroupSid === null ? undefined : checkSid(didGroupSid, false)],
		...propertyChecks(collectionEntries<PropertyInput>(input.properties, 'property')),
	];
}

/** The PUT body: every modifiable field, with omitted values as their empty form. Validate with `replaceChecks` first. */
export function buildReplaceBody(input: ReplaceInput): IDataObject {
	const didGroupSid = input.didGroupSid;
	return {
		name: input.name as string,
		access_codes: toAccessCodes(collectionEntries<AccessCodeInput>(input.accessCodes, 'code')),
		did_group_sid: typeof didGroupSid === 'string' && didGroupSid !== '' ? didGroupSid : null,
		properties: toProperties(collectionEntries<PropertyInput>(input.properties, 'property')),
	};
}

/**
 * Reads the JSON list into the same shape the fixed collection produces, so both sources share one set of
 * checks. Accepts an array (from an expression) or its JSON text.
 */
export function accessCodesFromJson(node: INode, itemIndex: number, value: unknown): IDataObject {
	let list: unknown = value;
	if (typeof value === 'string') {
		try {
			list = JSON.parse(value);
		} catch {
			list = undefined;
		}
	}
	const entries = Array.isArray(list) ? list : undefined;
	if (!entries || !entries.every((entry) => entry !== null && typeof entry === 'object' && !Array.isArray(entry))) {
		throw fieldError(node, itemIndex, 'Access Codes (JSON)', 'must be a list of objects such as [{"access_code": "890671", "role": "host"}]');
	}
	return {
		code: entries.map((entry: IDataObject) => ({
			accessCode: typeof entry.access_code === 'number' ? String(entry.access_code) : entry.access_code,
			role: entry.role,
		})),
	};
}

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const sid = readMeetingRoomSid(this, itemIndex);
	const input: ReplaceInput = {
		name: this.getNodeParameter('name', itemIndex),
		accessCodes:
			this.getNodeParameter('accessCodesSource', itemIndex, 'fields') === 'json'
				? accessCodesFromJson(this.getNode(), itemIndex, this.getNodeParameter('accessCodesJson', itemIndex, '[]'))
				: this.getNodeParameter('accessCodes', itemIndex, {}),
		didGroupSid: this.getNodeParameter('didGroupSid', itemIndex, ''),
		properties: this.getNodeParameter('properties', itemIndex, {}),
	};
	assertValid(this.getNode(), itemIndex, [['Meeting Room SID', checkSid(sid)], ...replaceChecks(input)]);
	return {
		method: 'PUT',
		path: '/meeting_rooms/{meeting_room_sid}',
		pathParams: { meeting_room_sid: sid as string },
		body: buildReplaceBody(input),
		repeatable: true,
		statusMessages: STATUS_MESSAGES,
	};
}

export const output = meetingRoomOutput;
