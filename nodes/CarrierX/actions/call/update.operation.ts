import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import type { Problem } from '../../../shared/validation';
import { assertValid, checkBoolean, checkString, checkUuid } from '../../../shared/validation';
import { callNotFound, callSidProperty, narrowingMeetingProperty, readCallSid } from './common';

/** CarrierX sets no documented limit on a caller's name; this bound keeps a runaway expression out. */
export const MAX_CALL_NAME_LENGTH = 255;

const properties: INodeProperties[] = [
	narrowingMeetingProperty(),
	callSidProperty('The caller to change'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are sent and changed',
		options: [
			{
				displayName: 'Muted',
				name: 'muted',
				type: 'boolean',
				default: true,
				description: 'Whether the caller is muted',
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Name shown for the caller; empty clears it',
			},
			{
				displayName: 'On Hold',
				name: 'onHold',
				type: 'boolean',
				default: true,
				description: 'Whether the caller is on hold (hears hold music and is not heard)',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['call'], operation: ['update'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const sid = readCallSid(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const checks: Array<[string, Problem]> = [['Call SID', checkUuid(sid)]];
	if (!['muted', 'name', 'onHold'].some((field) => field in fields)) {
		checks.push(['Update Fields', 'has nothing to change; add Muted, Name or On Hold']);
	}
	if ('muted' in fields) checks.push(['Muted', checkBoolean(fields.muted)]);
	if ('name' in fields) {
		checks.push(['Name', fields.name === '' ? undefined : checkString(fields.name, { maxLength: MAX_CALL_NAME_LENGTH })]);
	}
	if ('onHold' in fields) checks.push(['On Hold', checkBoolean(fields.onHold)]);
	assertValid(this.getNode(), itemIndex, checks);
	const body: IDataObject = {};
	if ('muted' in fields) body.muted = fields.muted as boolean;
	if ('onHold' in fields) body.on_hold = fields.onHold as boolean;
	if ('name' in fields) body.name = fields.name as string;
	return {
		method: 'PATCH',
		path: '/calls/{call_sid}',
		pathParams: { call_sid: sid as string },
		body,
		// Every field is set to a given value, so sending the change twice leaves the call as after once.
		repeatable: true,
		statusMessages: { 404: callNotFound(sid as string) },
	};
}
