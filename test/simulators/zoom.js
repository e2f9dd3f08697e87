'use strict';
/**
 * Zoom Meetings API v2 simulator (seed 002 + zoom-meetings-core.openapi.yaml): the OAuth token endpoint
 * (Server-to-Server `account_credentials`, user OAuth `authorization_code` and `refresh_token`, Basic client
 * auth), bearer auth on /v2 (401 code 124), JSON bodies checked against the update-meeting schema
 * (`{code: 300, message: 'Validation Failed.', errors: [{field, message}]}`), 204 on PATCH and status PUT,
 * GET meeting, 404 code 3001, and Zoom's daily limit of 100 updates per meeting (429 with an ISO
 * `Retry-After` at the next 00:00 GMT and `X-RateLimit-Type: Daily-limit`).
 *
 * Also: create and list meetings per user (`me`, an ID or an email; 404 code 1001), delete (204; 3002 in
 * progress, 3007 ended, 3003 not the host) and recover, registrants (201 create, 3043 capacity, status updates of
 * at most 30 registrants), past meetings, their instances and participants (code 200 without a paid account), and
 * `next_page_token` paging with `sim.pageSizeLimit` to force several pages. Paths are decoded as Zoom's gateway
 * does: once before routing (so a single-encoded "/" splits the path and "//" collapses), then the meeting ID or
 * UUID once more; that is why UUIDs starting with "/" or containing "//" must be encoded twice.
 */
const crypto = require('node:crypto');

const { Simulator, HttpError, basicAuth } = require('./base');

const DEFAULT_CREDENTIALS = { accountId: 'sandbox-account', clientId: 'sandbox-client-id', clientSecret: 'sandbox-client-secret' };

const TOKEN_LIFETIME_S = 3600;
const SCOPES = [
	'meeting:read:meeting:admin',
	'meeting:update:meeting:admin',
	'meeting:update:status:admin',
	'user:read:user:admin',
	'user:read:list_users:admin',
].join(' ');

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PASSCODE = /^[A-Za-z0-9@\-_*]+$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

// ---- a tiny schema language for the update body -------------------------------------------------------

const str = (rules = {}) => ({ kind: 'string', ...rules });
const int = (rules = {}) => ({ kind: 'integer', ...rules });
const bool = () => ({ kind: 'boolean' });
const oneOf = (values) => ({ kind: 'enum', values });
const dateTime = () => ({ kind: 'dateTime' });
const email = () => ({ kind: 'string', pattern: EMAIL });
const obj = (properties) => ({ kind: 'object', properties });
const arr = (items, rules = {}) => ({ kind: 'array', items, ...rules });

const SETTINGS = obj({
	allow_multiple_devices: bool(),
	alternative_hosts: str(),
	alternative_hosts_email_notification: bool(),
	alternative_host_update_polls: bool(),
	approval_type: oneOf([0, 1, 2]),
	approved_or_denied_countries_or_regions: obj({
		approved_list: arr(str()),
		denied_list: arr(str()),
		enable: bool(),
		method: oneOf(['approve', 'deny']),
	}),
	audio: oneOf(['both', 'telephony', 'voip']),
	audio_conference_info: str({ maxLength: 2048 }),
	authentication_domains: str(),
	authentication_exception: arr(obj({ email: email(), name: str(), join_url: str() })),
	authentication_name: str(),
	authentication_option: str(),
	auto_recording: oneOf(['local', 'cloud', 'none']),
	breakout_room: obj({ enable: bool(), rooms: arr(obj({ name: str(), participants: arr(email()) })) }),
	calendar_type: oneOf([1, 2]),
	close_registration: bool(),
	cn_meeting: bool(),
	contact_email: email(),
	contact_name: str(),
	custom_keys: arr(obj({ key: str({ maxLength: 64 }), value: str({ maxLength: 256 }) }), { maxItems: 10 }),
	email_notification: bool(),
	encryption_type: oneOf(['enhanced_encryption', 'e2ee']),
	enforce_login: bool(),
	enforce_login_domains: str(),
	focus_mode: bool(),
	global_dial_in_countries: arr(str()),
	global_dial_in_numbers: arr(
		obj({ city: str(), country: str(), country_name: str(), number: str(), type: oneOf(['toll', 'tollfree']) }),
	),
	host_video: bool(),
	in_meeting: bool(),
	jbh_time: oneOf([0, 5, 10]),
	join_before_host: bool(),
	language_interpretation: obj({ enable: bool(), interpreters: arr(obj({ email: email(), languages: str() })) }),
	sign_language_interpretation: obj({ enable: bool(), interpreters: arr(obj({ email: email(), sign_language: str() })) }),
	meeting_authentication: bool(),
	meeting_invitees: arr(obj({ email: email() })),
	mute_upon_entry: bool(),
	participant_video: bool(),
	private_meeting: bool(),
	registrants_confirmation_email: bool(),
	registrants_email_notification: bool(),
	registration_type: oneOf([1, 2, 3]),
	show_share_button: bool(),
	use_pmi: bool(),
	waiting_room: bool(),
	watermark: bool(),
	host_save_video_order: bool(),
	internal_meeting: bool(),
	continuous_meeting_chat: obj({ enable: bool(), auto_add_invited_external_users: bool() }),
	participant_focused_meeting: bool(),
	resources: arr(obj({ resource_type: oneOf(['whiteboard']), resource_id: str(), permission_level: oneOf(['editor', 'commenter', 'viewer']) })),
	auto_start_meeting_summary: bool(),
	auto_start_ai_companion_questions: bool(),
});

