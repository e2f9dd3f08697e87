import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { locatorProperty, readLocator } from '../../../shared/locator';
import type { Problem } from '../../../shared/validation';
import { UUID } from '../../../shared/validation';
import { API_URL_ID } from '../../space';

/** The participant picker; it lists the participants of the conference chosen above it. */
export function participantLocator(description: string): INodeProperties {
	return locatorProperty({
		displayName: 'Participant',
		name: 'callSid',
		description,
		searchListMethod: 'searchParticipants',
		idPlaceholder: 'e.g. b3877c40-da60-4998-90ad-b792e98472ca',
		idPattern: `^\\s*${UUID.source.slice(1, -1)}\\s*$`,
		idPatternMessage: "A participant's ID is its call SID, a UUID",
		url: {
			placeholder: 'e.g. https://example.signalwire.com/api/laml/2010-04-01/Accounts/…/Conferences/…/Participants/b3877c40-…',
			extract: API_URL_ID('Participants'),
			hint: "The participant's API URL, as in the uri field of SignalWire's answers",
		},
	});
}

export function readCallSid(ctx: IExecuteFunctions, itemIndex: number): unknown {
	return readLocator(ctx, 'callSid', itemIndex);
}

/** SignalWire answers 404 alike for an unknown participant and for an unknown conference. */
export function notFoundMessage(conferenceSid: string, callSid: string): string {
	return `No participant with call SID ${callSid} was found in conference ${conferenceSid} in this SignalWire project`;
}

/**
 * A yes/no value as the node sends it. Typed booleans arrive as booleans; expressions and AI agents may send
 * "true" or "false" as text, which is read the same way.
 */
export function readFlag(value: unknown): boolean | undefined {
	if (typeof value === 'boolean') return value;
	if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
	return undefined;
}

export function checkFlag(value: unknown): Problem {
	if (value === undefined || value === '') return undefined;
	return readFlag(value) === undefined ? 'must be true or false' : undefined;
}

export const HTTP_METHODS = ['GET', 'POST'] as const;
