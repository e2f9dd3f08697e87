import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { RequestSpec } from '../../../shared/transport';
import { checkBoolean, checkEmail, checkOneOf, checkString } from '../../../shared/validation';
import type { Problem } from '../../../shared/validation';
import { FieldProblem, meetingLocator, parseOccurrenceId, readMeetingIdValue, withFieldErrors } from '../meeting/common';
import { registrantNotFound } from './common';

const choice = (values: string[]) => values.map((value) => ({ name: value, value }));

const NO_OF_EMPLOYEES = ['1-20', '21-50', '51-100', '101-500', '500-1,000', '1,001-5,000', '5,001-10,000', 'More than 10,000'];
const PURCHASING_TIME_FRAME = ['1-3 months', '4-6 months', 'More than 6 months', 'No timeframe', 'Within a month'];
const ROLE_IN_PURCHASE = ['Decision Maker', 'Evaluator/Recommender', 'Influencer', 'Not involved'];
const LANGUAGES = [
	{ name: 'Chinese (Simplified)', value: 'zh-CN' },
	{ name: 'Chinese (Traditional)', value: 'zh-TW' },
	{ name: 'English', value: 'en-US' },
	{ name: 'French', value: 'fr-FR' },
	{ name: 'German', value: 'de-DE' },
	{ name: 'Italian', value: 'it-IT' },
	{ name: 'Japanese', value: 'jp-JP' },
	{ name: 'Korean', value: 'ko-KO' },
	{ name: 'Polish', value: 'pl-PL' },
	{ name: 'Portuguese', value: 'pt-PT' },
	{ name: 'Russian', value: 'ru-RU' },
	{ name: 'Spanish', value: 'es-ES' },
	{ name: 'Turkish', value: 'Tr-TR' },
	{ name: 'Vietnamese', value: 'vi-VN' },
];

/** Free-text fields: node name → Zoom key and label. */
const TEXT_FIELDS: Array<[name: string, key: string, label: string]> = [
	['address', 'address', 'Address'],
	['city', 'city', 'City'],
	['comments', 'comments', 'Comments'],
	['country', 'country', 'Country'],
	['industry', 'industry', 'Industry'],
	['jobTitle', 'job_title', 'Job Title'],
	['lastName', 'last_name', 'Last Name'],
	['org', 'org', 'Organization'],
	['phone', 'phone', 'Phone'],
	['state', 'state', 'State'],
	['zip', 'zip', 'ZIP'],
];

const OPTION_FIELDS: Array<[name: string, key: string, label: string, values: readonly string[]]> = [
	['language', 'language', 'Language', LANGUAGES.map((language) => language.value)],
	['noOfEmployees', 'no_of_employees', 'Number of Employees', NO_OF_EMPLOYEES],
	['purchasingTimeFrame', 'purchasing_time_frame', 'Purchasing Time Frame', PURCHASING_TIME_FRAME],
	['roleInPurchaseProcess', 'role_in_purchase_process', 'Role in Purchase Process', ROLE_IN_PURCHASE],
];

const text = (displayName: string, name: string, description: string, placeholder?: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	description,
	...(placeholder ? { placeholder } : {}),
});

const properties: INodeProperties[] = [
	meetingLocator('The meeting to register for (its registration must be required)'),
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		required: true,
		description: "The registrant's email address, at most 128 characters",
	},
	{
		displayName: 'First Name',
		name: 'firstName',
		type: 'string',
		default: '',
		required: true,
		description: "The registrant's first name, at most 64 characters",
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			text('Address', 'address', "The registrant's address"),
			{
				displayName: 'Auto Approve',
				name: 'autoApprove',
				type: 'boolean',
				default: false,
				description: 'Whether to approve the registrant at once when the meeting needs manual approval',
			},
			text('City', 'city', "The registrant's city"),
			text('Comments', 'comments', "The registrant's questions and comments"),
			text('Country', 'country', "The registrant's two-letter country code", 'e.g. US'),
			{
				displayName: 'Custom Questions',
				name: 'customQuestions',
				type: 'fixedCollection',
				default: {},
				placeholder: 'Add Answer',
				typeOptions: { multipleValues: true },
				description: "Answers to the meeting's custom registration questions",
				options: [
					{
						displayName: 'Answer',
						name: 'question',
						values: [
							{ displayName: 'Title', name: 'title', type: 'string', default: '', required: true, description: 'The question, as titled on the registration form' },
							{ displayName: 'Value', name: 'value', type: 'string', default: '', description: 'The answer' },
						],
					},
				],
			},
			text('Industry', 'industry', "The registrant's industry"),
			text('Job Title', 'jobTitle', "The registrant's job title"),
			{
				displayName: 'Language',
				name: 'language',
				type: 'options',
				options: LANGUAGES,
				default: 'en-US',
				description: 'Language of the confirmation email',
			},
			text('Last Name', 'lastName', "The registrant's last name, at most 64 characters"),
			{
				displayName: 'Number of Employees',
				name: 'noOfEmployees',
				type: 'options',
				options: choice(NO_OF_EMPLOYEES),
				default: '1-20',
			},
			{
				displayName: 'Occurrence IDs',
				name: 'occurrenceIds',
				type: 'string',
				default: '',
				placeholder: 'e.g. 1648194360000,1648799160000',
				description: 'Register for only these occurrences of a recurring meeting, separated by commas',
			},
			text('Organization', 'org', "The registrant's organization"),
			text('Phone', 'phone', "The registrant's phone number"),
			{
				displayName: 'Purchasing Time Frame',
				name: 'purchasingTimeFrame',
				type: 'options',
				options: choice(PURCHASING_TIME_FRAME),
				default: 'Within a month',
			},
			{
				displayName: 'Role in Purchase Process',
				name: 'roleInPurchaseProcess',
				type: 'options',
				options: choice(ROLE_IN_PURCHASE),
				default: 'Decision Maker',
			},
			text('State', 'state', "The registrant's state or province"),
			text('ZIP', 'zip', "The registrant's ZIP or postal code"),
		],
	},
];

