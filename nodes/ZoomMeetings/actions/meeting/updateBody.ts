import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { checkBoolean, checkEmail, checkInteger, checkOneOf, checkString, toInteger } from '../../../shared/validation';
import type { Problem } from '../../../shared/validation';
import { FieldProblem } from './common';
import { buildSettings, OCCURRENCE_SETTINGS, settingDisplayName, settingsOptions } from './settings';
import { isTimeZone, parseStartTime, toZoomUtc } from './startTime';

/**
 * The body of `PATCH /meetings/{meetingId}` (seed 002) from the "Update Fields" collection: every top-level
 * field, `recurrence` with all its keys, and `settings` (see settings.ts). Pure, so it is unit-tested directly.
 */

const WEEKDAYS = [
	{ name: 'Sunday', value: '1' },
	{ name: 'Monday', value: '2' },
	{ name: 'Tuesday', value: '3' },
	{ name: 'Wednesday', value: '4' },
	{ name: 'Thursday', value: '5' },
	{ name: 'Friday', value: '6' },
	{ name: 'Saturday', value: '7' },
];

const recurrenceOptions: INodeProperties[] = [
	{
		displayName: 'End Date Time',
		name: 'endDateTime',
		type: 'dateTime',
		default: '',
		description: 'Last date the meeting recurs on (sent in GMT); cannot be combined with End Times',
	},
	{
		displayName: 'End Times',
		name: 'endTimes',
		type: 'number',
		default: 1,
		typeOptions: { minValue: 1, maxValue: 365, numberPrecision: 0 },
		description: 'How many times the meeting recurs (1 to 365); cannot be combined with End Date Time',
	},
	{
		displayName: 'Monthly Day',
		name: 'monthlyDay',
		type: 'number',
		default: 1,
		typeOptions: { minValue: 1, maxValue: 31, numberPrecision: 0 },
		description: 'Day of the month the meeting recurs on (monthly recurrence only)',
	},
	{
		displayName: 'Monthly Week',
		name: 'monthlyWeek',
		type: 'options',
		options: [
			{ name: 'First Week', value: 1 },
			{ name: 'Fourth Week', value: 4 },
			{ name: 'Last Week', value: -1 },
			{ name: 'Second Week', value: 2 },
			{ name: 'Third Week', value: 3 },
		],
		default: 1,
		description: 'Week of the month the meeting recurs in (monthly recurrence only; use with Monthly Week Day)',
	},
	{
		displayName: 'Monthly Week Day',
		name: 'monthlyWeekDay',
		type: 'options',
		options: [...WEEKDAYS.map((day) => ({ name: day.name, value: Number(day.value) }))].sort((a, b) => a.name.localeCompare(b.name)),
		default: 2,
		description: 'Day of the week the meeting recurs on (monthly recurrence only; use with Monthly Week)',
	},
	{
		displayName: 'Repeat Interval',
		name: 'repeatInterval',
		type: 'number',
		default: 1,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: 'Recur every this many days (at most 90), weeks (at most 12) or months (at most 3)',
	},
	{
		displayName: 'Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Daily', value: 1 },
			{ name: 'Monthly', value: 3 },
			{ name: 'Weekly', value: 2 },
		],
		default: 2,
		description: 'How the meeting recurs (required whenever Recurrence is given)',
	},
	{
		displayName: 'Weekly Days',
		name: 'weeklyDays',
		type: 'multiOptions',
		options: [...WEEKDAYS].sort((a, b) => a.name.localeCompare(b.name)),
		default: [],
		description: 'Days of the week the meeting recurs on (weekly recurrence only)',
	},
];

