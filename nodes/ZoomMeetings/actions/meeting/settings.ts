import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { checkBoolean, checkCount, checkEmail, checkOneOf, checkString, checkUrl } from '../../../shared/validation';
import type { Problem } from '../../../shared/validation';
import { FieldProblem } from './common';

/**
 * Every key of the `settings` object of Zoom's update-meeting request (seed 002), as n8n parameters and as a
 * builder from those parameters to Zoom's body. Plain settings are described by a table; settings that are
 * objects or lists of objects have their own builders below.
 */

type Kind = 'boolean' | 'options' | 'string' | 'email' | 'hostList' | 'countryList' | 'inviteeList';

interface PlainSetting {
	name: string;
	key: string;
	displayName: string;
	description: string;
	kind: Kind;
	options?: Array<{ name: string; value: string | number; description?: string }>;
	default?: boolean | string | number;
	maxLength?: number;
	placeholder?: string;
}

const PLAIN_SETTINGS: PlainSetting[] = [
	{ name: 'allowMultipleDevices', key: 'allow_multiple_devices', displayName: 'Allow Multiple Devices', kind: 'boolean', description: 'Whether attendees may join from several devices (meetings with registration only)' },
	{ name: 'alternativeHostUpdatePolls', key: 'alternative_host_update_polls', displayName: 'Alternative Host Update Polls', kind: 'boolean', description: 'Whether alternative hosts may add or edit polls (Zoom 5.8.0 or later)' },
	{ name: 'alternativeHosts', key: 'alternative_hosts', displayName: 'Alternative Hosts', kind: 'hostList', placeholder: 'e.g. jchill@example.com;thill@example.com', description: 'Emails or user IDs of the alternative hosts, separated by semicolons or commas; replaces the current list' },
	{ name: 'alternativeHostsEmailNotification', key: 'alternative_hosts_email_notification', displayName: 'Alternative Hosts Email Notification', kind: 'boolean', default: true, description: 'Whether to email the alternative hosts' },
	{
		name: 'approvalType', key: 'approval_type', displayName: 'Approval Type', kind: 'options', default: 2,
		description: 'Whether registration is required and how registrations are approved (registration needs a licensed host)',
		options: [
			{ name: 'Automatically Approve', value: 0 },
			{ name: 'Manually Approve', value: 1 },
			{ name: 'No Registration Required', value: 2 },
		],
	},
	{
		name: 'audio', key: 'audio', displayName: 'Audio', kind: 'options', default: 'both',
		description: 'How participants may join the audio',
		options: [
			{ name: 'Telephony and VoIP', value: 'both' },
			{ name: 'Telephony Only', value: 'telephony' },
			{ name: 'VoIP Only', value: 'voip' },
		],
	},
	{ name: 'audioConferenceInfo', key: 'audio_conference_info', displayName: 'Audio Conference Info', kind: 'string', maxLength: 2048, description: 'Third-party audio conference information, at most 2048 characters' },
	{ name: 'authenticationDomains', key: 'authentication_domains', displayName: 'Authentication Domains', kind: 'string', placeholder: 'e.g. example.com', description: 'Domains whose signed-in users may join, when the authentication option restricts sign-in to domains' },
	{ name: 'authenticationName', key: 'authentication_name', displayName: 'Authentication Name', kind: 'string', description: 'Name of the authentication profile option' },
	{ name: 'authenticationOption', key: 'authentication_option', displayName: 'Authentication Option', kind: 'string', placeholder: 'e.g. signIn_D8cJuqWVQ623CI4Q8yQK0Q', description: 'ID of the meeting authentication option' },
	{
		name: 'autoRecording', key: 'auto_recording', displayName: 'Auto Recording', kind: 'options', default: 'none',
		description: 'Whether and where the meeting is recorded automatically',
		options: [
			{ name: 'Cloud', value: 'cloud' },
			{ name: 'Local', value: 'local' },
			{ name: 'None', value: 'none' },
		],
	},
	{ name: 'autoStartAiCompanionQuestions', key: 'auto_start_ai_companion_questions', displayName: 'Auto Start AI Companion Questions', kind: 'boolean', description: 'Whether AI Companion questions start automatically with the meeting' },
	{ name: 'autoStartMeetingSummary', key: 'auto_start_meeting_summary', displayName: 'Auto Start Meeting Summary', kind: 'boolean', description: 'Whether the AI Companion meeting summary starts automatically with the meeting' },
	{
		name: 'calendarType', key: 'calendar_type', displayName: 'Calendar Type', kind: 'options', default: 1,
		description: 'Calendar integration the meeting was scheduled with (used with Private Meeting)',
		options: [
			{ name: 'Google Workspace Add-On', value: 2 },
			{ name: 'Outlook Add-In', value: 1 },
		],
	},
	{ name: 'closeRegistration', key: 'close_registration', displayName: 'Close Registration', kind: 'boolean', description: 'Whether registration closes after the meeting date' },
	{ name: 'cnMeeting', key: 'cn_meeting', displayName: 'Host in China (Deprecated)', kind: 'boolean', description: 'Whether to host the meeting in China (deprecated by Zoom)' },
	{ name: 'contactEmail', key: 'contact_email', displayName: 'Contact Email', kind: 'email', placeholder: 'name@email.com', description: 'Contact email shown to registrants' },
	{ name: 'contactName', key: 'contact_name', displayName: 'Contact Name', kind: 'string', description: 'Contact name shown to registrants' },
	{ name: 'emailNotification', key: 'email_notification', displayName: 'Email Notification', kind: 'boolean', default: true, description: 'Whether to email alternative hosts and users with scheduling privileges' },
	{
		name: 'encryptionType', key: 'encryption_type', displayName: 'Encryption Type', kind: 'options', default: 'enhanced_encryption',
		description: 'End-to-end encryption disables join before host, cloud recording, breakout rooms, polling and more',
		options: [
			{ name: 'End-to-End Encryption', value: 'e2ee' },
			{ name: 'Enhanced Encryption', value: 'enhanced_encryption' },
		],
	},
	{ name: 'enforceLogin', key: 'enforce_login', displayName: 'Enforce Login (Deprecated)', kind: 'boolean', description: 'Whether only signed-in users may join (deprecated by Zoom; use Meeting Authentication)' },
	{ name: 'enforceLoginDomains', key: 'enforce_login_domains', displayName: 'Enforce Login Domains (Deprecated)', kind: 'string', placeholder: 'e.g. example.com;example.org', description: 'Domains, separated by semicolons, whose signed-in users may join (deprecated by Zoom)' },
	{ name: 'focusMode', key: 'focus_mode', displayName: 'Focus Mode', kind: 'boolean', description: 'Whether focus mode is on when the meeting starts' },
	{ name: 'globalDialInCountries', key: 'global_dial_in_countries', displayName: 'Global Dial-In Countries', kind: 'countryList', placeholder: 'e.g. US,DE', description: 'Two-letter country codes, separated by commas' },
	{ name: 'hostSaveVideoOrder', key: 'host_save_video_order', displayName: 'Host Save Video Order', kind: 'boolean', description: 'Whether the host may save the video order' },
	{ name: 'hostVideo', key: 'host_video', displayName: 'Host Video', kind: 'boolean', description: "Whether the host's video is on when the host joins" },
	{ name: 'inMeeting', key: 'in_meeting', displayName: 'Host in India (Deprecated)', kind: 'boolean', description: 'Whether to host the meeting in India (deprecated by Zoom)' },
	{ name: 'internalMeeting', key: 'internal_meeting', displayName: 'Internal Meeting', kind: 'boolean', description: 'Whether the meeting is internal to the account' },
	{
		name: 'jbhTime', key: 'jbh_time', displayName: 'Join Before Host Time', kind: 'options', default: 0,
		description: 'How early participants may join when Join Before Host is on',
		options: [
			{ name: '10 Minutes Before Start', value: 10 },
			{ name: '5 Minutes Before Start', value: 5 },
			{ name: 'Anytime', value: 0 },
		],
	},
	{ name: 'joinBeforeHost', key: 'join_before_host', displayName: 'Join Before Host', kind: 'boolean', description: 'Whether participants may join before the host (scheduled and recurring meetings)' },
	{ name: 'meetingAuthentication', key: 'meeting_authentication', displayName: 'Meeting Authentication', kind: 'boolean', description: 'Whether only authenticated users may join' },
	{ name: 'meetingInvitees', key: 'meeting_invitees', displayName: 'Meeting Invitees', kind: 'inviteeList', placeholder: 'e.g. ada@example.com, bob@example.com', description: 'Emails of the invitees, separated by commas; replaces the current list' },
	{ name: 'muteUponEntry', key: 'mute_upon_entry', displayName: 'Mute Upon Entry', kind: 'boolean', description: 'Whether participants are muted when they join' },
	{ name: 'participantFocusedMeeting', key: 'participant_focused_meeting', displayName: 'Participant Focused Meeting', kind: 'boolean', description: 'Whether the meeting is participant-focused' },
	{ name: 'participantVideo', key: 'participant_video', displayName: 'Participant Video', kind: 'boolean', description: "Whether participants' video is on when they join" },
	{ name: 'privateMeeting', key: 'private_meeting', displayName: 'Private Meeting', kind: 'boolean', description: 'Whether the meeting is private' },
	{ name: 'registrantsConfirmationEmail', key: 'registrants_confirmation_email', displayName: 'Registrants Confirmation Email', kind: 'boolean', description: 'Whether registrants get a confirmation email' },
	{ name: 'registrantsEmailNotification', key: 'registrants_email_notification', displayName: 'Registrants Email Notification', kind: 'boolean', description: 'Whether registrants are emailed when their registration is approved, cancelled or rejected' },
	{
		name: 'registrationType', key: 'registration_type', displayName: 'Registration Type', kind: 'options', default: 1,
		description: 'How attendees register for a recurring meeting with a fixed time',
		options: [
			{ name: 'Register for Each Occurrence', value: 2 },
			{ name: 'Register Once, Attend Any Occurrence', value: 1 },
			{ name: 'Register Once, Choose Occurrences', value: 3 },
		],
	},
	{ name: 'showShareButton', key: 'show_share_button', displayName: 'Show Share Button', kind: 'boolean', description: 'Whether the registration page shows social share buttons' },
	{ name: 'usePmi', key: 'use_pmi', displayName: 'Use Personal Meeting ID', kind: 'boolean', description: "Whether the meeting uses the host's Personal Meeting ID (scheduled and no-fixed-time recurring meetings)" },
	{ name: 'waitingRoom', key: 'waiting_room', displayName: 'Waiting Room', kind: 'boolean', description: 'Whether the waiting room is on (it turns Join Before Host off)' },
	{ name: 'watermark', key: 'watermark', displayName: 'Watermark', kind: 'boolean', description: 'Whether a watermark is added to shared screens' },
];

