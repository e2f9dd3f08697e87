import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ProviderResponse, RequestSpec } from '../../../shared/transport';
import {
	assertValid,
	checkBoolean,
	checkCount,
	checkEmail,
	checkInteger,
	checkString,
	toInteger,
} from '../../../shared/validation';
import { conferenceData, PUBLIC_ID_RULES, TITLE_RULES } from './common';

const MAX_ATTENDEES = 5;

const properties: INodeProperties[] = [
	{
		displayName: 'Online Conference Account ID',
		name: 'onlineConferenceAccountId',
		type: 'number',
		default: 0,
		required: true,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: "ID of the owner's online conference account (the MeetBit Rooms account of a MeetBit user)",
	},
	{
		displayName: 'Public ID',
		name: 'publicId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. weekly-sync-42',
		description: 'Identifier used in the room link; letters, digits, "-" and "_" only',
	},
	{
		displayName: 'Title',
		name: 'title',
		type: 'string',
		default: '',
		required: true,
		description: 'Title of the conference, at most 255 characters',
	},
	{
		displayName: 'Is Public',
		name: 'isPublic',
		type: 'boolean',
		default: false,
		required: true,
		description: 'Whether anyone with the link may join; a private conference admits only its attendees',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Attendees',
				name: 'attendees',
				type: 'fixedCollection',
				placeholder: 'Add Attendee',
				default: {},
				typeOptions: { multipleValues: true },
				description:
					'Up to 5 people to invite. The account owner is always an attendee; users and customers are matched by email.',
				options: [
					{
						displayName: 'Attendee',
						name: 'attendee',
						values: [
							{
								displayName: 'Email',
								name: 'email',
								type: 'string',
								placeholder: 'name@email.com',
								default: '',
								required: true,
							},
							{
								displayName: 'Name',
								name: 'name',
								type: 'string',
								default: '',
							},
						],
					},
				],
			},
			{
				displayName: 'Backer Event ID',
				name: 'backerEventId',
				type: 'number',
				default: 0,
				typeOptions: { minValue: 1, numberPrecision: 0 },
				description: 'ID of the MeetBit event this conference belongs to',
			},
		],
	},
];

export const description = updateDisplayOptions(
	{ show: { resource: ['onlineConference'], operation: ['create'] } },
	properties,
);

interface AttendeeInput {
	email?: string;
	name?: string;
}

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const accountId = this.getNodeParameter('onlineConferenceAccountId', itemIndex);
	const publicId = this.getNodeParameter('publicId', itemIndex);
	const title = this.getNodeParameter('title', itemIndex);
	const isPublic = this.getNodeParameter('isPublic', itemIndex);
	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const attendees = ((additional.attendees as IDataObject | undefined)?.attendee ?? []) as AttendeeInput[];

	const node = this.getNode();
	assertValid(node, itemIndex, [
		['Online Conference Account ID', checkInteger(accountId, { required: true, min: 1 })],
		['Public ID', checkString(publicId, PUBLIC_ID_RULES)],
		['Title', checkString(title, TITLE_RULES)],
		['Is Public', checkBoolean(isPublic)],
		['Backer Event ID', checkInteger(additional.backerEventId, { min: 1 })],
		['Attendees', checkCount(attendees, MAX_ATTENDEES)],
		...attendees.flatMap((attendee, index): Array<[string, string | undefined]> => [
			[`Attendees › Email (attendee ${index + 1})`, checkEmail(attendee.email)],
			[`Attendees › Name (attendee ${index + 1})`, checkString(attendee.name, { maxLength: 255 })],
		]),
	]);

	const body: IDataObject = {
		online_conference_account_id: toInteger(accountId),
		public_id: publicId,
		title,
		is_public: isPublic,
	};
	if (additional.backerEventId !== undefined && additional.backerEventId !== '') {
		body.backer_event_id = toInteger(additional.backerEventId);
	}
	if (attendees.length > 0) {
		body.online_conference_attendees = attendees.map((attendee) =>
			attendee.name ? { email: attendee.email, name: attendee.name } : { email: attendee.email },
		);
	}
	return { method: 'POST', path: '/online_conferences', body };
}

export function output(response: ProviderResponse): IDataObject {
	return conferenceData(response);
}
