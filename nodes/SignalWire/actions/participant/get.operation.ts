import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { assertValid, checkUuid } from '../../../shared/validation';
import { conferenceLocator, readConferenceSid } from '../conference/common';
import { notFoundMessage, participantLocator, readCallSid } from './common';

const properties: INodeProperties[] = [
	conferenceLocator('The conference the participant is in'),
	participantLocator('The participant to get'),
];

export const description = updateDisplayOptions({ show: { resource: ['participant'], operation: ['get'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const conferenceSid = readConferenceSid(this, itemIndex);
	const callSid = readCallSid(this, itemIndex);
	assertValid(this.getNode(), itemIndex, [
		['Conference', checkUuid(conferenceSid)],
		['Participant', checkUuid(callSid)],
	]);
	return {
		method: 'GET',
		path: '/Conferences/{conferenceSid}/Participants/{callSid}',
		pathParams: { conferenceSid: conferenceSid as string, callSid: callSid as string },
		statusMessages: { 404: notFoundMessage(conferenceSid as string, callSid as string) },
	};
}