const UPDATE_BODY = obj({
	agenda: str({ maxLength: 2000 }),
	duration: int({ min: 0 }),
	password: str({ maxLength: 10, pattern: PASSCODE }),
	pre_schedule: bool(),
	schedule_for: str(),
	recurrence: obj({
		type: oneOf([1, 2, 3]),
		end_date_time: dateTime(),
		end_times: int({ min: 1, max: 365 }),
		monthly_day: int({ min: 1, max: 31 }),
		monthly_week: oneOf([-1, 1, 2, 3, 4]),
		monthly_week_day: oneOf([1, 2, 3, 4, 5, 6, 7]),
		repeat_interval: int({ min: 1 }),
		weekly_days: str({ pattern: /^[1-7](,[1-7])*$/ }),
	}),
	settings: SETTINGS,
	start_time: dateTime(),
	template_id: str(),
	timezone: str(),
	topic: str({ maxLength: 200 }),
	tracking_fields: arr(obj({ field: str(), value: str() })),
	type: oneOf([1, 2, 3, 8]),
});

const CREATE_BODY = obj({ ...UPDATE_BODY.properties, default_password: bool() });

const REGISTRANT_BODY = obj({
	email: str({ maxLength: 128, pattern: EMAIL }),
	first_name: str({ maxLength: 64 }),
	last_name: str({ maxLength: 64 }),
	address: str(),
	city: str(),
	state: str(),
	zip: str(),
	country: str({ pattern: /^[A-Z]{2}$/ }),
	phone: str(),
	comments: str(),
	custom_questions: arr(obj({ title: str(), value: str() })),
	industry: str(),
	job_title: str(),
	no_of_employees: oneOf(['', '1-20', '21-50', '51-100', '101-500', '500-1,000', '1,001-5,000', '5,001-10,000', 'More than 10,000']),
	org: str(),
	purchasing_time_frame: oneOf(['', 'Within a month', '1-3 months', '4-6 months', 'More than 6 months', 'No timeframe']),
	role_in_purchase_process: oneOf(['', 'Decision Maker', 'Evaluator/Recommender', 'Influencer', 'Not involved']),
	language: oneOf(['en-US', 'de-DE', 'es-ES', 'fr-FR', 'jp-JP', 'pt-PT', 'ru-RU', 'zh-CN', 'zh-TW', 'ko-KO', 'it-IT', 'vi-VN', 'pl-PL', 'Tr-TR']),
	auto_approve: bool(),
});

const REGISTRANT_STATUS_BODY = obj({
	action: oneOf(['approve', 'cancel', 'deny']),
	registrants: arr(obj({ id: str(), email: str({ pattern: EMAIL }) }), { maxItems: 30 }),
});

const LIST_TYPES = ['scheduled', 'live', 'upcoming', 'upcoming_meetings', 'previous_meetings'];
const LIST_FIELDS = ['uuid', 'id', 'host_id', 'topic', 'type', 'start_time', 'duration', 'timezone', 'agenda', 'created_at', 'join_url', 'pmi'];

const OCCURRENCE_FIELDS = new Set(['agenda', 'start_time', 'duration', 'settings']);
const OCCURRENCE_SETTINGS = new Set(['host_video', 'participant_video', 'join_before_host', 'mute_upon_entry', 'waiting_room', 'watermark', 'auto_recording']);

/** Collects `{field, message}` for every value that does not fit `schema`; unknown keys are errors too. */
function validate(schema, value, path, errors) {
	const fail = (message) => errors.push({ field: path, message });
	switch (schema.kind) {
		case 'string':
			if (typeof value !== 'string') return fail('Invalid field.');
			if (schema.maxLength !== undefined && value.length > schema.maxLength) return fail(`Must be at most ${schema.maxLength} characters.`);
			if (schema.pattern && !schema.pattern.test(value)) return fail('Invalid field.');
			return undefined;
		case 'integer':
			if (!Number.isInteger(value)) return fail('Invalid field.');
			if (schema.min !== undefined && value < schema.min) return fail(`Must be at least ${schema.min}.`);
			if (schema.max !== undefined && value > schema.max) return fail(`Must be at most ${schema.max}.`);
			return undefined;
		case 'boolean':
			return typeof value === 'boolean' ? undefined : fail('Invalid field.');
		case 'enum':
			return schema.values.includes(value) ? undefined : fail(`Invalid value; allowed: ${schema.values.join(', ')}.`);
		case 'dateTime':
			return typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)) ? undefined : fail('Invalid field.');
		case 'object':
			if (value === null || typeof value !== 'object' || Array.isArray(value)) return fail('Invalid field.');
			for (const [key, entry] of Object.entries(value)) {
				const child = schema.properties[key];
				const childPath = path ? `${path}.${key}` : key;
				if (!child) errors.push({ field: childPath, message: 'Unknown field.' });
				else validate(child, entry, childPath, errors);
			}
			return undefined;
		case 'array':
			if (!Array.isArray(value)) return fail('Invalid field.');
			if (schema.maxItems !== undefined && value.length > schema.maxItems) return fail(`Must have at most ${schema.maxItems} items.`);
			value.forEach((entry, index) => validate(schema.items, entry, `${path}[${index}]`, errors));
			return undefined;
		default:
			return undefined;
	}
}

function validationFailed(errors) {
	return new HttpError(400, { code: 300, message: 'Validation Failed.', errors });
}

function nextMidnightGmt(now) {
	const date = new Date(now);
	return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1));
}

function gmtDay(now) {
	return new Date(now).toISOString().slice(0, 10);
}

function randomToken(prefix) {
	return `${prefix}${crypto.randomBytes(18).toString('base64url')}`;
}