export const updateFieldsOptions: INodeProperties[] = [
	{
		displayName: 'Agenda',
		name: 'agenda',
		type: 'string',
		default: '',
		typeOptions: { rows: 4 },
		description: 'Meeting description, at most 2000 characters',
	},
	{
		displayName: 'Duration (Minutes)',
		name: 'duration',
		type: 'number',
		default: 60,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description: 'Meeting duration in minutes (scheduled meetings)',
	},
	{
		displayName: 'Meeting Type',
		name: 'type',
		type: 'options',
		options: [
			{ name: 'Instant', value: 1 },
			{ name: 'Recurring With Fixed Time', value: 8 },
			{ name: 'Recurring With No Fixed Time', value: 3 },
			{ name: 'Scheduled', value: 2 },
		],
		default: 2,
	},
	{
		displayName: 'Passcode',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'At most 10 characters: letters, digits, @, -, _ and * (account passcode rules may require more)',
	},
	{
		displayName: 'Pre-Schedule',
		name: 'preSchedule',
		type: 'boolean',
		default: false,
		description: 'Whether the meeting is pre-scheduled through the Zoom for Google Workspace add-on (scheduled and no-fixed-time recurring meetings only)',
	},
	{
		displayName: 'Recurrence',
		name: 'recurrence',
		type: 'collection',
		placeholder: 'Add Recurrence Field',
		default: {},
		description: 'When a recurring meeting with a fixed time recurs; Type is required',
		options: recurrenceOptions,
	},
	{
		displayName: 'Schedule For',
		name: 'scheduleFor',
		type: 'string',
		default: '',
		placeholder: 'e.g. jchill@example.com',
		description: 'Email or user ID of the user the meeting is scheduled for (not for instant meetings)',
	},
	{
		displayName: 'Settings',
		name: 'settings',
		type: 'collection',
		placeholder: 'Add Setting',
		default: {},
		options: settingsOptions,
	},
	{
		displayName: 'Start Time',
		name: 'startTime',
		type: 'dateTime',
		default: '',
		description:
			"Must be in the future. A time without an offset is read in the Timezone field when given, otherwise in the workflow's time zone.",
	},
	{
		displayName: 'Template ID',
		name: 'templateId',
		type: 'string',
		default: '',
		description: 'ID of an account admin meeting template to apply',
	},
	{
		displayName: 'Timezone',
		name: 'timezone',
		type: 'string',
		default: '',
		placeholder: 'e.g. America/Los_Angeles',
		description: 'Time zone of the meeting (scheduled meetings), as a tz database name',
	},
	{
		displayName: 'Topic',
		name: 'topic',
		type: 'string',
		default: '',
		description: 'Meeting topic, at most 200 characters',
	},
	{
		displayName: 'Tracking Fields',
		name: 'trackingFields',
		type: 'fixedCollection',
		default: {},
		placeholder: 'Add Tracking Field',
		typeOptions: { multipleValues: true },
		description: "The meeting's tracking fields; replaces the current list",
		options: [
			{
				displayName: 'Tracking Field',
				name: 'field',
				values: [
					{ displayName: 'Field', name: 'field', type: 'string', default: '', required: true, description: 'Name of the tracking field' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	},
];

export const TOPIC_MAX = 200;
export const AGENDA_MAX = 2000;
export const PASSCODE_MAX = 10;
const PASSCODE = /^[A-Za-z0-9@\-_*]+$/;
const USER_ID = /^[A-Za-z0-9_-]{1,64}$/;
const MEETING_TYPES = [1, 2, 3, 8];
const REPEAT_MAX: Record<number, number> = { 1: 90, 2: 12, 3: 3 };
const RECURRENCE_NAMES: Record<number, string> = { 1: 'daily', 2: 'weekly', 3: 'monthly' };

/** The top-level fields Zoom can change for one occurrence of a recurring meeting. */
const OCCURRENCE_FIELDS = new Set(['agenda', 'start_time', 'duration', 'settings']);

const FIELD_LABELS: Record<string, string> = {
	agenda: 'Agenda',
	duration: 'Duration (Minutes)',
	type: 'Meeting Type',
	password: 'Passcode',
	preSchedule: 'Pre-Schedule',
	recurrence: 'Recurrence',
	scheduleFor: 'Schedule For',
	settings: 'Settings',
	startTime: 'Start Time',
	templateId: 'Template ID',
	timezone: 'Timezone',
	topic: 'Topic',
	trackingFields: 'Tracking Fields',
};

const ZOOM_KEYS: Record<string, string> = {
	agenda: 'agenda',
	duration: 'duration',
	type: 'type',
	password: 'password',
	preSchedule: 'pre_schedule',
	recurrence: 'recurrence',
	scheduleFor: 'schedule_for',
	settings: 'settings',
	startTime: 'start_time',
	templateId: 'template_id',
	timezone: 'timezone',
	topic: 'topic',
	trackingFields: 'tracking_fields',
};

function assert(field: string, problem: Problem): void {
	if (problem) throw new FieldProblem(field, problem);
}

function isEmpty(value: unknown): boolean {
	return value === undefined || value === null || value === '';
}

function record(value: unknown): IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as IDataObject) : {};
}

export interface UpdateContext {
	/** Set when one occurrence of a recurring meeting is changed. */
	occurrenceId?: string;
	/** The workflow's time zone: a start time without an offset is read in it when no Timezone is given. */
	workflowTimezone: string;
	/** Epoch milliseconds, for refusing a start time in the past. */
	now: number;
}

export interface UpdateBody {
	body: IDataObject;
	/** Zoom's names of what is changed: top-level keys, and `settings.<key>` for each setting. */
	updatedFields: string[];
}

export function buildRecurrence(input: IDataObject, workflowTimezone: string, label = 'Recurrence'): IDataObject {
	const field = (name: string) => `${label} › ${name}`;
	const type = input.type;
	assert(field('Type'), checkOneOf(type, [1, 2, 3]));
	const recurrenceType = type as number;
	const kind = RECURRENCE_NAMES[recurrenceType];
	const result: IDataObject = { type: recurrenceType };
	if (!isEmpty(input.repeatInterval)) {
		assert(field('Repeat Interval'), checkInteger(input.repeatInterval, { min: 1, max: REPEAT_MAX[recurrenceType] }));
		result.repeat_interval = toInteger(input.repeatInterval);
	}
	const weeklyDays = Array.isArray(input.weeklyDays)
		? input.weeklyDays.map(String)
		: typeof input.weeklyDays === 'string'
			? input.weeklyDays.split(',').map((day) => day.trim()).filter((day) => day !== '')
			: [];
	if (weeklyDays.length > 0) {
		if (recurrenceType !== 2) throw new FieldProblem(field('Weekly Days'), `applies only to weekly recurrence (this one is ${kind})`);
		for (const day of weeklyDays) assert(field('Weekly Days'), checkOneOf(day, WEEKDAYS.map((weekday) => weekday.value)));
		result.weekly_days = [...new Set(weeklyDays)].sort().join(',');
	}
	const monthly = ['monthlyDay', 'monthlyWeek', 'monthlyWeekDay'].filter((name) => !isEmpty(input[name]));
	if (monthly.length > 0 && recurrenceType !== 3) {
		throw new FieldProblem(field(monthly[0] === 'monthlyDay' ? 'Monthly Day' : monthly[0] === 'monthlyWeek' ? 'Monthly Week' : 'Monthly Week Day'), `applies only to monthly recurrence (this one is ${kind})`);
	}
	if (!isEmpty(input.monthlyDay)) {
		assert(field('Monthly Day'), checkInteger(input.monthlyDay, { min: 1, max: 31 }));
		result.monthly_day = toInteger(input.monthlyDay);
	}
	const hasWeek = !isEmpty(input.monthlyWeek);
	const hasWeekDay = !isEmpty(input.monthlyWeekDay);
	if (hasWeek !== hasWeekDay) {
		throw new FieldProblem(field(hasWeek ? 'Monthly Week Day' : 'Monthly Week'), 'is required together with ' + (hasWeek ? 'Monthly Week' : 'Monthly Week Day'));
	}
	if (hasWeek) {
		if (!isEmpty(input.monthlyDay)) throw new FieldProblem(field('Monthly Day'), 'cannot be combined with Monthly Week and Monthly Week Day');
		assert(field('Monthly Week'), checkOneOf(input.monthlyWeek, [-1, 1, 2, 3, 4]));
		assert(field('Monthly Week Day'), checkOneOf(input.monthlyWeekDay, [1, 2, 3, 4, 5, 6, 7]));
		result.monthly_week = input.monthlyWeek;
		result.monthly_week_day = input.monthlyWeekDay;
	}
	const hasEndTimes = !isEmpty(input.endTimes);
	const hasEndDate = !isEmpty(input.endDateTime);
	if (hasEndTimes && hasEndDate) throw new FieldProblem(field('End Times'), 'cannot be combined with End Date Time');
	if (hasEndTimes) {
		assert(field('End Times'), checkInteger(input.endTimes, { min: 1, max: 365 }));
		result.end_times = toInteger(input.endTimes);
	}
	if (hasEndDate) {
		result.end_date_time = toZoomUtc(parseStartTime(input.endDateTime, undefined, workflowTimezone, field('End Date Time')).instant);
	}
	for (const name of Object.keys(input)) {
		if (!recurrenceOptions.some((option) => option.name === name)) throw new FieldProblem(field(name), 'is not a recurrence field');
	}
	return result;
}

function buildTrackingFields(value: unknown): IDataObject[] {
	const list = record(value).field;
	const entries = (Array.isArray(list) ? list : list === undefined ? [] : [list]).map(record);
	return entries.map((entry, index) => {
		const label = `Tracking Fields › Tracking Field ${index + 1}`;
		assert(`${label} › Field`, checkString(entry.field, { required: true, maxLength: 255 }));
		assert(`${label} › Value`, checkString(entry.value, { maxLength: 255 }));
		return { field: entry.field, value: entry.value ?? '' };
	});
}

/** Builds and validates the update body; throws a FieldProblem naming the first field that is wrong. */
export function buildUpdateBody(fields: IDataObject, context: UpdateContext): UpdateBody {
	for (const name of Object.keys(fields)) {
		if (!(name in ZOOM_KEYS)) throw new FieldProblem(name, 'is not a field of a Zoom meeting update');
	}
	const body: IDataObject = {};

	if (!isEmpty(fields.agenda)) {
		assert('Agenda', checkString(fields.agenda, { maxLength: AGENDA_MAX }));
		body.agenda = fields.agenda;
	}
	if (!isEmpty(fields.duration)) {
		assert('Duration (Minutes)', checkInteger(fields.duration, { min: 1 }));
		body.duration = toInteger(fields.duration);
	}
	if (fields.type !== undefined) {
		assert('Meeting Type', checkOneOf(fields.type, MEETING_TYPES));
		body.type = fields.type;
	}
	if (!isEmpty(fields.password)) {
		assert(
			'Passcode',
			checkString(fields.password, {
				maxLength: PASSCODE_MAX,
				pattern: PASSCODE,
				patternHint: 'only letters, digits, @, -, _ and *',
			}),
		);
		body.password = fields.password;
	}
	if (fields.preSchedule !== undefined) {
		assert('Pre-Schedule', checkBoolean(fields.preSchedule));
		if (fields.preSchedule === true && body.type !== undefined && body.type !== 2 && body.type !== 3) {
			throw new FieldProblem('Pre-Schedule', 'applies only to scheduled meetings and recurring meetings with no fixed time (Meeting Type 2 or 3)');
		}
		body.pre_schedule = fields.preSchedule;
	}
	if (fields.recurrence !== undefined && Object.keys(record(fields.recurrence)).length > 0) {
		if (body.type !== undefined && body.type !== 8) {
			throw new FieldProblem('Recurrence', 'applies only to recurring meetings with a fixed time (Meeting Type 8)');
		}
		body.recurrence = buildRecurrence(record(fields.recurrence), context.workflowTimezone);
	}
	if (!isEmpty(fields.scheduleFor)) {
		const scheduleFor = fields.scheduleFor;
		if (typeof scheduleFor !== 'string' || (checkEmail(scheduleFor) && !USER_ID.test(scheduleFor))) {
			throw new FieldProblem('Schedule For', 'must be the email or user ID of a user');
		}
		if (body.type === 1) throw new FieldProblem('Schedule For', 'cannot be used with instant meetings (Meeting Type 1)');
		body.schedule_for = scheduleFor;
	}
	if (fields.settings !== undefined) {
		const settings = buildSettings(record(fields.settings));
		if (Object.keys(settings).length > 0) body.settings = settings;
	}
	let timezone: string | undefined;
	if (!isEmpty(fields.timezone)) {
		if (typeof fields.timezone !== 'string' || !isTimeZone(fields.timezone)) {
			throw new FieldProblem('Timezone', 'must be a tz database time zone such as America/Los_Angeles or UTC');
		}
		timezone = fields.timezone;
	}
	if (!isEmpty(fields.startTime)) {
		const startTime = parseStartTime(fields.startTime, timezone, context.workflowTimezone);
		if (startTime.instant <= context.now) {
			throw new FieldProblem(
				'Start Time',
				`is in the past (${toZoomUtc(startTime.instant)}); Zoom ignores a start time in the past and keeps the current one, so enter a future time`,
			);
		}
		body.start_time = startTime.value;
	}
	if (body.type === 8 && body.start_time !== undefined && body.recurrence === undefined && context.occurrenceId === undefined) {
		throw new FieldProblem('Recurrence', 'is required by Zoom when the start time of a recurring meeting with a fixed time (Meeting Type 8) changes');
	}
	if (!isEmpty(fields.templateId)) {
		assert('Template ID', checkString(fields.templateId, { maxLength: 255 }));
		body.template_id = fields.templateId;
	}
	if (timezone !== undefined) body.timezone = timezone;
	if (!isEmpty(fields.topic)) {
		assert('Topic', checkString(fields.topic, { maxLength: TOPIC_MAX }));
		body.topic = fields.topic;
	}
	if (fields.trackingFields !== undefined) {
		const trackingFields = buildTrackingFields(fields.trackingFields);
		if (trackingFields.length > 0) body.tracking_fields = trackingFields;
	}

	if (context.occurrenceId !== undefined) {
		for (const key of Object.keys(body)) {
			if (!OCCURRENCE_FIELDS.has(key)) {
				const name = Object.keys(ZOOM_KEYS).find((candidate) => ZOOM_KEYS[candidate] === key) ?? key;
				throw new FieldProblem(
					FIELD_LABELS[name] ?? key,
					'cannot be changed for a single occurrence; Zoom changes only Agenda, Duration, Start Time and the settings Host Video, Participant Video, Join Before Host, Mute Upon Entry, Waiting Room, Watermark and Auto Recording of one occurrence',
				);
			}
		}
		for (const key of Object.keys((body.settings as IDataObject | undefined) ?? {})) {
			if (!OCCURRENCE_SETTINGS.has(key)) {
				throw new FieldProblem(
					`Settings › ${settingDisplayName(key)}`,
					'cannot be changed for a single occurrence; Zoom changes only Host Video, Participant Video, Join Before Host, Mute Upon Entry, Waiting Room, Watermark and Auto Recording of one occurrence',
				);
			}
		}
	}

	const updatedFields: string[] = [];
	for (const key of Object.keys(body)) {
		if (key === 'settings') updatedFields.push(...Object.keys(body.settings as IDataObject).map((setting) => `settings.${setting}`));
		else updatedFields.push(key);
	}
	if (updatedFields.length === 0) {
		throw new FieldProblem('Update Fields', 'is empty: add at least one field to change (fields left empty are not sent)');
	}
	return { body, updatedFields };
}
