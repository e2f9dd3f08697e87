import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { assertValid, checkUuid } from '../../../shared/validation';
import { conferenceLocator, readConferenceSid } from '../conference/common';
import { notFoundMessage, participantLocator, readCallSid } from './common';

const properties: INodeProperties[] = [
	conferenceLocator('The in-progress conference to remove the participant from'),
	participantLocator('The participant to remove; their call leaves the conference'),
];

export const description = updateDisplayOptions({ show: { resource: ['participant'], operation: ['remove'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const conferenceSid = readConferenceSid(this, itemIndex);
	const callSid = readCallSid(this, itemIndex);
	assertValid(this.getNode(), itemIndex, [
		['Conference', checkUuid(conferenceSid)],
		['Participant', checkUuid(callSid)],
	]);
	return {
		method: 'DELETE',
		path: '/Conferences/{conferenceSid}/Participants/{callSid}',
		pathParams: { conferenceSid: conferenceSid as string, callSid: callSid as string },
		// Removing a participant twice leaves them removed (the second request may answer 404), so DELETE's
		// default applies: resent after a 5xx or a dropped connection.
		statusMessages: {
			404: notFoundMessage(conferenceSid as string, callSid as string),
			422: `SignalWire could not remove participant ${callSid as string}: the participant may have left or the conference may have ended`,
		},
	};
}

/** SignalWire answers 204 without a body; say what happened, for the item it happened to. */
export function output(this: IExecuteFunctions, _response: unknown, itemIndex: number): IDataObject {
	return {
		removed: true,
		conferenceSid: readConferenceSid(this, itemIndex) as string,
		callSid: readCallSid(this, itemIndex) as string,
	};
}
