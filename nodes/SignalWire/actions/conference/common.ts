import type { INodeProperties } from 'n8n-workflow';

/** The conference SID field, shared by every conference operation. */
export function conferenceSidProperty(operation: string): INodeProperties {
	return {
		displayName: 'Conference SID',
		name: 'conferenceSid',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. b3877c40-da60-4998-90ad-b792e98472cf',
		description:
			operation === 'end'
				? 'SID (a UUID) of the in-progress conference to end'
				: 'SID (a UUID) of the in-progress conference to play the announcement into',
	};
}

/** SignalWire answers 404 for an unknown SID and for a conference of another project alike. */
export function notFoundMessage(conferenceSid: string): string {
	return `No conference with SID ${conferenceSid} was found in this SignalWire project`;
}
