import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { assertValid } from '../../../shared/validation';
import type { AccessCodeInput, Check, PropertyInput } from './common';
import {
	accessCodeChecks,
	accessCodesProperty,
	addedFieldProblem,
	checkName,
	checkSid,
	collectionEntries,
	meetingRoomOutput,
	propertiesProperty,
	propertyChecks,
	STATUS_MESSAGES,
	toAccessCodes,
	toProperties,
} from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Every field is optional: CarrierX creates an empty room when none is given',
		options: [
			accessCodesProperty('The access codes of the new room. Each code gives callers one role.'),
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
				description: 'Name of the meeting room',
			},
			propertiesProperty('Call-flow property overrides for the new room, as key/value pairs'),
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['meetingRoom'], operation: ['create'] } }, properties);

export interface CreateFields {
	accessCodes?: unknown;
	didGroupSid?: unknown;
	name?: unknown;
	properties?: unknown;
}

/** Problems with the chosen fields. An added field left empty is refused, as it would send nothing useful. */
export function createChecks(fields: CreateFields): Check[] {
	const checks: Check[] = [];
	if ('accessCodes' in fields) checks.push(...accessCodeChecks(collectionEntries<AccessCodeInput>(fields.accessCodes, 'code')));
	if ('didGroupSid' in fields) {
		checks.push(['DID Group SID', addedFieldProblem(fields.didGroupSid, 'is empty; remove it from Additional Fields to create the room without a DID group', checkSid)]);
	}
	if ('name' in fields) checks.push(['Name', addedFieldProblem(fields.name, 'is empty; remove it from Additional Fields to create the room without a name', checkName)]);
	if ('properties' in fields) checks.push(...propertyChecks(collectionEntries<PropertyInput>(fields.properties, 'property')));
	return checks;
}

/** The POST body: only what was given, in CarrierX's names; `{}` (an empty room) when nothing was. */
export function buildCreateBody(fields: CreateFields): IDataObject {
	const body: IDataObject = {};
	if ('name' in fields) body.name = fields.name as string;
	const codes = collectionEntries<AccessCodeInput>(fields.accessCodes, 'code');
	if (codes.length > 0) body.access_codes = toAccessCodes(codes);
	if ('didGroupSid' in fields) body.did_group_sid = fields.didGroupSid as string;
	const entries = collectionEntries<PropertyInput>(fields.properties, 'property');
	if (entries.length > 0) body.properties = toProperties(entries);
	return body;
}

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as CreateFields;
	assertValid(this.getNode(), itemIndex, createChecks(fields));
	return {
		method: 'POST',
		path: '/meeting_rooms',
		body: buildCreateBody(fields),
		// A resent create would make a second room.
		repeatable: false,
		statusMessages: { 409: STATUS_MESSAGES[409] },
	};
}

export const output = meetingRoomOutput;