/** The settings Zoom can change for one occurrence of a recurring meeting. */
export const OCCURRENCE_SETTINGS = new Set([
	'host_video',
	'participant_video',
	'join_before_host',
	'mute_upon_entry',
	'waiting_room',
	'watermark',
	'auto_recording',
]);

function plainProperty(setting: PlainSetting): INodeProperties {
	const base = { displayName: setting.displayName, name: setting.name, description: setting.description };
	switch (setting.kind) {
		case 'boolean':
			return setting.default === true ? { ...base, type: 'boolean', default: true } : { ...base, type: 'boolean', default: false };
		case 'options':
			return { ...base, type: 'options', options: setting.options ?? [], default: setting.default ?? '' };
		default:
			return {
				...base,
				type: 'string',
				default: '',
				...(setting.placeholder ? { placeholder: setting.placeholder } : {}),
			};
	}
}

const booleanValue = (displayName: string, name: string, description: string, defaultValue = true): INodeProperties =>
	defaultValue
		? { displayName, name, type: 'boolean', default: true, description }
		: { displayName, name, type: 'boolean', default: false, description };

const emailValue: INodeProperties = {
	displayName: 'Email',
	name: 'email',
	type: 'string',
	placeholder: 'name@email.com',
	default: '',
	required: true,
};

