import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { assertValid, checkBoolean } from '../../../shared/validation';
import type { AccessCodeInput, Check, PropertyInput } from './common';
import {
	accessCodeChecks,
	accessCodesProperty,
	addedFieldProblem,
	checkName,
	checkSid,
	collectionEntries,
	meetingRoomOutput,
	meetingRoomSidProperty,
	propertiesProperty,
	propertyChecks,
	readMeetingRoomSid,
	STATUS_MESSAGES,
	toAccessCodes,
	toProperties,
} from './common';

const properties: INodeProperties[] = [
	meetingRoomSidProperty(),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are sent and changed; everything else stays as it is',
		options: [
			accessCodesProperty(
				'Replaces all access codes of the room with this list. Each code gives callers one role.',
			),
			{
				displayName: 'Clear DID Group',
				name: 'clearDidGroup',
				type: 'boolean',
				default: true,
				description: 'Whether to remove the room from its DID group (sends did_group_sid: null)',
			},
			{
				displayName: 'DID Group SID',
				name: 'didGroupSid',
				type: 'string',
				default: '',
				placeholder: 'e.g. 7a3b2c1d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
				description: 'Secure ID of the DID group (phone numbers) the room is reached through',
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'New name of the meeting room',
			},
			propertiesProperty(
				"Replaces the room's call-flow property overrides with these key/value pairs",
			),
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['meetingRoom'], operation: ['update'] } }, properties);

export interface UpdateFields {
	accessCodes?: unknown;
	clearDidGroup?: unknown;
	didGroupSid?: unknown;
	name?: unknown;
	properties?: unknown;
}

/** Problems with the chosen Update Fields, in the order they appear in the node. */
export function updateChecks(fields: UpdateFields): Check[] {
	const checks: Check[] = [];
	const chosen = Object.keys(fields).filter((key) => !(key === 'clearDidGroup' && fields.clearDidGroup === false));
	if (chosen.length === 0) {
		return [['Update Fields', 'has nothing to change; add at least one field (a Clear DID Group left off changes nothing)']];
	}
	if ('accessCodes' in fields) {
		const codes = collectionEntries<AccessCodeInput>(fields.accessCodes, 'code');
		checks.push([
			'Access Codes',
			codes.length === 0
				? 'has no entries; remove it from Update Fields to keep the current codes, or use Replace to remove all codes'
				: undefined,
		]);
		checks.push(...accessCodeChecks(codes));
	}
	if ('clearDidGroup' in fields) {
		checks.push(['Clear DID Group', checkBoolean(fields.clearDidGroup)]);
		if (fields.clearDidGroup === true && 'didGroupSid' in fields) {
			checks.push(['Clear DID Group', 'cannot be combined with DID Group SID; remove one of the two']);
		}
	}
	if ('didGroupSid' in fields) {
		checks.push(['DID Group SID', addedFieldProblem(fields.didGroupSid, 'is empty; to remove the room from its DID group, use Clear DID Group instead', checkSid)]);
	}
	if ('name' in fields) checks.push(['Name', addedFieldProblem(fields.name, 'is empty; remove it from Update Fields to keep the current name', checkName)]);
	if ('properties' in fields) {
		const entries = collectionEntries<PropertyInput>(fields.properties, 'property');
		checks.push([
			'Properties',
			entries.length === 0
				? 'has no entries; remove it from Update Fields to keep the current properties, or use Replace to remove them all'
				: undefined,
		]);
		checks.push(...propertyChecks(entries));
	}
	return checks;
}

/** The PATCH body: only the chosen fields, in CarrierX's names. Validate with `updateChecks` first. */
export function buildUpdateBody(fields: UpdateFields): IDataObject {
	const body: IDataObject = {};
	if ('name' in fields) body.name = fields.name as string;
	if ('accessCodes' in fields) {
		body.access_codes = toAccessCodes(collectionEntries<AccessCodeInput>(fields.accessCodes, 'code'));
	}
	if (fields.clearDidGroup === true) body.did_group_sid = null;
	if ('didGroupSid' in fields) body.did_group_sid = fields.didGroupSid as string;
	if ('properties' in fields) {
		body.properties = toProperties(collectionEntries<PropertyInput>(fields.properties, 'property'));
	}
	return body;
}

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const sid = readMeetingRoomSid(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as UpdateFields;
	assertValid(this.getNode(), itemIndex, [['Meeting Room SID', checkSid(sid)], ...updateChecks(fields)]);
	return {
		method: 'PATCH',
		path: '/meeting_rooms/{meeting_room_sid}',
		pathParams: { meeting_room_sid: sid as string },
		body: buildUpdateBody(fields),
		// Every field a PATCH sets is set to a given value, so sending it twice leaves the room as after once.
		repeatable: true,
		statusMessages: STATUS_MESSAGES,
	};
}

export const output = meetingRoomOutput;