function createZoomSimulator(options = {}) {
	const credentials = { ...DEFAULT_CREDENTIALS, ...(options.credentials || {}) };
	const dailyUpdateLimit = options.dailyUpdateLimit ?? 100;
	const now = options.now || (() => Date.now());
	const users = [
		{ id: 'sandboxOwnerId01', email: 'owner@example.com', first_name: 'Sandbox', last_name: 'Owner', type: 2, status: 'active' },
		{ id: 'sandboxHostId002', email: 'host@example.com', first_name: 'Second', last_name: 'Host', type: 2, status: 'active' },
	];
	const meetings = new Map();
	/** Deleted meetings, recoverable with `PUT …/status {action: "recover"}`. */
	const deletedMeetings = new Map();
	/** meeting id → registrants, in registration order */
	const registrants = new Map();
	/** Ended meeting instances, oldest first: {uuid, id, host_id, topic, start_time, end_time, …, participants} */
	const pastMeetings = [];
	let nextMeetingId = 89000000001;
	/** access token → { kind: 'account' | 'user', expiresAt, valid } */
	const accessTokens = new Map();
	/** refresh token → true while usable (user OAuth rotates them) */
	const refreshTokens = new Map();
	const authorizationCodes = new Set();
	/** meeting id → { day, count } */
	const updateCounts = new Map();

	function seed() {
		meetings.clear();
		deletedMeetings.clear();
		registrants.clear();
		pastMeetings.length = 0;
		nextMeetingId = 89000000001;
		updateCounts.clear();
		const start = nextMidnightGmt(now() + 7 * 24 * 3600 * 1000).getTime() + 15 * 3600 * 1000;
		const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
		// A scheduled meeting with a stable ID, used by examples and tests.
		meetings.set('85746065432', {
			id: 85746065432, uuid: 'aDYlohsHRtCd4ii1uC2+hA==', host_id: users[0].id, host_email: users[0].email,
			topic: 'Sandbox weekly sync', type: 2, status: 'waiting', start_time: iso(start), duration: 60,
			timezone: 'UTC', agenda: 'Status and blockers', created_at: iso(now()), password: 'abc123',
			join_url: 'https://zoom.us/j/85746065432', start_url: 'https://zoom.us/s/85746065432',
			pre_schedule: false, settings: { host_video: false, participant_video: false, join_before_host: false, mute_upon_entry: false, waiting_room: true, watermark: false, auto_recording: 'none', approval_type: 2, audio: 'both' },
		});
		// A recurring meeting with a fixed time: weekly, four occurrences.
		const occurrences = [0, 1, 2, 3].map((week) => ({
			occurrence_id: String(start + week * 7 * 24 * 3600 * 1000), start_time: iso(start + week * 7 * 24 * 3600 * 1000), duration: 30, status: 'available',
		}));
		meetings.set('83920174655', {
			id: 83920174655, uuid: 'R3cUrr1nGmEet1ngUu1dAA==', host_id: users[0].id, host_email: users[0].email,
			topic: 'Sandbox recurring stand-up', type: 8, status: 'waiting', start_time: occurrences[0].start_time, duration: 30,
			timezone: 'UTC', agenda: '', created_at: iso(now()), password: 'xyz789',
			join_url: 'https://zoom.us/j/83920174655', start_url: 'https://zoom.us/s/83920174655', pre_schedule: false,
			recurrence: { type: 2, repeat_interval: 1, weekly_days: String(new Date(start).getUTCDay() + 1), end_times: 4 },
			occurrences, settings: { host_video: false, participant_video: false, join_before_host: false, mute_upon_entry: true, waiting_room: false, watermark: false, auto_recording: 'none', approval_type: 2, audio: 'both' },
		});
		// A meeting in progress: it can be ended, and an update answers 400 code 3000.
		meetings.set('81234567890', {
			id: 81234567890, uuid: 'St4rtedMeet1ngUu1dAAA==', host_id: users[0].id, host_email: users[0].email,
			topic: 'Sandbox meeting in progress', type: 1, status: 'started', start_time: iso(now() - 10 * 60 * 1000), duration: 60,
			timezone: 'UTC', agenda: '', created_at: iso(now()), password: 'live42',
			join_url: 'https://zoom.us/j/81234567890', start_url: 'https://zoom.us/s/81234567890', pre_schedule: false,
			settings: { host_video: true, participant_video: true, join_before_host: false, mute_upon_entry: false, waiting_room: false, watermark: false, auto_recording: 'none', approval_type: 2, audio: 'both' },
		});
		// A meeting with registration (manual approval) and three registrants.
		meetings.set('86123456789', {
			id: 86123456789, uuid: 'Reg1strat1onMeet1ngUuA==', host_id: users[0].id, host_email: users[0].email,
			topic: 'Sandbox product launch', type: 2, status: 'waiting', start_time: iso(start + 2 * 24 * 3600 * 1000), duration: 45,
			timezone: 'UTC', agenda: 'Launch walkthrough', created_at: iso(now()), password: 'launch1',
			join_url: 'https://zoom.us/j/86123456789', start_url: 'https://zoom.us/s/86123456789', pre_schedule: false,
			registration_url: 'https://zoom.us/meeting/register/86123456789',
			settings: { host_video: true, participant_video: false, join_before_host: false, mute_upon_entry: true, waiting_room: false, watermark: false, auto_recording: 'none', approval_type: 1, audio: 'both' },
		});
		registrants.set('86123456789', [
			registrant('86123456789', { id: 'RegAdaApproved000001', email: 'ada@example.com', first_name: 'Ada', last_name: 'Lovelace' }, 'approved'),
			registrant('86123456789', { id: 'RegBobPending0000002', email: 'bob@example.com', first_name: 'Bob', last_name: 'Builder' }, 'pending'),
			registrant('86123456789', { id: 'RegCyDenied000000003', email: 'cy@example.com', first_name: 'Cy', last_name: 'Young' }, 'denied'),
		]);
		// An instant meeting that has ended (Zoom refuses to delete it, code 3007).
		meetings.set('84455566677', {
			id: 84455566677, uuid: 'EndedMeet1ngUu1dAAAAAA==', host_id: users[0].id, host_email: users[0].email,
			topic: 'Sandbox ended call', type: 1, status: 'waiting', ended: true, start_time: iso(now() - 2 * 3600 * 1000), duration: 30,
			timezone: 'UTC', agenda: '', created_at: iso(now() - 3 * 3600 * 1000), password: 'old1',
			join_url: 'https://zoom.us/j/84455566677', start_url: 'https://zoom.us/s/84455566677', pre_schedule: false,
			settings: { host_video: false, participant_video: false, join_before_host: false, mute_upon_entry: false, waiting_room: false, watermark: false, auto_recording: 'none', approval_type: 2, audio: 'both' },
		});
		// A meeting hosted by the second user: a user-OAuth token of the owner is not its host (code 3003).
		meetings.set('87700011122', {
			id: 87700011122, uuid: 'Sec0ndH0stMeet1ngUuAA==', host_id: users[1].id, host_email: users[1].email,
			topic: 'Second host planning', type: 2, status: 'waiting', start_time: iso(start + 24 * 3600 * 1000), duration: 30,
			timezone: 'UTC', agenda: '', created_at: iso(now()), password: 'plan2',
			join_url: 'https://zoom.us/j/87700011122', start_url: 'https://zoom.us/s/87700011122', pre_schedule: false,
			settings: { host_video: false, participant_video: false, join_before_host: false, mute_upon_entry: false, waiting_room: true, watermark: false, auto_recording: 'none', approval_type: 2, audio: 'both' },
		});
		// Ended instances: two of the weekly sync (the latest UUID starts with "/"), one of the stand-up (UUID with "//").
		const past = (uuid, meeting, daysAgo, people) => {
			const begin = nextMidnightGmt(now()).getTime() - daysAgo * 24 * 3600 * 1000 + 15 * 3600 * 1000;
			pastMeetings.push({
				uuid, id: meeting.id, host_id: meeting.host_id, type: meeting.type, topic: meeting.topic,
				user_name: `${users[0].first_name} ${users[0].last_name}`, user_email: users[0].email,
				start_time: iso(begin), end_time: iso(begin + 40 * 60 * 1000), duration: 40, total_minutes: 40 * people.length,
				participants_count: people.length, source: 'Zoom', dept: '',
				participants: people.map((name, index) => ({
					id: `PartId${String(index + 1).padStart(4, '0')}`, name, user_email: `${name.toLowerCase()}@example.com`,
					join_time: iso(begin + index * 60 * 1000), leave_time: iso(begin + 40 * 60 * 1000), duration: (40 - index) * 60,
				})),
			});
		};
		past('PastSyncUuid1AAAAAAAAA==', meetings.get('85746065432'), 14, ['Ada', 'Bob']);
		past('Rec//PastUuidAAAAAAAAA==', meetings.get('83920174655'), 10, ['Cy']);
		past('/PastSyncSlashUuid22AA==', meetings.get('85746065432'), 7, ['Ada', 'Bob', 'Cy', 'Dee', 'Eve']);
	}

	function registrant(meetingId, fields, status) {
		const id = fields.id || crypto.randomBytes(16).toString('base64url').slice(0, 22);
		return {
			...fields,
			id,
			status,
			create_time: new Date(now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
			join_url: `https://zoom.us/w/${meetingId}?tk=${id}`,
		};
	}
	seed();

	const tokenError = (status, reason, error) => new HttpError(status, { reason, error });

	function clientAuth(record) {
		const basic = basicAuth(record);
		if (!basic || basic.user !== credentials.clientId || basic.password !== credentials.clientSecret) {
			throw tokenError(401, 'Invalid client_id or client_secret', 'invalid_client');
		}
	}

	function issueAccessToken(kind) {
		const token = randomToken(kind === 'account' ? 'zs2s_' : 'zusr_');
		accessTokens.set(token, { kind, expiresAt: now() + TOKEN_LIFETIME_S * 1000, valid: true });
		return token;
	}

	function issueUserTokens() {
		const access = issueAccessToken('user');
		const refresh = randomToken('zref_');
		refreshTokens.set(refresh, true);
		return { access_token: access, token_type: 'bearer', refresh_token: refresh, expires_in: TOKEN_LIFETIME_S, scope: SCOPES };
	}

	function authenticate(record) {
		const header = record.headers.authorization || '';
		const match = /^Bearer\s+(\S+)$/i.exec(header);
		const token = match && accessTokens.get(match[1]);
		if (!token || !token.valid || token.expiresAt <= now()) {
			throw new HttpError(401, { code: 124, message: 'Invalid access token.' });
		}
		return token;
	}

	function requireZoomJson(record) {
		const type = (record.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
		if (type !== 'application/json') throw new HttpError(400, { code: 300, message: 'Request Body should be a valid JSON object.' });
		if (record.body === null || typeof record.body !== 'object' || Array.isArray(record.body)) {
			throw new HttpError(400, { code: 300, message: 'Request Body should be a valid JSON object.' });
		}
		return record.body;
	}

	function findMeeting(rawId) {
		const id = decodeURIComponent(rawId);
		const meeting = /^\d+$/.test(id) ? meetings.get(id) : undefined;
		if (!meeting) throw new HttpError(404, { code: 3001, message: `Meeting does not exist: ${id}.` });
		return meeting;
	}

	function countUpdate(meetingId) {
		const day = gmtDay(now());
		const entry = updateCounts.get(meetingId);
		const current = entry && entry.day === day ? entry.count : 0;
		if (current >= dailyUpdateLimit) {
			throw new HttpError(
				429,
				{
					code: 429,
					message: `You have exceeded the daily rate limit (${dailyUpdateLimit}) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.`,
				},
				{
					'Retry-After': nextMidnightGmt(now()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
					'X-RateLimit-Type': 'Daily-limit',
					'X-RateLimit-Category': 'Light',
					'X-RateLimit-Limit': String(dailyUpdateLimit),
					'X-RateLimit-Remaining': '0',
				},
			);
		}
		updateCounts.set(meetingId, { day, count: current + 1 });
	}

	function meetingView(meeting, occurrenceId) {
		const copy = JSON.parse(JSON.stringify(meeting));
		if (occurrenceId !== undefined && copy.occurrences) {
			const occurrence = copy.occurrences.find((entry) => entry.occurrence_id === occurrenceId);
			if (occurrence) {
				copy.start_time = occurrence.start_time;
				copy.duration = occurrence.duration;
				if (occurrence.agenda !== undefined) copy.agenda = occurrence.agenda;
				if (occurrence.settings) Object.assign(copy.settings, occurrence.settings);
				copy.occurrences = [occurrence];
			}
		}
		return copy;
	}

	/** `me` is the token's user (the app owner with Server-to-Server OAuth); otherwise a user ID or email. */
	function findUser(rawId) {
		const id = decodeURIComponent(rawId);
		const user = id === 'me' ? users[0] : users.find((entry) => entry.id === id || entry.email.toLowerCase() === id.toLowerCase());
		if (!user) throw new HttpError(404, { code: 1001, message: `User does not exist: ${id}.` });
		return user;
	}

	/** A user-OAuth token acts as the owner, who may change only meetings it hosts. */
	function requireHost(token, meeting) {
		if (token.kind === 'user' && meeting.host_id !== users[0].id) {
			throw new HttpError(400, { code: 3003, message: 'You are not the meeting host.' });
		}
	}

	/** Zoom's `next_page_token` paging: `page_size` 1–300 (default 30), capped by `sim.pageSizeLimit`. */
	function listPage(record, records, key) {
		const rawSize = record.query.page_size;
		if (rawSize !== undefined && !/^\d+$/.test(rawSize)) throw validationFailed([{ field: 'page_size', message: 'Invalid field.' }]);
		const requested = rawSize === undefined ? 30 : Number(rawSize);
		if (requested < 1 || requested > 300) throw validationFailed([{ field: 'page_size', message: 'Must be between 1 and 300.' }]);
		const size = Math.min(requested, sim.pageSizeLimit);
		let start = 0;
		const token = record.query.next_page_token;
		if (token !== undefined && token !== '') {
			const match = /^npt(\d+)$/.exec(token);
			if (!match || Number(match[1]) > records.length) throw new HttpError(400, { code: 300, message: 'The next page token is invalid or expired.' });
			start = Number(match[1]);
		}
		const end = start + size;
		return {
			body: {
				next_page_token: end < records.length ? `npt${end}` : '',
				page_count: Math.ceil(records.length / size),
				page_size: size,
				total_records: records.length,
				[key]: records.slice(start, end),
			},
		};
	}

	function registrationOf(meeting, notEnabledStatus = 400) {
		if (meeting.settings.approval_type === 2) {
			throw notEnabledStatus === 404
				? new HttpError(404, { code: 404, message: `Registration has not been enabled for this meeting: ${meeting.id}.` })
				: new HttpError(400, { code: 300, message: `This meeting has not set registration as required: ${meeting.id}.` });
		}
		if (!registrants.has(String(meeting.id))) registrants.set(String(meeting.id), []);
		return registrants.get(String(meeting.id));
	}

	function checkOccurrence(meeting, occurrenceId, field = 'occurrence_id') {
		if (occurrenceId === undefined) return;
		if (!(meeting.occurrences || []).some((entry) => entry.occurrence_id === occurrenceId)) {
			throw new HttpError(400, { code: 3000, message: `Invalid ${field}: ${occurrenceId}.` });
		}
	}

	/** Instances of a meeting ID (oldest first), or the one instance with that UUID. */
	function pastInstances(id) {
		if (/^\d+$/.test(id)) return pastMeetings.filter((entry) => String(entry.id) === id);
		return pastMeetings.filter((entry) => entry.uuid === id);
	}

	function findPastMeeting(rawId) {
		const id = decodeURIComponent(rawId);
		const instances = pastInstances(id);
		if (instances.length === 0) throw new HttpError(404, { code: 3001, message: 'This meeting is not available or the meeting ID is invalid.' });
		return instances[instances.length - 1];
	}

	const pick = (record, fields) => Object.fromEntries(fields.filter((field) => record[field] !== undefined).map((field) => [field, record[field]]));

	const sim = new Simulator('Zoom', [
		['POST', /^\/oauth\/token$/, (record) => {
			const params = { ...record.query, ...(record.body && typeof record.body === 'object' ? record.body : {}) };
			clientAuth(record);
			switch (params.grant_type) {
				case 'account_credentials':
					if (params.account_id !== credentials.accountId) throw tokenError(400, 'Invalid account_id', 'invalid_request');
					return { body: { access_token: issueAccessToken('account'), token_type: 'bearer', expires_in: TOKEN_LIFETIME_S, scope: SCOPES, api_url: sim.url } };
				case 'authorization_code':
					if (!authorizationCodes.delete(params.code)) throw tokenError(400, 'Invalid authorization code', 'invalid_grant');
					return { body: issueUserTokens() };
				case 'refresh_token':
					if (!refreshTokens.get(params.refresh_token)) throw tokenError(400, 'Invalid Token!', 'invalid_request');
					refreshTokens.delete(params.refresh_token);
					return { body: issueUserTokens() };
				default:
					throw tokenError(400, 'Unsupported grant type', 'unsupported_grant_type');
			}
		}],
		['GET', /^\/v2\/users\/me$/, (record) => {
			authenticate(record);
			return { body: users[0] };
		}],
		['GET', /^\/v2\/users$/, (record) => {
			authenticate(record);
			const pageSize = Math.min(300, Math.max(1, Number(record.query.page_size || 30)));
			return { body: { page_count: 1, page_number: 1, page_size: pageSize, total_records: users.length, next_page_token: '', users: users.slice(0, pageSize) } };
		}],
		['GET', /^\/v2\/meetings\/([^/]+)$/, (record, match) => {
			authenticate(record);
			const meeting = findMeeting(match[1]);
			return { body: meetingView(meeting, record.query.occurrence_id) };
		}],
		['PATCH', /^\/v2\/meetings\/([^/]+)$/, (record, match) => {
			authenticate(record);
			const meeting = findMeeting(match[1]);
			countUpdate(String(meeting.id));
			const body = requireZoomJson(record);
			const errors = [];
			validate(UPDATE_BODY, body, '', errors);
			if (errors.length > 0) throw validationFailed(errors);
			if (meeting.status === 'started') {
				throw new HttpError(400, { code: 3000, message: 'You cannot update or delete meetings that have started using this method.' });
			}
			if (body.schedule_for !== undefined && !users.some((user) => user.email === body.schedule_for || user.id === body.schedule_for)) {
				throw new HttpError(400, { code: 300, message: 'The value that you entered for the schedule_for field is invalid. Enter a valid value and try again.' });
			}
			if (body.recurrence && body.recurrence.end_times !== undefined && body.recurrence.end_date_time !== undefined) {
				throw validationFailed([{ field: 'recurrence.end_times', message: 'Cannot be used with end_date_time.' }]);
			}
			// Zoom ignores a start time in the past.
			const changes = { ...body };
			if (changes.start_time !== undefined && Date.parse(changes.start_time) <= now()) delete changes.start_time;
			const occurrenceId = record.query.occurrence_id;
			if (occurrenceId !== undefined) {
				const occurrence = (meeting.occurrences || []).find((entry) => entry.occurrence_id === occurrenceId);
				if (!occurrence) throw new HttpError(400, { code: 3000, message: `Invalid occurrence_id: ${occurrenceId}.` });
				for (const key of Object.keys(changes)) {
					if (!OCCURRENCE_FIELDS.has(key)) continue;
					if (key === 'settings') {
						occurrence.settings = occurrence.settings || {};
						for (const [setting, value] of Object.entries(changes.settings)) {
							if (OCCURRENCE_SETTINGS.has(setting)) occurrence.settings[setting] = value;
						}
					} else {
						occurrence[key] = changes[key];
					}
				}
				return { status: 204 };
			}
			const { settings, ...rest } = changes;
			Object.assign(meeting, rest);
			if (settings) Object.assign(meeting.settings, settings);
			return { status: 204 };
		}],
		['PUT', /^\/v2\/meetings\/([^/]+)\/status$/, (record, match) => {
			const token = authenticate(record);
			const id = decodeURIComponent(match[1]);
			const body = requireZoomJson(record);
			const errors = [];
			validate(obj({ action: oneOf(['end', 'recover']) }), body, '', errors);
			if (body.action === undefined) errors.push({ field: 'action', message: 'Required field.' });
			if (errors.length > 0) throw validationFailed(errors);
			if (body.action === 'recover') {
				// Recovering a meeting that is not deleted changes nothing (inferred: Zoom documents no error for it).
				if (meetings.has(id)) return { status: 204 };
				const deleted = deletedMeetings.get(id);
				if (!deleted) throw new HttpError(404, { code: 3001, message: `Meeting does not exist: ${id}.` });
				requireHost(token, deleted);
				deletedMeetings.delete(id);
				meetings.set(id, deleted);
				return { status: 204 };
			}
			const meeting = findMeeting(match[1]);
			requireHost(token, meeting);
			meeting.status = 'waiting';
			return { status: 204 };
		}],
		['DELETE', /^\/v2\/meetings\/([^/]+)$/, (record, match) => {
			const token = authenticate(record);
			const meeting = findMeeting(match[1]);
			requireHost(token, meeting);
			for (const key of ['schedule_for_reminder', 'cancel_meeting_reminder']) {
				const value = record.query[key];
				if (value !== undefined && value !== 'true' && value !== 'false') throw validationFailed([{ field: key, message: 'Invalid field.' }]);
			}
			if (meeting.status === 'started') throw new HttpError(400, { code: 3002, message: 'Sorry, you cannot delete this meeting since it is in progress.' });
			if (meeting.ended) throw new HttpError(400, { code: 3007, message: 'Sorry, you cannot delete this meeting since it has ended.' });
			const occurrenceId = record.query.occurrence_id;
			if (occurrenceId !== undefined) {
				checkOccurrence(meeting, occurrenceId);
				meeting.occurrences = meeting.occurrences.filter((entry) => entry.occurrence_id !== occurrenceId);
				return { status: 204 };
			}
			meetings.delete(String(meeting.id));
			deletedMeetings.set(String(meeting.id), meeting);
			return { status: 204 };
		}],
		['POST', /^\/v2\/users\/([^/]+)\/meetings$/, (record, match) => {
			authenticate(record);
			const user = findUser(match[1]);
			const body = requireZoomJson(record);
			const errors = [];
			validate(CREATE_BODY, body, '', errors);
			if (body.recurrence && body.recurrence.end_times !== undefined && body.recurrence.end_date_time !== undefined) {
				errors.push({ field: 'recurrence.end_times', message: 'Cannot be used with end_date_time.' });
			}
			if (errors.length > 0) throw validationFailed(errors);
			const id = nextMeetingId++;
			const iso = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
			const { settings, default_password: defaultPassword, ...rest } = body;
			const meeting = {
				id, uuid: crypto.randomBytes(16).toString('base64'), host_id: user.id, host_email: user.email,
				topic: 'Zoom Meeting', type: 2, status: 'waiting', start_time: iso(now()), duration: 60, timezone: 'UTC', agenda: '',
				created_at: iso(now()), password: defaultPassword ? 'dflt123' : '', pre_schedule: false,
				join_url: `https://zoom.us/j/${id}`, start_url: `https://zoom.us/s/${id}`,
				...rest,
				settings: { host_video: false, participant_video: false, join_before_host: false, mute_upon_entry: false, waiting_room: true, watermark: false, auto_recording: 'none', approval_type: 2, audio: 'both', ...(settings || {}) },
			};
			meetings.set(String(id), meeting);
			return { status: 201, body: meetingView(meeting) };
		}],
		['GET', /^\/v2\/users\/([^/]+)\/meetings$/, (record, match) => {
			authenticate(record);
			const user = findUser(match[1]);
			const type = record.query.type === undefined ? 'scheduled' : record.query.type;
			if (!LIST_TYPES.includes(type)) throw validationFailed([{ field: 'type', message: `Invalid value; allowed: ${LIST_TYPES.join(', ')}.` }]);
			if (type === 'previous_meetings') {
				const previous = pastMeetings.filter((entry) => entry.host_id === user.id).slice().reverse();
				return listPage(record, previous.map((entry) => pick(entry, LIST_FIELDS)), 'meetings');
			}
			const mine = [...meetings.values()].filter((meeting) => meeting.host_id === user.id && !meeting.ended);
			const selected = mine.filter((meeting) => {
				if (type === 'live') return meeting.status === 'started';
				if (type === 'upcoming') return meeting.status === 'started' || Date.parse(meeting.start_time) > now();
				if (type === 'upcoming_meetings') return meeting.status !== 'started' && Date.parse(meeting.start_time) > now();
				return true;
			});
			return listPage(record, selected.map((meeting) => pick(meeting, LIST_FIELDS)), 'meetings');
		}],
		['GET', /^\/v2\/meetings\/([^/]+)\/registrants$/, (record, match) => {
			authenticate(record);
			const meeting = findMeeting(match[1]);
			const list = registrationOf(meeting);
			const status = record.query.status === undefined ? 'approved' : record.query.status;
			if (!['pending', 'approved', 'denied'].includes(status)) throw validationFailed([{ field: 'status', message: 'Invalid value; allowed: pending, approved, denied.' }]);
			checkOccurrence(meeting, record.query.occurrence_id);
			return listPage(record, list.filter((entry) => entry.status === status), 'registrants');
		}],
		['POST', /^\/v2\/meetings\/([^/]+)\/registrants$/, (record, match) => {
			authenticate(record);
			const meeting = findMeeting(match[1]);
			const list = registrationOf(meeting, 404);
			const body = requireZoomJson(record);
			const errors = [];
			validate(REGISTRANT_BODY, body, '', errors);
			for (const field of ['email', 'first_name']) if (body[field] === undefined || body[field] === '') errors.push({ field, message: 'Required field.' });
			if (errors.length > 0) throw validationFailed(errors);
			const occurrenceIds = record.query.occurrence_ids === undefined ? [] : record.query.occurrence_ids.split(',');
			for (const occurrenceId of occurrenceIds) checkOccurrence(meeting, occurrenceId, 'occurrence_ids');
			let entry = list.find((existing) => existing.email.toLowerCase() === body.email.toLowerCase());
			if (!entry) {
				if (list.length >= sim.registrantCapacity) throw new HttpError(400, { code: 3043, message: 'Meeting has reached maximum attendee capacity.' });
				const { auto_approve: autoApprove, ...fields } = body;
				const status = meeting.settings.approval_type === 0 || autoApprove === true ? 'approved' : 'pending';
				entry = registrant(String(meeting.id), { ...fields, ...(occurrenceIds.length > 0 ? { occurrence_ids: occurrenceIds } : {}) }, status);
				list.push(entry);
			}
			const occurrences = (meeting.occurrences || []).filter((occurrence) => occurrenceIds.length === 0 || occurrenceIds.includes(occurrence.occurrence_id));
			return {
				status: 201,
				body: {
					id: meeting.id, registrant_id: entry.id, join_url: entry.join_url, start_time: meeting.start_time, topic: meeting.topic,
					...(occurrences.length > 0 ? { occurrences } : {}),
				},
			};
		}],
		['PUT', /^\/v2\/meetings\/([^/]+)\/registrants\/status$/, (record, match) => {
			authenticate(record);
			const meeting = findMeeting(match[1]);
			const list = registrationOf(meeting);
			const body = requireZoomJson(record);
			const errors = [];
			validate(REGISTRANT_STATUS_BODY, body, '', errors);
			if (body.action === undefined) errors.push({ field: 'action', message: 'Required field.' });
			if (errors.length > 0) throw validationFailed(errors);
			checkOccurrence(meeting, record.query.occurrence_id);
			const status = { approve: 'approved', deny: 'denied', cancel: 'denied' }[body.action];
			// Registrants that are not found are skipped (inferred).
			for (const wanted of body.registrants || []) {
				const entry = list.find((existing) => (wanted.id !== undefined && existing.id === wanted.id) || (wanted.email !== undefined && existing.email.toLowerCase() === wanted.email.toLowerCase()));
				if (entry) entry.status = status;
			}
			return { status: 204 };
		}],
		['GET', /^\/v2\/meetings\/([^/]+)\/registrants\/([^/]+)$/, (record, match) => {
			authenticate(record);
			const meeting = findMeeting(match[1]);
			const id = decodeURIComponent(match[2]);
			const entry = registrationOf(meeting).find((existing) => existing.id === id);
			if (!entry) throw new HttpError(404, { code: 3001, message: `Registrant not found: ${id}.` });
			return { body: entry };
		}],
		['DELETE', /^\/v2\/meetings\/([^/]+)\/registrants\/([^/]+)$/, (record, match) => {
			authenticate(record);
			const meeting = findMeeting(match[1]);
			const id = decodeURIComponent(match[2]);
			const list = registrationOf(meeting);
			const index = list.findIndex((existing) => existing.id === id);
			if (index === -1) throw new HttpError(404, { code: 3001, message: `Registrant not found: ${id}.` });
			checkOccurrence(meeting, record.query.occurrence_id);
			list.splice(index, 1);
			return { status: 204 };
		}],
		['GET', /^\/v2\/past_meetings\/(.+)\/instances$/, (record, match) => {
			authenticate(record);
			const id = decodeURIComponent(match[1]);
			const instances = pastInstances(/^\d+$/.test(id) ? id : String(findPastMeeting(match[1]).id));
			if (instances.length === 0) throw new HttpError(404, { code: 3001, message: 'Meeting not found.' });
			return { body: { meetings: instances.slice().reverse().map((entry) => ({ uuid: entry.uuid, start_time: entry.start_time })) } };
		}],
		['GET', /^\/v2\/past_meetings\/(.+)\/participants$/, (record, match) => {
			authenticate(record);
			if (!sim.paidAccount) throw new HttpError(400, { code: 200, message: `Only available for Paid or ZMP account: ${credentials.accountId}.` });
			const instance = findPastMeeting(match[1]);
			return listPage(record, instance.participants, 'participants');
		}],
		['GET', /^\/v2\/past_meetings\/(.+)$/, (record, match) => {
			authenticate(record);
			const { participants, ...instance } = findPastMeeting(match[1]);
			return { body: { ...instance, participants_count: participants.length } };
		}],
	]);
	sim.notFoundBody = () => ({ code: 404, message: 'Not Found' });
	/**
	 * Zoom's gateway decodes the path once before routing: a single-encoded "/" becomes a path separator and
	 * repeated slashes collapse. Handlers then decode the meeting ID or UUID once more.
	 */
	sim.route = (record) => {
		let path;
		try {
			path = decodeURIComponent(record.rawPath).replace(/\/{2,}/g, '/');
		} catch {
			throw new HttpError(400, { code: 300, message: 'Invalid path.' });
		}
		record.routedPath = path;
		for (const [method, pattern, handler] of sim.routes) {
			const match = pattern.exec(path);
			if (match && method === record.method) return handler(record, match);
		}
		const pathKnown = sim.routes.some(([, pattern]) => pattern.test(path));
		throw new HttpError(pathKnown ? 405 : 404, sim.notFoundBody(record));
	};
	sim.pageSizeLimit = 300;
	sim.registrantCapacity = 1000;
	sim.paidAccount = true;
	sim.deletedMeetings = deletedMeetings;
	sim.registrants = registrants;
	sim.pastMeetings = pastMeetings;
	/** Adds `count` scheduled meetings of the owner named `${prefix} n`, for paging tests; returns their IDs. */
	sim.addMeetings = (count, prefix = 'Meeting') => {
		const ids = [];
		for (let n = 1; n <= count; n++) {
			const id = nextMeetingId++;
			const start = new Date(now() + (30 + n) * 24 * 3600 * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
			meetings.set(String(id), {
				id, uuid: `AddedMeet1ng${String(n).padStart(10, '0')}==`, host_id: users[0].id, host_email: users[0].email, topic: `${prefix} ${n}`,
				type: 2, status: 'waiting', start_time: start, duration: 30, timezone: 'UTC', agenda: '', created_at: start,
				join_url: `https://zoom.us/j/${id}`, start_url: `https://zoom.us/s/${id}`, password: 'p', pre_schedule: false,
				settings: { approval_type: 2, waiting_room: true },
			});
			ids.push(String(id));
		}
		return ids;
	};
	/** Adds `count` registrants with `status` to a meeting with registration. */
	sim.addRegistrants = (meetingId, count, status = 'approved') => {
		const list = registrants.get(String(meetingId)) || [];
		registrants.set(String(meetingId), list);
		for (let n = 1; n <= count; n++) {
			list.push(registrant(String(meetingId), { id: `RegAdded${String(list.length).padStart(12, '0')}`, email: `person${list.length}@example.com`, first_name: 'Person', last_name: String(n) }, status));
		}
	};
	/** Adds `count` participants to the ended instance with `uuid`. */
	sim.addParticipants = (uuid, count) => {
		const instance = pastMeetings.find((entry) => entry.uuid === uuid);
		for (let n = 1; n <= count; n++) {
			instance.participants.push({ id: `PartAdded${String(instance.participants.length).padStart(6, '0')}`, name: `Guest ${n}`, user_email: `guest${n}@example.com`, duration: 60 });
		}
	};
	sim.credentials = credentials;
	sim.meetings = meetings;
	sim.users = users;
	sim.reset = () => {
		seed();
		accessTokens.clear();
		refreshTokens.clear();
		authorizationCodes.clear();
		sim.clearRequests();
		sim.injected.length = 0;
		sim.pageSizeLimit = 300;
		sim.registrantCapacity = 1000;
		sim.paidAccount = true;
	};
	/** Invalidate every access token issued so far, as if an hour had passed. */
	sim.expireTokens = () => {
		for (const token of accessTokens.values()) token.valid = false;
	};
	/** Tokens as after a user completed the authorization-code flow (for OAuth2 credentials in tests). */
	sim.issueUserTokens = issueUserTokens;
	/** A one-time authorization code for `grant_type=authorization_code`. */
	sim.createAuthorizationCode = () => {
		const code = randomToken('zcode_');
		authorizationCodes.add(code);
		return code;
	};
	/** Pretend `count` updates of a meeting were already made today. */
	sim.setUpdateCount = (meetingId, count) => updateCounts.set(String(meetingId), { day: gmtDay(now()), count });
	sim.updateCount = (meetingId) => {
		const entry = updateCounts.get(String(meetingId));
		return entry && entry.day === gmtDay(now()) ? entry.count : 0;
	};
	/** Requests to the token endpoint, and to the API. */
	sim.tokenRequests = () => sim.requests.filter((request) => request.path === '/oauth/token');
	sim.apiRequests = () => sim.requests.filter((request) => request.path.startsWith('/v2/'));
	return sim;
}

module.exports = { createZoomSimulator, DEFAULT_CREDENTIALS };
