import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import type { Problem } from '../../../shared/validation';
import { assertValid, checkOneOf, checkUrl, checkUuid } from '../../../shared/validation';
import { conferenceLocator, readConferenceSid } from '../conference/common';
import { checkFlag, HTTP_METHODS, notFoundMessage, participantLocator, readCallSid, readFlag } from './common';

const methodOptions = [
	{ name: 'GET', value: 'GET' },
	{ name: 'POST', value: 'POST' },
];

const properties: INodeProperties[] = [
	conferenceLocator('The in-progress conference the participant is in'),
	participantLocator('The participant to update'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'What to change; add at least one field',
		options: [
			{
				displayName: 'Announce Method',
				name: 'announceMethod',
				type: 'options',
				options: methodOptions,
				default: 'POST',
				description: 'HTTP method SignalWire uses to request the Announce URL',
			},
			{
				displayName: 'Announce URL',
				name: 'announceUrl',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://example.com/announce.xml',
				description:
					'Absolute http(s) URL that SignalWire requests for the cXML (such as a Say or Play verb) to play to this participant only',
			},
			{
				displayName: 'Call SID To Coach',
				name: 'callSidToCoach',
				type: 'string',
				default: '',
				placeholder: 'e.g. b3877c40-da60-4998-90ad-b792e98472cb',
				description: 'Call SID of the participant to coach, in the same conference; needed when Coaching is on',
			},
			{
				displayName: 'Coaching',
				name: 'coaching',
				type: 'boolean',
				default: true,
				description:
					'Whether the participant coaches another participant (heard only by that participant); set Call SID To Coach too',
			},
			{
				displayName: 'Hold',
				name: 'hold',
				type: 'boolean',
				default: true,
				description: 'Whether the participant is on hold (hears the hold music, is not heard)',
			},
			{
				displayName: 'Hold Method',
				name: 'holdMethod',
				type: 'options',
				options: methodOptions,
				default: 'GET',
				description: 'HTTP method SignalWire uses to request the Hold URL',
			},
			{
				displayName: 'Hold URL',
				name: 'holdUrl',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://example.com/hold-music.xml',
				description: 'Absolute http(s) URL of the cXML or audio SignalWire plays while the participant is on hold',
			},
			{
				displayName: 'Muted',
				name: 'muted',
				type: 'boolean',
				default: true,
				description: 'Whether the participant is muted (hears the conference, is not heard)',
			},
			{
				displayName: 'Wait Method',
				name: 'waitMethod',
				type: 'options',
				options: methodOptions,
				default: 'POST',
				description: 'HTTP method SignalWire uses to request the Wait URL',
			},
			{
				displayName: 'Wait URL',
				name: 'waitUrl',
				type: 'string',
				default: '',
				placeholder: 'e.g. https://example.com/wait-music.xml',
				description: 'Absolute http(s) URL of the cXML or audio SignalWire plays while the conference has not started',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['participant'], operation: ['update'] } }, properties);

const isSet = (value: unknown): boolean => value !== undefined && value !== null && value !== '';

/** A method without its URL would be ignored by SignalWire; say so instead of sending it. */
function checkMethod(method: unknown, url: unknown, urlLabel: string): Problem {
	const problem = checkOneOf(method, HTTP_METHODS, false);
	if (problem) return problem;
	return isSet(method) && !isSet(url) ? `applies only together with ${urlLabel}` : undefined;
}

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const conferenceSid = readConferenceSid(this, itemIndex);
	const callSid = readCallSid(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const coaching = readFlag(fields.coaching);
	const checks: Array<[string, Problem]> = [
		['Conference', checkUuid(conferenceSid)],
		['Participant', checkUuid(callSid)],
		['Update Fields', Object.values(fields).some(isSet) ? undefined : 'needs at least one field to change'],
		['Announce URL', checkUrl(fields.announceUrl, false)],
		['Announce Method', checkMethod(fields.announceMethod, fields.announceUrl, 'Announce URL')],
		['Call SID To Coach', checkUuid(fields.callSidToCoach, false)],
		['Call SID To Coach', isSet(fields.callSidToCoach) && coaching !== true ? 'applies only when Coaching is on' : undefined],
		['Coaching', checkFlag(fields.coaching)],
		['Coaching', coaching === true && !isSet(fields.callSidToCoach) ? 'needs Call SID To Coach (the participant to coach)' : undefined],
		['Hold', checkFlag(fields.hold)],
		['Hold Method', checkMethod(fields.holdMethod, fields.holdUrl, 'Hold URL')],
		['Hold URL', checkUrl(fields.holdUrl, false)],
		['Muted', checkFlag(fields.muted)],
		['Wait Method', checkMethod(fields.waitMethod, fields.waitUrl, 'Wait URL')],
		['Wait URL', checkUrl(fields.waitUrl, false)],
	];
	assertValid(this.getNode(), itemIndex, checks);

	const body: IDataObject = {};
	const flags: Array<[string, string]> = [['muted', 'Muted'], ['hold', 'Hold'], ['coaching', 'Coaching']];
	for (const [field, name] of flags) {
		const value = readFlag(fields[field]);
		if (value !== undefined) body[name] = value;
	}
	const texts: Array<[string, string]> = [
		['callSidToCoach', 'CallSidToCoach'],
		['holdUrl', 'HoldUrl'],
		['holdMethod', 'HoldMethod'],
		['announceUrl', 'AnnounceUrl'],
		['announceMethod', 'AnnounceMethod'],
		['waitUrl', 'WaitUrl'],
		['waitMethod', 'WaitMethod'],
	];
	for (const [field, name] of texts) {
		if (isSet(fields[field])) body[name] = String(fields[field]).trim();
	}
	return {
		method: 'POST',
		path: '/Conferences/{conferenceSid}/Participants/{callSid}',
		pathParams: { conferenceSid: conferenceSid as string, callSid: callSid as string },
		body,
		// Decided per request. Muted, Hold and Coaching set states: sending them twice leaves the participant as
		// sending them once does, so a lost answer may be resent. An Announce URL plays the announcement on every
		// request, and a Hold or Wait URL makes SignalWire fetch and start that music again, so a request with any
		// URL is not resent after a 5xx or a dropped connection.
		repeatable: !['AnnounceUrl', 'HoldUrl', 'WaitUrl'].some((name) => name in body),
		statusMessages: {
			404: notFoundMessage(conferenceSid as string, callSid as string),
			// 10000: the participant or the conference has completed; 16002: the call to coach is not in this
			// conference. SignalWire's code and words follow in the description.
			422: `SignalWire could not update participant ${callSid as string}: it may have left, its conference may have ended, or the call to coach is not in the conference`,
		},
	};
}
