import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { assertValid, checkUuid } from '../../../shared/validation';
import { conferenceLocator, notFoundMessage, readConferenceSid } from './common';

const properties: INodeProperties[] = [conferenceLocator('The in-progress conference to end')];

export const description = updateDisplayOptions({ show: { resource: ['conference'], operation: ['end'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const conferenceSid = readConferenceSid(this, itemIndex);
	assertValid(this.getNode(), itemIndex, [['Conference SID', checkUuid(conferenceSid)]]);
	return {
		method: 'POST',
		path: '/Conferences/{sid}',
		pathParams: { sid: conferenceSid as string },
		// "completed" is the only status SignalWire accepts here; it disconnects every participant.
		body: { Status: 'completed' },
		// Ending a conference twice leaves it ended.
		repeatable: true,
		statusMessages: {
			404: notFoundMessage(conferenceSid as string),
			422: 'SignalWire could not end the conference; it may have ended already',
		},
	};
}
