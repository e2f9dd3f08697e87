import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { locatorProperty, readLocator } from '../../../shared/locator';
import { UUID } from '../../../shared/validation';
import { API_URL_ID } from '../../space';

/** The recording picker; it lists the recordings of the conference chosen above it. */
export function recordingLocator(description: string): INodeProperties {
	return locatorProperty({
		displayName: 'Recording',
		name: 'recordingSid',
		description,
		searchListMethod: 'searchRecordings',
		idPlaceholder: 'e.g. 19e436af-5688-4307-b03b-bdb2b42b8142',
		idPattern: `^\\s*${UUID.source.slice(1, -1)}\\s*$`,
		idPatternMessage: 'A recording SID is a UUID',
		url: {
			placeholder: 'e.g. https://example.signalwire.com/api/laml/2010-04-01/Accounts/…/Conferences/…/Recordings/19e436af-…',
			extract: API_URL_ID('Recordings'),
			hint: "The recording's API URL, as in the uri field of SignalWire's answers",
		},
	});
}

export function readRecordingSid(ctx: IExecuteFunctions, itemIndex: number): unknown {
	return readLocator(ctx, 'recordingSid', itemIndex);
}

/** SignalWire answers 404 alike for an unknown recording and for an unknown conference. */
export function notFoundMessage(conferenceSid: string, recordingSid: string): string {
	return `No recording with SID ${recordingSid} was found in conference ${conferenceSid} in this SignalWire project`;
}
