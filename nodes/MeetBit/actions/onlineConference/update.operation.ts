import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { assertValid, checkBoolean, checkInteger, checkString, toInteger } from '../../../shared/validation';
import { conferenceData, TITLE_RULES } from './common';

const properties: INodeProperties[] = [
	{
		displayName: 'Online Conference ID',
		name: 'onlineConferenceId',
		type: 'number',
		default: 0,
		required: true,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: 'ID of the online conference to change. A conference that has started can no longer be changed.',
	},
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		required: true,
		description: 'New title, at most 255 characters (MeetBit requires it on every update)',
	},
	{
		displayName: 'Is Public',
		name: 'isPublic',
		type: 'boolean',
		default: false,
		required: true,
		description: 'Whether anyone with the link may join (MeetBit requires it on every update)',
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['onlineConference'], operation: ['update'] } },
	properties,
);

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const conferenceId = this.getNodeParameter('onlineConferenceId', itemIndex);
	const title = this.getNodeParameter('title', itemIndex);
	const isPublic = this.getNodeParameter('isPublic', itemIndex);
	assertValid(this.getNode(), itemIndex, [
		['Online Conference ID', checkInteger(conferenceId, { required: true, min: 1 })],
		['Title', checkString(title, TITLE_RULES)],
		['Is Public', checkBoolean(isPublic)],
	]);
	return {
		method: 'PATCH',
		path: '/online_conferences/{id}',
		pathParams: { id: toInteger(conferenceId) },
		body: { title, is_public: isPublic },
		// Setting the same title and visibility twice leaves the conference as after the first time.
		repeatable: true,
		statusMessages: { 409: 'The online conference has already started and cannot be changed' },
	};
}

export const output = conferenceData;