const COMPLEX_PROPERTIES: INodeProperties[] = [
	{
		displayName: 'Approved or Denied Countries or Regions',
		name: 'approvedOrDeniedCountriesOrRegions',
		type: 'fixedCollection',
		default: {},
		placeholder: 'Add Country or Region Rule',
		description: 'Allow only, or block, participants from some countries or regions',
		options: [
			{
				displayName: 'Rule',
				name: 'values',
				values: [
					{
						displayName: 'Approved List',
						name: 'approvedList',
						type: 'string',
						default: '',
						placeholder: 'e.g. US,CA',
						description: 'Two-letter codes of the countries or regions allowed to join, separated by commas',
					},
					{
						displayName: 'Denied List',
						name: 'deniedList',
						type: 'string',
						default: '',
						placeholder: 'e.g. CX',
						description: 'Two-letter codes of the countries or regions blocked from joining, separated by commas',
					},
					booleanValue('Enable', 'enable', 'Whether the rule is on'),
					{
						displayName: 'Method',
						name: 'method',
						type: 'options',
						options: [
							{ name: 'Approve', value: 'approve', description: 'Allow only the approved list' },
							{ name: 'Deny', value: 'deny', description: 'Block the denied list' },
						],
						default: 'approve',
					},
				],
			},
		],
	},
	{
		displayName: 'Authentication Exceptions',
		name: 'authenticationException',
		type: 'fixedCollection',
		default: {},
		placeholder: 'Add Exception',
		typeOptions: { multipleValues: true },
		description: 'Participants who bypass meeting authentication with their own invite links; replaces the current list',
		options: [
			{
				displayName: 'Exception',
				name: 'exception',
				values: [
					emailValue,
					{
						displayName: 'Join URL',
						name: 'joinUrl',
						type: 'string',
						default: '',
						description: "The participant's join URL",
					},
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						description: "The participant's name",
					},
				],
			},
		],
	},
	{
		displayName: 'Breakout Rooms',
		name: 'breakoutRoom',
		type: 'fixedCollection',
		default: {},
		placeholder: 'Add Breakout Rooms',
		description: 'Pre-assigned breakout rooms',
		options: [
			{
				displayName: 'Breakout Rooms',
				name: 'values',
				values: [
					booleanValue('Enable', 'enable', 'Whether breakout rooms are pre-assigned'),
					{
						displayName: 'Rooms',
						name: 'rooms',
						type: 'fixedCollection',
						default: {},
						placeholder: 'Add Room',
						typeOptions: { multipleValues: true },
						options: [
							{
								displayName: 'Room',
								name: 'room',
								values: [
									{
										displayName: 'Name',
										name: 'name',
										type: 'string',
										default: '',
										required: true,
										description: 'Name of the room',
									},
									{
										displayName: 'Participants',
										name: 'participants',
										type: 'string',
										default: '',
										placeholder: 'e.g. ada@example.com, bob@example.com',
										description: 'Emails of the participants assigned to the room, separated by commas',
									},
								],
							},
						],
					},
				],
			},
		],
	},
	{
		displayName: 'Continuous Meeting Chat',
		name: 'continuousMeetingChat',
		type: 'fixedCollection',
		default: {},
		placeholder: 'Add Continuous Meeting Chat',
		options: [
			{
				displayName: 'Continuous Meeting Chat',
				name: 'values',
				values: [
					booleanValue(
						'Auto Add Invited External Users',
						'autoAddInvitedExternalUsers',
						'Whether invited external users are added to the chat automatically',
						false,
					),
					booleanValue('Enable', 'enable', 'Whether continuous meeting chat is on'),
				],
			},
		],
	},
	{
		displayName: 'Custom Keys',
		name: 'customKeys',
		type: 'fixedCollection',
		default: {},
		placeholder: 'Add Custom Key',
		typeOptions: { multipleValues: true },
		description: 'Up to 10 custom keys and values; replaces the current list',
		options: [
			{
				displayName: 'Custom Key',
				name: 'customKey',
				values: [
					{
						displayName: 'Key',
						name: 'key',
						type: 'string',
						default: '',
						required: true,
						description: 'At most 64 characters',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: 'At most 256 characters',
					},
				],
			},
		],
	},
	{
		displayName: 'Global Dial-In Numbers',
		name: 'globalDialInNumbers',
		type: 'fixedCollection',
		default: {},
		placeholder: 'Add Dial-In Number',
		typeOptions: { multipleValues: true },
		options: [
			{
				displayName: 'Number',
				name: 'number',
				values: [
					{ displayName: 'City', name: 'city', type: 'string', default: '', placeholder: 'e.g. New York' },
					{ displayName: 'Country', name: 'country', type: 'string', default: '', placeholder: 'e.g. US', description: 'Two-letter country code' },
					{ displayName: 'Country Name', name: 'countryName', type: 'string', default: '', placeholder: 'e.g. United States' },
					{ displayName: 'Number', name: 'number', type: 'string', default: '', placeholder: 'e.g. +1 1000200200' },
					{
						displayName: 'Type',
						name: 'type',
						type: 'options',
						options: [
							{ name: 'Toll', value: 'toll' },
							{ name: 'Toll-Free', value: 'tollfree' },
						],
						default: 'toll',
					},
				],
			},
		],
	},
	{
		displayName: 'Language Interpretation',
		name: 'languageInterpretation',
		type: 'fixedCollection',
		default: {},
		placeholder: 'Add Language Interpretation',
		options: [
			{
				displayName: 'Language Interpretation',
				name: 'values',
				values: [
					booleanValue('Enable', 'enable', 'Whether language interpretation is on'),
					{
						displayName: 'Interpreters',
						name: 'interpreters',
						type: 'fixedCollection',
						default: {},
						placeholder: 'Add Interpreter',
						typeOptions: { multipleValues: true },
						options: [
							{
								displayName: 'Interpreter',
								name: 'interpreter',
								values: [
									emailValue,
									{
										displayName: 'Languages',
										name: 'languages',
										type: 'string',
										default: '',
										required: true,
										placeholder: 'e.g. US,FR',
										description: 'The two languages interpreted between, as two codes separated by a comma',
									},
								],
							},
						],
					},
				],
			},
		],
	},
	{
		displayName: 'Resources',
		name: 'resources',
		type: 'fixedCollection',
		default: {},
		placeholder: 'Add Resource',
		typeOptions: { multipleValues: true },
		description: 'Resources, such as whiteboards, shared with the meeting',
		options: [
			{
				displayName: 'Resource',
				name: 'resource',
				values: [
					{
						displayName: 'Permission Level',
						name: 'permissionLevel',
						type: 'options',
						options: [
							{ name: 'Commenter', value: 'commenter' },
							{ name: 'Editor', value: 'editor' },
							{ name: 'Viewer', value: 'viewer' },
						],
						default: 'editor',
					},
					{
						displayName: 'Resource ID',
						name: 'resourceId',
						type: 'string',
						default: '',
						required: true,
					},
					{
						displayName: 'Resource Type',
						name: 'resourceType',
						type: 'options',
						options: [{ name: 'Whiteboard', value: 'whiteboard' }],
						default: 'whiteboard',
					},
				],
			},
		],
	},
	{
		displayName: 'Sign Language Interpretation',
		name: 'signLanguageInterpretation',
		type: 'fixedCollection',
		default: {},
		placeholder: 'Add Sign Language Interpretation',
		options: [
			{
				displayName: 'Sign Language Interpretation',
				name: 'values',
				values: [
					booleanValue('Enable', 'enable', 'Whether sign language interpretation is on'),
					{
						displayName: 'Interpreters',
						name: 'interpreters',
						type: 'fixedCollection',
						default: {},
						placeholder: 'Add Interpreter',
						typeOptions: { multipleValues: true },
						options: [
							{
								displayName: 'Interpreter',
								name: 'interpreter',
								values: [
									emailValue,
									{
										displayName: 'Sign Language',
										name: 'signLanguage',
										type: 'string',
										default: '',
										required: true,
										placeholder: 'e.g. American',
									},
								],
							},
						],
					},
				],
			},
		],
	},
];

