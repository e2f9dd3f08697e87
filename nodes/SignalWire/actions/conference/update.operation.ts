import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { assertValid, checkOneOf, checkUrl, checkUuid } from '../../../shared/validation';
import { conferenceLocator, notFoundMessage, readConferenceSid } from './common';

const ANNOUNCE_METHODS = ['GET', 'POST'] as const;

const properties: INodeProperties[] = [
	conferenceLocator('The in-progress conference to play the announcement into'),
	{
		displayName: 'Announce URL',
		name: 'announceUrl',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://example.com/announce.xml',
		description:
			'Absolute http(s) URL that SignalWire requests for the cXML (such as a Say or Play verb) to play to every participant',
	},
	{
		displayName: 'Announce Method',
		name: 'announceMethod',
		type: 'options',
		options: [
			{ name: 'GET', value: 'GET' },
			{ name: 'POST', value: 'POST' },
		],
		default: 'POST',
		description: 'HTTP method SignalWire uses to request the Announce URL',
	},
];

export const description = updateDisplayOptions({ show: { resource: ['conference'], operation: ['update'] } }, properties);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const conferenceSid = readConferenceSid(this, itemIndex);
	const announceUrl = this.getNodeParameter('announceUrl', itemIndex);
	const announceMethod = this.getNodeParameter('announceMethod', itemIndex, 'POST');
	assertValid(this.getNode(), itemIndex, [
		['Conference SID', checkUuid(conferenceSid)],
		['Announce URL', checkUrl(announceUrl)],
		['Announce Method', checkOneOf(announceMethod, ANNOUNCE_METHODS)],
	]);
	return {
		method: 'POST',
		path: '/Conferences/{sid}',
		pathParams: { sid: conferenceSid as string },
		body: { AnnounceUrl: announceUrl as string, AnnounceMethod: announceMethod as string },
		// Not repeatable: each request plays the announcement again, so a lost answer is not retried.
		repeatable: false,
		statusMessages: { 404: notFoundMessage(conferenceSid as string) },
	};
}
