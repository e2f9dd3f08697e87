import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ProviderResponse, RequestSpec } from '../../../shared/transport';
import { checkCount, checkEmail, checkOneOf } from '../../../shared/validation';
import { FieldProblem, meetingLocator, parseOccurrenceId, readMeetingIdValue, withFieldErrors } from '../meeting/common';
import { REGISTRANT_400, registrantNotFound } from './common';

/** Zoom changes the status of at most 30 registrants per request. */
export const MAX_REGISTRANTS = 30;

const ACTIONS = ['approve', 'cancel', 'deny'] as const;
const REGISTRANT_ID = /^[A-Za-z0-9_-]{1,64}$/;

const properties: INodeProperties[] = [
	meetingLocator('The meeting whose registrants change status'),
	{
		displayName: 'New Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Approved', value: 'approve', description: 'Approve pending or denied registrants' },
			{ name: 'Cancelled', value: 'cancel', description: 'Cancel the registration of approved registrants' },
			{ name: 'Denied', value: 'deny', description: 'Deny pending registrants' },
		],
		default: 'approve',
	},
	{
		displayName: 'Registrants',
		name: 'registrants',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 9tboDiHUQAeOnbmudzWa5g, ada@example.com',
		description: `Registrant IDs and/or emails, separated by commas, semicolons or new lines (or a list from an expression); at most ${MAX_REGISTRANTS}`,
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Occurrence ID',
				name: 'occurrenceId',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1648194360000',
				description: 'Change the status for only this occurrence of a recurring meeting',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['registrant'], operation: ['updateStatus'] } }, properties);

/** Each entry becomes `{email}` when it is an email address and `{id}` otherwise. */
export function parseRegistrants(value: unknown): IDataObject[] {
	const entries = (Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,;\n]/) : [value])
		.map((entry) => (typeof entry === 'string' || typeof entry === 'number' ? String(entry).trim() : entry))
		.filter((entry) => entry !== '' && entry !== undefined && entry !== null);
	if (entries.length === 0) throw new FieldProblem('Registrants', 'is required: give at least one registrant ID or email');
	const problem = checkCount(entries, MAX_REGISTRANTS);
	if (problem) throw new FieldProblem('Registrants', `${problem}; Zoom changes at most ${MAX_REGISTRANTS} registrants per request, so split the list over several items`);
	const seen = new Set<string>();
	const registrants: IDataObject[] = [];
	for (const entry of entries) {
		if (typeof entry !== 'string') throw new FieldProblem('Registrants', 'must hold registrant IDs or emails as text');
		if (entry.includes('@')) {
			if (checkEmail(entry, true, 128)) throw new FieldProblem('Registrants', `holds "${entry}", which is not a valid email address`);
			if (!seen.has(entry.toLowerCase())) registrants.push({ email: entry });
			seen.add(entry.toLowerCase());
		} else {
			if (!REGISTRANT_ID.test(entry)) throw new FieldProblem('Registrants', `holds "${entry}", which is neither a registrant ID nor an email`);
			if (!seen.has(entry)) registrants.push({ id: entry });
			seen.add(entry);
		}
	}
	return registrants;
}

function readInput(ctx: IExecuteFunctions, itemIndex: number) {
	return withFieldErrors(ctx, itemIndex, () => {
		const meetingId = readMeetingIdValue(ctx, itemIndex);
		const action = ctx.getNodeParameter('status', itemIndex, 'approve');
		const problem = checkOneOf(action, ACTIONS);
		if (problem) throw new FieldProblem('New Status', problem);
		const registrants = parseRegistrants(ctx.getNodeParameter('registrants', itemIndex, ''));
		const occurrenceId = parseOccurrenceId((ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject).occurrenceId);
		return { meetingId, action: action as string, registrants, occurrenceId };
	});
}

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const { meetingId, action, registrants, occurrenceId } = readInput(this, itemIndex);
	return {
		method: 'PUT',
		path: '/meetings/{meetingId}/registrants/status',
		pathParams: { meetingId },
		query: occurrenceId === undefined ? undefined : { occurrence_id: occurrenceId },
		body: { action, registrants },
		// Setting the same status again leaves it as after the first time.
		repeatable: true,
		rateCategory: 'medium',
		statusMessages: { 400: REGISTRANT_400, 404: `${registrantNotFound(meetingId)}, or a registrant does not exist` },
	};
}

export function output(this: IExecuteFunctions, _response: ProviderResponse, itemIndex: number): IDataObject {
	const { meetingId, action, registrants, occurrenceId } = readInput(this, itemIndex);
	return { meetingId, ...(occurrenceId !== undefined ? { occurrenceId } : {}), action, registrants, updated: true };
}