/** The "Settings" collection's options, alphabetized by display name. */
export const settingsOptions: INodeProperties[] = [...PLAIN_SETTINGS.map(plainProperty), ...COMPLEX_PROPERTIES].sort((a, b) =>
	a.displayName.localeCompare(b.displayName, 'en'),
);

/** Zoom's settings keys, in the order this module knows them (for tests and docs). */
export const SETTINGS_KEYS: string[] = [
	...PLAIN_SETTINGS.map((setting) => setting.key),
	'approved_or_denied_countries_or_regions',
	'authentication_exception',
	'breakout_room',
	'continuous_meeting_chat',
	'custom_keys',
	'global_dial_in_numbers',
	'language_interpretation',
	'resources',
	'sign_language_interpretation',
];

function assert(field: string, problem: Problem): void {
	if (problem) throw new FieldProblem(field, problem);
}

/** Splits "a, b;c" into ["a", "b", "c"], dropping empty entries. */
export function splitList(value: unknown, separators: RegExp = /[,;]/): string[] {
	if (Array.isArray(value)) return value.map((entry) => String(entry).trim()).filter((entry) => entry !== '');
	if (typeof value !== 'string') return [];
	return value
		.split(separators)
		.map((entry) => entry.trim())
		.filter((entry) => entry !== '');
}

