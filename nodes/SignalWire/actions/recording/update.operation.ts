import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { assertValid, checkOneOf, checkUuid } from '../../../shared/validation';
import { conferenceLocator, readConferenceSid } from '../conference/common';
import { notFoundMessage, readRecordingSid, recordingLocator } from './common';

const STATUSES = ['paused', 'in-progress', 'stopped'] as const;
const PAUSE_BEHAVIORS = ['skip', 'silence'] as const;

const properties: INodeProperties[] = [
	conferenceLocator('The in-progress conference that is being recorded'),
	recordingLocator('The recording to pause, resume or stop'),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		options: [
			{ name: 'Paused', value: 'paused', description: 'Pause the recording; resume it later' },
			{ name: 'Resumed (In Progress)', value: 'in-progress', description: 'Resume a paused recording' },
			{ name: 'Stopped', value: 'stopped', description: 'Stop the recording for good; it cannot be resumed' },
		],
		default: 'paused',
		required: true,
		description: 'What to do with the recording',
	},
	{
		// A collection, not a plain option: a plain option would carry its default into every request whose
		// Status is an expression (n8n shows it then), and a pause behavior is refused with any status but paused.
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: { show: { status: ['paused'] } },
		options: [
			{
				displayName: 'Pause Behavior',
				name: 'pauseBehavior',
				type: 'options',
				options: [
					{ name: 'Silence', value: 'silence', description: 'Record silence for the paused time (SignalWire default)' },
					{ name: 'Skip', value: 'skip', description: 'Leave the paused time out of the recording' },
				],
				default: 'silence',
				description: 'What the recording holds for the time it is paused; only with Status Paused',
			},
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['recording'], operation: ['update'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const conferenceSid = readConferenceSid(this, itemIndex);
	const recordingSid = readRecordingSid(this, itemIndex);
	const status = this.getNodeParameter('status', itemIndex);
	const additionalFields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const pauseBehavior = additionalFields.pauseBehavior;
	assertValid(this.getNode(), itemIndex, [
		['Conference', checkUuid(conferenceSid)],
		['Recording', checkUuid(recordingSid)],
		['Status', checkOneOf(status, STATUSES)],
		['Pause Behavior', checkOneOf(pauseBehavior, PAUSE_BEHAVIORS, false)],
		['Pause Behavior', pauseBehavior && status !== 'paused' ? 'applies only when Status is Paused' : undefined],
	]);
	return {
		method: 'POST',
		path: '/Conferences/{conferenceSid}/Recordings/{recordingSid}',
		pathParams: { conferenceSid: conferenceSid as string, recordingSid: recordingSid as string },
		body: { Status: status as string, ...(pauseBehavior ? { PauseBehavior: pauseBehavior as string } : {}) },
		// Paused and in-progress are states: asking twice leaves the recording as asking once does, so a lost
		// answer may be resent. Stopped is final: a resent stop would answer 422 although the first one worked,
		// so it is not resent after a 5xx or a dropped connection.
		repeatable: status !== 'stopped',
		statusMessages: {
			404: notFoundMessage(conferenceSid as string, recordingSid as string),
			422: `SignalWire could not set recording ${recordingSid as string} to ${status as string}; it may have stopped or completed already`,
		},
	};
}
