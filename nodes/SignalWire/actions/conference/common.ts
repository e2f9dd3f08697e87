import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { locatorProperty, readLocator } from '../../../shared/locator';
import { UUID } from '../../../shared/validation';
import { API_URL_ID } from '../../space';

/** The conference picker, shared by every conference operation (and by participants and recordings). */
export function conferenceLocator(description: string): INodeProperties {
	return locatorProperty({
		displayName: 'Conference',
		name: 'conferenceSid',
		description,
		searchListMethod: 'searchConferences',
		idPlaceholder: 'e.g. b3877c40-da60-4998-90ad-b792e98472cf',
		idPattern: `^\\s*${UUID.source.slice(1, -1)}\\s*$`,
		idPatternMessage: 'A conference SID is a UUID',
		url: {
			placeholder: 'e.g. https://example.signalwire.com/api/laml/2010-04-01/Accounts/…/Conferences/b3877c40-…',
			extract: API_URL_ID('Conferences'),
			hint: "The conference's API URL, as in the uri field of SignalWire's answers",
		},
	});
}

export function readConferenceSid(ctx: IExecuteFunctions, itemIndex: number): unknown {
	return readLocator(ctx, 'conferenceSid', itemIndex);
}

/** SignalWire answers 404 for an unknown SID and for a conference of another project alike. */
export function notFoundMessage(conferenceSid: string): string {
	return `No conference with SID ${conferenceSid} was found in this SignalWire project`;
}

/** The statuses SignalWire reports and filters by. */
export const CONFERENCE_STATUSES = ['init', 'in-progress', 'completed'] as const;