const COUNTRY = /^[A-Z]{2}$/;
const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;

function countryList(value: unknown, field: string): string[] {
	if (value !== undefined && value !== null && typeof value !== 'string' && !Array.isArray(value)) {
		throw new FieldProblem(field, 'must be two-letter country codes separated by commas');
	}
	const codes = splitList(value, /,/).map((code) => code.toUpperCase());
	for (const code of codes) {
		if (!COUNTRY.test(code)) throw new FieldProblem(field, `must be two-letter country codes separated by commas ("${code}" is not one)`);
	}
	return codes;
}

function emailList(value: unknown, field: string): string[] {
	if (value !== undefined && value !== null && typeof value !== 'string' && !Array.isArray(value)) {
		throw new FieldProblem(field, 'must be email addresses separated by commas');
	}
	const emails = splitList(value);
	emails.forEach((email) => {
		if (checkEmail(email)) throw new FieldProblem(field, `must be email addresses separated by commas ("${email}" is not one)`);
	});
	return emails;
}

function buildPlain(setting: PlainSetting, value: unknown, field: string): unknown {
	switch (setting.kind) {
		case 'boolean':
			assert(field, checkBoolean(value));
			return value;
		case 'options':
			assert(field, checkOneOf(value, (setting.options ?? []).map((option) => option.value)));
			return value;
		case 'string':
			assert(field, checkString(value, { maxLength: setting.maxLength }));
			return value === '' || value === undefined || value === null ? undefined : value;
		case 'email':
			assert(field, checkEmail(value, false));
			return value === '' || value === undefined || value === null ? undefined : value;
		case 'hostList': {
			if (value !== undefined && value !== null && typeof value !== 'string') throw new FieldProblem(field, 'must be text');
			const hosts = splitList(value);
			for (const host of hosts) {
				if (checkEmail(host) && !USER_ID.test(host)) {
					throw new FieldProblem(field, `must be emails or user IDs separated by semicolons ("${host}" is neither)`);
				}
			}
			return hosts.length > 0 ? hosts.join(';') : undefined;
		}
		case 'countryList': {
			const codes = countryList(value, field);
			return codes.length > 0 ? codes : undefined;
		}
		case 'inviteeList': {
			const emails = emailList(value, field);
			return emails.length > 0 ? emails.map((email) => ({ email })) : undefined;
		}
	}
}