export const description = updateDisplayOptions({ show: { resource: ['registrant'], operation: ['create'] } }, properties);

function assert(field: string, problem: Problem): void {
	if (problem) throw new FieldProblem(field, problem);
}

export function buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec {
	const input = withFieldErrors(this, itemIndex, () => {
		const meetingId = readMeetingIdValue(this, itemIndex);
		const email = this.getNodeParameter('email', itemIndex, '');
		assert('Email', checkEmail(email, true, 128));
		const firstName = this.getNodeParameter('firstName', itemIndex, '');
		assert('First Name', checkString(firstName, { required: true, maxLength: 64 }));
		const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
		const body: IDataObject = { email, first_name: firstName };
		const known = new Set(['autoApprove', 'customQuestions', 'occurrenceIds', ...TEXT_FIELDS.map(([name]) => name), ...OPTION_FIELDS.map(([name]) => name)]);
		for (const name of Object.keys(fields)) if (!known.has(name)) throw new FieldProblem(name, 'is not a field of a Zoom registrant');
		for (const [name, key, label] of TEXT_FIELDS) {
			const value = fields[name];
			if (value === undefined || value === '') continue;
			assert(label, checkString(value, { maxLength: name === 'lastName' ? 64 : 255 }));
			if (name === 'country') assert(label, checkString(value, { pattern: /^[A-Za-z]{2}$/, patternHint: 'only a two-letter country code such as US' }));
			body[key] = name === 'country' ? (value as string).toUpperCase() : value;
		}
		for (const [name, key, label, values] of OPTION_FIELDS) {
			if (fields[name] === undefined) continue;
			assert(label, checkOneOf(fields[name], values));
			body[key] = fields[name];
		}
		if (fields.autoApprove !== undefined) {
			assert('Auto Approve', checkBoolean(fields.autoApprove));
			body.auto_approve = fields.autoApprove;
		}
		const questions = (fields.customQuestions as IDataObject | undefined)?.question;
		const list = (Array.isArray(questions) ? questions : questions === undefined ? [] : [questions]) as IDataObject[];
		if (list.length > 0) {
			body.custom_questions = list.map((entry, index) => {
				assert(`Custom Questions › Answer ${index + 1} › Title`, checkString(entry.title, { required: true, maxLength: 255 }));
				assert(`Custom Questions › Answer ${index + 1} › Value`, checkString(entry.value, { maxLength: 255 }));
				return { title: entry.title, value: entry.value ?? '' };
			});
		}
		let occurrenceIds: string | undefined;
		if (fields.occurrenceIds !== undefined && fields.occurrenceIds !== '') {
			const ids = String(fields.occurrenceIds)
				.split(',')
				.map((id) => id.trim())
				.filter((id) => id !== '')
				.map((id) => parseOccurrenceId(id, 'Occurrence IDs') as string);
			if (ids.length > 0) occurrenceIds = ids.join(',');
		}
		return { meetingId, body, occurrenceIds };
	});
	return {
		method: 'POST',
		path: '/meetings/{meetingId}/registrants',
		pathParams: { meetingId: input.meetingId },
		query: input.occurrenceIds === undefined ? undefined : { occurrence_ids: input.occurrenceIds },
		body: input.body,
		rateCategory: 'light',
		statusMessages: {
			400: 'Zoom refused the registration (see its code: 3043 the meeting has reached its registrant capacity, 300 a field is invalid, 3000 the meeting cannot be accessed, 3003 you are not its host)',
			404: registrantNotFound(input.meetingId),
		},
	};
}
