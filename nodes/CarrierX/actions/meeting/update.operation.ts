import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import type { Problem } from '../../../shared/validation';
import { assertValid, checkOneOf, checkUuid } from '../../../shared/validation';
import { meetingNotFound, meetingSidProperty, ON_HOLD, PARTICIPANT_MUTED, readMeetingSid } from './common';

const properties: INodeProperties[] = [
	meetingSidProperty('The live meeting to change'),
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields added here are sent and changed',
		options: [
			{
				displayName: 'Hold',
				name: 'onHold',
				type: 'options',
				default: '',
				description: 'Which callers are put on hold (on_hold); the others are taken off hold',
				options: [
					{ name: 'Hold Listeners', value: 'l', description: 'Listeners on hold (on_hold "l")' },
					{ name: 'Hold Participants', value: 'p', description: 'Participants on hold (on_hold "p")' },
					{
						name: 'Hold Participants and Listeners',
						value: 'pl',
						description: 'Everyone but the hosts on hold (on_hold "pl")',
					},
					{ name: 'No One on Hold', value: '', description: 'Take everyone off hold (on_hold "")' },
				],
			},
			{
				displayName: 'Mute',
				name: 'participantMuted',
				type: 'options',
				default: 'false',
				description: 'Who is muted (participant_muted)',
				options: [
					{ name: 'Mute Listeners Only', value: 'false', description: 'Participants can talk (participant_muted "false")' },
					{
						name: 'Mute Participants (Can Unmute)',
						value: 'relaxed',
						description: 'Participants and listeners muted; participants may unmute themselves (participant_muted "relaxed")',
					},
					{
						name: 'Mute Participants (Cannot Unmute)',
						value: 'true',
						description: 'Participants and listeners muted and cannot unmute (participant_muted "true")',
					},
				],
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['meeting'], operation: ['update'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const sid = readMeetingSid(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const checks: Array<[string, Problem]> = [['Meeting SID', checkUuid(sid)]];
	if (!('onHold' in fields) && !('participantMuted' in fields)) {
		checks.push(['Update Fields', 'has nothing to change; add Hold or Mute']);
	}
	// "" is a real value here (no one on hold), so presence, not emptiness, decides what is sent.
	if ('onHold' in fields) checks.push(['Hold', (ON_HOLD as readonly unknown[]).includes(fields.onHold) ? undefined : 'must be one of: "", p, l, pl']);
	if ('participantMuted' in fields) checks.push(['Mute', checkOneOf(fields.participantMuted, PARTICIPANT_MUTED)]);
	assertValid(this.getNode(), itemIndex, checks);
	const body: IDataObject = {};
	if ('onHold' in fields) body.on_hold = fields.onHold as string;
	if ('participantMuted' in fields) body.participant_muted = fields.participantMuted as string;
	return {
		method: 'PATCH',
		path: '/meetings/{meeting_sid}',
		pathParams: { meeting_sid: sid as string },
		body,
		// Both fields are set to a given value, so sending the change twice leaves the meeting as after once.
		repeatable: true,
		statusMessages: { 404: meetingNotFound(sid as string) },
	};
}