function record(value: unknown): IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : {};
}

/** Entries of a multiple-value fixedCollection: `{ [name]: [entries] }`. */
function entries(value: unknown, name: string): IDataObject[] {
	const list = record(value)[name];
	if (list === undefined) return [];
	return (Array.isArray(list) ? list : [list]).map(record);
}

/** The values of a single-value fixedCollection: `{ values: {...} }`, or undefined when not filled in. */
function single(value: unknown): IDataObject | undefined {
	const values = record(value).values;
	if (Array.isArray(values)) return values.length > 0 ? record(values[0]) : undefined;
	return values === undefined ? undefined : record(values);
}

function optionalBoolean(target: IDataObject, key: string, value: unknown, field: string): void {
	if (value === undefined) return;
	assert(field, checkBoolean(value));
	target[key] = value;
}

type ComplexBuilder = (value: unknown, field: string) => unknown;

const COMPLEX_BUILDERS: Record<string, { key: string; displayName: string; build: ComplexBuilder }> = {
	approvedOrDeniedCountriesOrRegions: {
		key: 'approved_or_denied_countries_or_regions',
		displayName: 'Approved or Denied Countries or Regions',
		build(value, field) {
			const rule = single(value);
			if (!rule) return undefined;
			const result: IDataObject = {};
			optionalBoolean(result, 'enable', rule.enable, `${field} › Enable`);
			if (rule.method !== undefined) {
				assert(`${field} › Method`, checkOneOf(rule.method, ['approve', 'deny']));
				result.method = rule.method;
			}
			const approved = countryList(rule.approvedList, `${field} › Approved List`);
			const denied = countryList(rule.deniedList, `${field} › Denied List`);
			if (approved.length > 0) result.approved_list = approved;
			if (denied.length > 0) result.denied_list = denied;
			if (result.enable !== false && result.method === 'approve' && approved.length === 0) {
				throw new FieldProblem(`${field} › Approved List`, 'is required when the method is Approve');
			}
			if (result.enable !== false && result.method === 'deny' && denied.length === 0) {
				throw new FieldProblem(`${field} › Denied List`, 'is required when the method is Deny');
			}
			return result;
		},
	},
	authenticationException: {
		key: 'authentication_exception',
		displayName: 'Authentication Exceptions',
		build(value, field) {
			return entries(value, 'exception').map((exception, index) => {
				const label = `${field} › Exception ${index + 1}`;
				assert(`${label} › Email`, checkEmail(exception.email));
				assert(`${label} › Name`, checkString(exception.name, {}));
				assert(`${label} › Join URL`, checkUrl(exception.joinUrl, false));
				const result: IDataObject = { email: exception.email };
				if (exception.name) result.name = exception.name;
				if (exception.joinUrl) result.join_url = exception.joinUrl;
				return result;
			});
		},
	},
	breakoutRoom: {
		key: 'breakout_room',
		displayName: 'Breakout Rooms',
		build(value, field) {
			const breakout = single(value);
			if (!breakout) return undefined;
			const result: IDataObject = {};
			optionalBoolean(result, 'enable', breakout.enable, `${field} › Enable`);
			const rooms = entries(breakout.rooms, 'room');
			if (rooms.length > 0) {
				result.rooms = rooms.map((room, index) => {
					const label = `${field} › Room ${index + 1}`;
					assert(`${label} › Name`, checkString(room.name, { required: true }));
					return { name: room.name, participants: emailList(room.participants, `${label} › Participants`) };
				});
			}
			return result;
		},
	},
	continuousMeetingChat: {
		key: 'continuous_meeting_chat',
		displayName: 'Continuous Meeting Chat',
		build(value, field) {
			const chat = single(value);
			if (!chat) return undefined;
			const result: IDataObject = {};
			optionalBoolean(result, 'enable', chat.enable, `${field} › Enable`);
			optionalBoolean(
				result,
				'auto_add_invited_external_users',
				chat.autoAddInvitedExternalUsers,
				`${field} › Auto Add Invited External Users`,
			);
			return result;
		},
	},
	customKeys: {
		key: 'custom_keys',
		displayName: 'Custom Keys',
		build(value, field) {
			const keys = entries(value, 'customKey');
			assert(field, checkCount(keys, 10));
			return keys.map((entry, index) => {
				const label = `${field} › Custom Key ${index + 1}`;
				assert(`${label} › Key`, checkString(entry.key, { required: true, maxLength: 64 }));
				assert(`${label} › Value`, checkString(entry.value, { maxLength: 256 }));
				return { key: entry.key, value: entry.value ?? '' };
			});
		},
	},
	globalDialInNumbers: {
		key: 'global_dial_in_numbers',
		displayName: 'Global Dial-In Numbers',
		build(value, field) {
			return entries(value, 'number').map((entry, index) => {
				const label = `${field} › Number ${index + 1}`;
				const result: IDataObject = {};
				for (const [name, key, display] of [
					['city', 'city', 'City'],
					['countryName', 'country_name', 'Country Name'],
					['number', 'number', 'Number'],
				] as const) {
					assert(`${label} › ${display}`, checkString(entry[name], {}));
					if (entry[name]) result[key] = entry[name];
				}
				if (entry.country !== undefined && entry.country !== '') {
					const codes = countryList(entry.country, `${label} › Country`);
					if (codes.length !== 1) throw new FieldProblem(`${label} › Country`, 'must be one two-letter country code');
					result.country = codes[0];
				}
				if (entry.type !== undefined) {
					assert(`${label} › Type`, checkOneOf(entry.type, ['toll', 'tollfree']));
					result.type = entry.type;
				}
				return result;
			});
		},
	},
	languageInterpretation: {
		key: 'language_interpretation',
		displayName: 'Language Interpretation',
		build(value, field) {
			const interpretation = single(value);
			if (!interpretation) return undefined;
			const result: IDataObject = {};
			optionalBoolean(result, 'enable', interpretation.enable, `${field} › Enable`);
			const interpreters = entries(interpretation.interpreters, 'interpreter');
			if (interpreters.length > 0) {
				result.interpreters = interpreters.map((interpreter, index) => {
					const label = `${field} › Interpreter ${index + 1}`;
					assert(`${label} › Email`, checkEmail(interpreter.email));
					const languages = countryList(interpreter.languages, `${label} › Languages`);
					if (languages.length !== 2) throw new FieldProblem(`${label} › Languages`, 'must be two codes separated by a comma, such as US,FR');
					return { email: interpreter.email, languages: languages.join(',') };
				});
			}
			return result;
		},
	},
	resources: {
		key: 'resources',
		displayName: 'Resources',
		build(value, field) {
			return entries(value, 'resource').map((resource, index) => {
				const label = `${field} › Resource ${index + 1}`;
				assert(`${label} › Resource Type`, checkOneOf(resource.resourceType ?? 'whiteboard', ['whiteboard']));
				assert(`${label} › Resource ID`, checkString(resource.resourceId, { required: true }));
				assert(`${label} › Permission Level`, checkOneOf(resource.permissionLevel ?? 'editor', ['editor', 'commenter', 'viewer']));
				return {
					resource_type: resource.resourceType ?? 'whiteboard',
					resource_id: resource.resourceId,
					permission_level: resource.permissionLevel ?? 'editor',
				};
			});
		},
	},
	signLanguageInterpretation: {
		key: 'sign_language_interpretation',
		displayName: 'Sign Language Interpretation',
		build(value, field) {
			const interpretation = single(value);
			if (!interpretation) return undefined;
			const result: IDataObject = {};
			optionalBoolean(result, 'enable', interpretation.enable, `${field} › Enable`);
			const interpreters = entries(interpretation.interpreters, 'interpreter');
			if (interpreters.length > 0) {
				result.interpreters = interpreters.map((interpreter, index) => {
					const label = `${field} › Interpreter ${index + 1}`;
					assert(`${label} › Email`, checkEmail(interpreter.email));
					assert(`${label} › Sign Language`, checkString(interpreter.signLanguage, { required: true, maxLength: 64 }));
					return { email: interpreter.email, sign_language: interpreter.signLanguage };
				});
			}
			return result;
		},
	},
};

const PLAIN_BY_NAME = new Map(PLAIN_SETTINGS.map((setting) => [setting.name, setting]));

/**
 * Zoom's `settings` object from the "Settings" collection. A text setting added but left empty is not sent;
 * a list setting replaces Zoom's current list.
 */
export function buildSettings(input: IDataObject, label = 'Settings'): IDataObject {
	const settings: IDataObject = {};
	for (const [name, value] of Object.entries(input)) {
		const plain = PLAIN_BY_NAME.get(name);
		if (plain) {
			const built = buildPlain(plain, value, `${label} › ${plain.displayName}`);
			if (built !== undefined) settings[plain.key] = built as IDataObject[keyof IDataObject];
			continue;
		}
		const complex = COMPLEX_BUILDERS[name];
		if (!complex) throw new FieldProblem(`${label} › ${name}`, 'is not a Zoom meeting setting');
		const built = complex.build(value, `${label} › ${complex.displayName}`);
		if (built !== undefined) settings[complex.key] = built as IDataObject[keyof IDataObject];
	}
	return settings;
}

/** The display name of a Zoom settings key, for messages. */
export function settingDisplayName(key: string): string {
	const plain = PLAIN_SETTINGS.find((setting) => setting.key === key);
	if (plain) return plain.displayName;
	return Object.values(COMPLEX_BUILDERS).find((builder) => builder.key === key)?.displayName ?? key;
}
