import type { ICredentialDataDecryptedObject, ICredentialType, IDataObject, IHttpRequestHelper, IHttpRequestOptions, INode } from 'n8n-workflow';
import { NodeConnectionTypes, Workflow } from 'n8n-workflow';

import { ZoomMeetingsOAuth2Api } from '../../credentials/ZoomMeetingsOAuth2Api.credentials';
import { ZoomServerToServerOAuthApi } from '../../credentials/ZoomServerToServerOAuthApi.credentials';
import type { HttpFailure } from '../../nodes/shared/errors';
import { readHttpFailure } from '../../nodes/shared/errors';
import { decideRetry } from '../../nodes/shared/transport';
import { FieldProblem, parseMeetingId, parseOccurrenceId } from '../../nodes/ZoomMeetings/actions/meeting/common';
import { buildSettings, SETTINGS_KEYS, settingsOptions } from '../../nodes/ZoomMeetings/actions/meeting/settings';
import { parseStartTime } from '../../nodes/ZoomMeetings/actions/meeting/startTime';
import { buildRecurrence, buildUpdateBody, updateFieldsOptions } from '../../nodes/ZoomMeetings/actions/meeting/updateBody';
import { zoomUrls } from '../../nodes/ZoomMeetings/environment';
import { classifyZoomRateLimit, parseZoomError, zoomProvider } from '../../nodes/ZoomMeetings/provider';

const NOW = Date.parse('2026-11-21T12:00:00Z');
const context = { workflowTimezone: 'UTC', now: NOW };

/** The settings keys of seed 002 (the update-meeting document). */
const SEED_SETTINGS = [
	'allow_multiple_devices', 'alternative_host_update_polls', 'alternative_hosts', 'alternative_hosts_email_notification', 'approval_type',
	'approved_or_denied_countries_or_regions', 'audio', 'audio_conference_info', 'authentication_domains', 'authentication_exception',
	'authentication_name', 'authentication_option', 'auto_recording', 'auto_start_ai_companion_questions', 'auto_start_meeting_summary',
	'breakout_room', 'calendar_type', 'close_registration', 'cn_meeting', 'contact_email', 'contact_name', 'continuous_meeting_chat',
	'custom_keys', 'email_notification', 'encryption_type', 'enforce_login', 'enforce_login_domains', 'focus_mode',
	'global_dial_in_countries', 'global_dial_in_numbers', 'host_save_video_order', 'host_video', 'in_meeting', 'internal_meeting',
	'jbh_time', 'join_before_host', 'language_interpretation', 'meeting_authentication', 'meeting_invitees', 'mute_upon_entry',
	'participant_focused_meeting', 'participant_video', 'private_meeting', 'registrants_confirmation_email',
	'registrants_email_notification', 'registration_type', 'resources', 'show_share_button', 'sign_language_interpretation', 'use_pmi',
	'waiting_room', 'watermark',
];

function problemOf(run: () => unknown): { field: string; problem: string } | undefined {
	try {
		run();
		return undefined;
	} catch (error) {
		if (error instanceof FieldProblem) return { field: error.field, problem: error.problem };
		return { field: '(not a field problem)', problem: String(error) };
	}
}

describe('parseZoomError', () => {
	it('reads a validation failure with field errors, the code as text', () => {
		expect(
			parseZoomError({ code: 300, message: 'Validation Failed.', errors: [{ field: 'settings.jbh_time', message: 'Invalid field.' }, { field: 'topic' }] }),
		).toEqual({
			code: '300',
			message: 'Validation Failed.',
			fieldErrors: [
				{ field: 'settings.jbh_time', message: 'Invalid field.' },
				{ field: 'topic', message: 'Invalid field.' },
			],
		});
	});

	it('reads plain errors, token endpoint errors, text and nothing', () => {
		expect(parseZoomError({ code: 3001, message: 'Meeting does not exist: 1.' })).toEqual({ code: '3001', message: 'Meeting does not exist: 1.', fieldErrors: [] });
		expect(parseZoomError({ reason: 'Invalid client_id or client_secret', error: 'invalid_client' })).toEqual({
			code: 'invalid_client',
			message: 'Invalid client_id or client_secret',
			fieldErrors: [],
		});
		expect(parseZoomError('Bad gateway')).toEqual({ message: 'Bad gateway', fieldErrors: [] });
		expect(parseZoomError(undefined)).toEqual({ fieldErrors: [] });
		expect(parseZoomError(['x'])).toEqual({ fieldErrors: [] });
		expect(parseZoomError({ errors: ['plain text'] })).toEqual({ message: undefined, fieldErrors: [{ message: 'plain text' }] });
		expect(parseZoomError('x'.repeat(600)).message).toHaveLength(501);
	});
});

describe('classifyZoomRateLimit', () => {
	const failure = (headers: Record<string, string>, body: unknown = undefined): HttpFailure => ({ status: 429, headers, body });
	const daily = {
		code: '429',
		message: 'You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.',
		fieldErrors: [],
	};

	it('lets per-second limits be waited out', () => {
		expect(classifyZoomRateLimit(failure({ 'x-ratelimit-type': 'QPS' }), { message: 'Too many requests.', fieldErrors: [] }, 1000)).toEqual({});
		expect(classifyZoomRateLimit(failure({}), { fieldErrors: [] }, undefined)).toEqual({});
	});

	it('fails fast on the daily update limit, by header, message or a Retry-After hours away', () => {
		const expected = {
			failFastMessage: "Zoom's daily limit of 100 meeting updates is used up; Zoom accepts no more updates until the limit resets at 00:00 GMT",
		};
		expect(classifyZoomRateLimit(failure({ 'x-ratelimit-type': 'Daily-limit' }), daily, 3_600_000 * 5)).toEqual(expected);
		expect(classifyZoomRateLimit(failure({}), daily, undefined)).toEqual(expected);
		expect(classifyZoomRateLimit(failure({}), { message: 'Too many requests.', fieldErrors: [] }, 3 * 3_600_000).failFastMessage).toMatch(
			/^Zoom's daily rate limit for this request is used up/,
		);
		expect(classifyZoomRateLimit(failure({ 'x-ratelimit-type': 'Daily-limit' }), { ...daily, message: daily.message.replace('(100)', '(50)') }, undefined).failFastMessage).toMatch(
			/daily limit of 50 meeting updates/,
		);
	});

	it('makes the shared retry policy fail at once on the daily limit and wait on a per-second one', () => {
		const spec = { method: 'PATCH' as const, path: '/meetings/{meetingId}', repeatable: true };
		const retryAt = '2026-11-22T00:00:00Z';
		const dailyDecision = decideRetry(zoomProvider, spec, failure({ 'retry-after': retryAt, 'x-ratelimit-type': 'Daily-limit' }, daily), daily, 1, NOW);
		expect(dailyDecision).toEqual({
			fail: true,
			message: "Zoom's daily limit of 100 meeting updates is used up; Zoom accepts no more updates until the limit resets at 00:00 GMT",
			hint: 'Retry after 12.0 h (at 2026-11-22T00:00:00.000Z).',
		});
		expect(decideRetry(zoomProvider, spec, failure({ 'retry-after': '1', 'x-ratelimit-type': 'QPS' }), { fieldErrors: [] }, 1, NOW)).toEqual({ retryInMs: 1000 });
	});
});

describe('readHttpFailure (OAuth2 refresh refused)', () => {
	it('turns the OAuth2 client error (code EAUTH) into a 401 instead of a network failure', () => {
		expect(readHttpFailure({ httpCode: 'EAUTH', message: 'The request is missing a required parameter.' })).toEqual({
			status: 401,
			body: { message: 'Refreshing the OAuth2 access token failed: The request is missing a required parameter. Reconnect the credential.' },
			headers: {},
		});
	});
});

describe('zoomProvider', () => {
	it.each([
		[{ environment: 'zoom' }, 'https://api.zoom.us/v2'],
		[{}, 'https://api.zoom.us/v2'],
		[{ environment: 'zoomGov' }, 'https://api.zoomgov.com/v2'],
		[{ environment: 'custom', customHost: 'http://127.0.0.1:4011' }, 'http://127.0.0.1:4011/v2'],
		[{ environment: 'custom', customHost: 'zoom.example.com/' }, 'https://zoom.example.com/v2'],
	])('calls the API of %p at %s', (credentials, url) => {
		expect(zoomProvider.baseUrl(credentials as ICredentialDataDecryptedObject)).toEqual({ url });
	});

	it.each([
		['http://127.0.0.1:4011/v2', /contains a path/],
		['zoom.example.com?x=1', /contains a query/],
		['https://user:secret@zoom.example.com', /contains user info/],
		['zoom .example.com', /contains whitespace/],
		['http://zoom.example.com', /plain http for a remote host/],
		['', /is empty/],
	])('refuses the custom host %p', (customHost, problem) => {
		const result = zoomProvider.baseUrl({ environment: 'custom', customHost });
		expect(result).toMatchObject({ field: 'Custom Host', problem: expect.stringMatching(problem), hint: expect.stringMatching(/scheme, host and port/) });
	});

	it('refuses an unknown environment', () => {
		expect(zoomProvider.baseUrl({ environment: 'moon' })).toMatchObject({ field: 'Environment' });
	});

	it('knows the token and authorize URLs of each environment', () => {
		expect(zoomUrls({ environment: 'zoom' })).toEqual({
			apiBaseUrl: 'https://api.zoom.us/v2',
			tokenUrl: 'https://zoom.us/oauth/token',
			authorizeUrl: 'https://zoom.us/oauth/authorize',
		});
		expect(zoomUrls({ environment: 'zoomGov' })).toEqual({
			apiBaseUrl: 'https://api.zoomgov.com/v2',
			tokenUrl: 'https://zoomgov.com/oauth/token',
			authorizeUrl: 'https://zoomgov.com/oauth/authorize',
		});
	});

	it('picks the credential type from the Authentication parameter', () => {
		const reader = (value: string) => (name: string) => (name === 'authentication' ? value : undefined);
		expect(zoomProvider.credentialType(reader('oAuth2'))).toBe('zoomMeetingsOAuth2Api');
		expect(zoomProvider.credentialType(reader('serverToServerOAuth'))).toBe('zoomServerToServerOAuthApi');
		expect(zoomProvider.credentialType(() => undefined)).toBe('zoomServerToServerOAuthApi');
	});

	it('counts the client ID and secret as a Basic-auth pair to redact', () => {
		expect(zoomProvider.basicAuthPairs?.({ clientId: 'id', clientSecret: 'secret' })).toEqual([['id', 'secret']]);
		expect(zoomProvider.basicAuthPairs?.({})).toEqual([]);
	});
});

describe('Zoom credentials', () => {
	const node: INode = { id: '1', name: 'Test', type: 'test.noop', typeVersion: 1, position: [0, 0], parameters: {} };
	const noop = {
		description: {
			displayName: 'Noop', name: 'noop', group: [], version: 1, description: '', defaults: {},
			inputs: [NodeConnectionTypes.Main], outputs: [NodeConnectionTypes.Main], properties: [],
		},
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: { getByName: () => noop, getByNameAndVersion: () => noop, getKnownTypes: () => ({}) } as never,
	});
	const resolve = (expression: unknown, keys: IDataObject) =>
		String(workflow.expression.getSimpleParameterValue(node, String(expression), 'internal', keys, undefined, ''));
	const s2s = new ZoomServerToServerOAuthApi();
	const oauth2 = new ZoomMeetingsOAuth2Api();
	const property = (type: ICredentialType, name: string) => type.properties.find((entry) => entry.name === name);

	it.each([
		[{ environment: 'zoom' }, 'https://api.zoom.us/v2'],
		[{ environment: 'zoomGov' }, 'https://api.zoomgov.com/v2'],
		[{ environment: 'custom', customHost: 'http://127.0.0.1:4011' }, 'http://127.0.0.1:4011/v2'],
		[{ environment: 'custom', customHost: 'zoom.example.com' }, 'https://zoom.example.com/v2'],
		[{ environment: 'custom', customHost: 'zoom.example.com/evil?x=1' }, 'https://customhost-must-be-a-host-name-without-path-or-query.invalid/v2'],
		[{ environment: 'custom', customHost: 'user@zoom.example.com' }, 'https://customhost-must-be-a-host-name-without-path-or-query.invalid/v2'],
	])('tests the Server-to-Server credential against the API of %p', (credentials, baseUrl) => {
		expect(resolve(s2s.test?.request.baseURL, { $credentials: credentials })).toBe(baseUrl);
		expect(s2s.test?.request).toMatchObject({ url: '/users', method: 'GET', qs: { page_size: 1 } });
	});

	it.each([
		[{ environment: 'zoom' }, 'https://zoom.us/oauth/authorize', 'https://zoom.us/oauth/token'],
		[{ environment: 'zoomGov' }, 'https://zoomgov.com/oauth/authorize', 'https://zoomgov.com/oauth/token'],
		[{ environment: 'custom', customHost: 'http://localhost:4011/' }, 'http://localhost:4011/oauth/authorize', 'http://localhost:4011/oauth/token'],
		[
			{ environment: 'custom', customHost: 'http://localhost:4011/x' },
			'https://customhost-must-be-a-host-name-without-path-or-query.invalid/oauth/authorize',
			'https://customhost-must-be-a-host-name-without-path-or-query.invalid/oauth/token',
		],
	])('points the OAuth2 credential of %p at the right URLs', (credentials, authUrl, tokenUrl) => {
		expect(resolve(property(oauth2, 'authUrl')?.default, { $self: credentials })).toBe(authUrl);
		expect(resolve(property(oauth2, 'accessTokenUrl')?.default, { $self: credentials })).toBe(tokenUrl);
	});

	it('declares the OAuth2 details Zoom needs', () => {
		expect(oauth2.extends).toEqual(['oAuth2Api']);
		expect(property(oauth2, 'grantType')).toMatchObject({ type: 'hidden', default: 'authorizationCode' });
		expect(property(oauth2, 'scope')).toMatchObject({ type: 'hidden', default: '' });
		expect(property(oauth2, 'authQueryParameters')).toMatchObject({ type: 'hidden', default: '' });
		expect(property(oauth2, 'authentication')).toMatchObject({ type: 'hidden', default: 'header' });
		expect(property(s2s, 'accessToken')).toMatchObject({ type: 'hidden', typeOptions: { expirable: true, password: true } });
		expect(property(s2s, 'clientSecret')).toMatchObject({ typeOptions: { password: true } });
	});

	it('sends the Server-to-Server token as a Bearer header, keeping the other headers', async () => {
		const options = await s2s.authenticate({ accessToken: 'tok-1' }, { url: '/x', headers: { Accept: 'a' } });
		expect(options).toEqual({ url: '/x', headers: { Accept: 'a', Authorization: 'Bearer tok-1' } });
	});

	function helper(answer: (options: IHttpRequestOptions) => unknown): { helper: IHttpRequestHelper; calls: IHttpRequestOptions[] } {
		const calls: IHttpRequestOptions[] = [];
		const httpRequest = async (options: IHttpRequestOptions) => {
			calls.push(options);
			return answer(options);
		};
		return { helper: { helpers: { httpRequest } } as unknown as IHttpRequestHelper, calls };
	}

	it('fetches a Server-to-Server token from the environment of the credential', async () => {
		const { helper: zoomGov, calls } = helper(() => ({ access_token: 'token-1', token_type: 'bearer', expires_in: 3600 }));
		const credentials = { environment: 'zoomGov', accountId: 'acc', clientId: 'cid', clientSecret: 'secret' };
		await expect(s2s.preAuthentication!.call(zoomGov, credentials)).resolves.toEqual({ accessToken: 'token-1' });
		expect(calls).toEqual([
			{
				method: 'POST',
				url: 'https://zoomgov.com/oauth/token',
				qs: { grant_type: 'account_credentials', account_id: 'acc' },
				auth: { username: 'cid', password: 'secret' },
				json: true,
			},
		]);
	});

	it('refuses a bad custom host before requesting a token, and a token answer without a token', async () => {
		const { helper: none, calls } = helper(() => ({}));
		await expect(
			s2s.preAuthentication!.call(none, { environment: 'custom', customHost: 'http://127.0.0.1:1/path', accountId: 'a', clientId: 'c', clientSecret: 's' }),
		).rejects.toThrow(/"Custom Host" contains a path/);
		expect(calls).toHaveLength(0);
		await expect(s2s.preAuthentication!.call(none, { environment: 'zoom', accountId: 'a', clientId: 'c', clientSecret: 's' })).rejects.toThrow(
			'Zoom answered the token request without an access token',
		);
	});

	it("puts the token endpoint's reason into the error and keeps it an HTTP error", async () => {
		const refusal = Object.assign(new Error('Request failed with status code 401'), {
			response: { status: 401, data: { reason: 'Invalid client_id or client_secret', error: 'invalid_client' } },
		});
		const { helper: refusing } = helper(() => {
			throw refusal;
		});
		const error = await s2s.preAuthentication!.call(refusing, { environment: 'zoom', accountId: 'a', clientId: 'c', clientSecret: 's' }).catch((caught: unknown) => caught);
		expect(error).toBe(refusal);
		expect((error as Error).message).toBe('Token request refused: Invalid client_id or client_secret (invalid_client)');
	});
});

describe('parseMeetingId / parseOccurrenceId', () => {
	it('accepts digits with spaces and numbers', () => {
		expect(parseMeetingId('857 4606 5432')).toBe('85746065432');
		expect(parseMeetingId(85746065432)).toBe('85746065432');
		expect(parseMeetingId(' 123456789 ')).toBe('123456789');
	});

	it.each([[''], ['12345678'], ['0123456789'], ['85746065432a'], ['../85746065432'], ['1'.repeat(20)], [{}]])('refuses %p', (value) => {
		expect(problemOf(() => parseMeetingId(value))?.field).toBe('Meeting ID');
	});

	it('reads occurrence IDs', () => {
		expect(parseOccurrenceId('1648194360000')).toBe('1648194360000');
		expect(parseOccurrenceId('')).toBeUndefined();
		expect(problemOf(() => parseOccurrenceId('16481/94360000'))).toEqual({ field: 'Occurrence ID', problem: 'must be digits, such as 1648194360000' });
	});
});

describe('parseStartTime', () => {
	it('sends GMT for a time with an offset', () => {
		expect(parseStartTime('2030-01-15T10:00:00+02:00', undefined, 'UTC')).toEqual({ value: '2030-01-15T08:00:00Z', instant: Date.parse('2030-01-15T08:00:00Z') });
		expect(parseStartTime('2030-01-15T10:00:00.250Z', 'Europe/Berlin', 'UTC').value).toBe('2030-01-15T10:00:00Z');
		expect(parseStartTime(new Date('2030-01-15T10:00:00Z'), undefined, 'UTC').value).toBe('2030-01-15T10:00:00Z');
	});

	it('sends local time when the meeting time zone is given, reading the instant in that zone', () => {
		expect(parseStartTime('2030-07-01T09:30', 'America/New_York', 'UTC')).toEqual({
			value: '2030-07-01T09:30:00',
			instant: Date.parse('2030-07-01T13:30:00Z'),
		});
	});

	it("reads a local time in the workflow's time zone otherwise, across daylight saving time", () => {
		expect(parseStartTime('2030-01-15T10:00:00', undefined, 'America/New_York').value).toBe('2030-01-15T15:00:00Z');
		expect(parseStartTime('2030-07-15T10:00:00', undefined, 'America/New_York').value).toBe('2030-07-15T14:00:00Z');
		expect(parseStartTime('2030-07-15 10:00:00', undefined, 'Asia/Kolkata').value).toBe('2030-07-15T04:30:00Z');
	});

	it.each([['2030-02-30T10:00:00'], ['2030-01-15'], ['tomorrow'], [42]])('refuses %p', (value) => {
		expect(problemOf(() => parseStartTime(value, undefined, 'UTC'))?.field).toBe('Start Time');
	});
});

describe('buildUpdateBody', () => {
	it('maps n8n fields to Zoom keys and lists what changes', () => {
		const result = buildUpdateBody(
			{ topic: 'T', agenda: 'A', duration: '30', type: 2, password: 'a1@', preSchedule: true, scheduleFor: 'a@example.com', templateId: 'tpl', timezone: 'UTC', startTime: '2030-01-01T00:00:00Z', trackingFields: { field: [{ field: 'f', value: 'v' }] }, settings: { hostVideo: true } },
			context,
		);
		expect(result.body).toEqual({
			agenda: 'A',
			duration: 30,
			type: 2,
			password: 'a1@',
			pre_schedule: true,
			schedule_for: 'a@example.com',
			settings: { host_video: true },
			start_time: '2030-01-01T00:00:00Z',
			template_id: 'tpl',
			timezone: 'UTC',
			topic: 'T',
			tracking_fields: [{ field: 'f', value: 'v' }],
		});
		expect(result.updatedFields).toEqual(['agenda', 'duration', 'type', 'password', 'pre_schedule', 'schedule_for', 'settings.host_video', 'start_time', 'template_id', 'timezone', 'topic', 'tracking_fields']);
	});

	it.each([
		[{}, 'Update Fields'],
		[{ topic: '' }, 'Update Fields'],
		[{ settings: {} }, 'Update Fields'],
		[{ topic: 'x'.repeat(201) }, 'Topic'],
		[{ agenda: 'x'.repeat(2001) }, 'Agenda'],
		[{ password: 'x'.repeat(11) }, 'Passcode'],
		[{ password: 'pa$$' }, 'Passcode'],
		[{ duration: 1.5 }, 'Duration (Minutes)'],
		[{ type: 4 }, 'Meeting Type'],
		[{ type: 1, preSchedule: true }, 'Pre-Schedule'],
		[{ scheduleFor: 'not an id' }, 'Schedule For'],
		[{ startTime: '2026-11-21T11:59:59Z' }, 'Start Time'],
		[{ timezone: 'Nowhere/City' }, 'Timezone'],
		[{ trackingFields: { field: [{ field: '' }] } }, 'Tracking Fields › Tracking Field 1 › Field'],
		[{ color: 'blue' }, 'color'],
		[{ type: 8, startTime: '2030-01-01T00:00:00Z' }, 'Recurrence'],
	])('refuses %p in the %s field', (fields, field) => {
		expect(problemOf(() => buildUpdateBody(fields, context))?.field).toBe(field);
	});

	it('accepts a start time an instant after now, and the exact boundary is the past', () => {
		expect(buildUpdateBody({ startTime: '2026-11-21T12:00:01Z' }, context).body).toEqual({ start_time: '2026-11-21T12:00:01Z' });
		expect(problemOf(() => buildUpdateBody({ startTime: '2026-11-21T12:00:00Z' }, context))?.problem).toMatch(/^is in the past \(2026-11-21T12:00:00Z\)/);
	});

	it('allows only what Zoom can change for one occurrence', () => {
		const occurrence = { ...context, occurrenceId: '1' };
		expect(buildUpdateBody({ agenda: 'a', duration: 5, startTime: '2030-01-01T00:00:00Z', settings: { waitingRoom: true, autoRecording: 'cloud' } }, occurrence).updatedFields).toEqual([
			'agenda',
			'duration',
			'settings.waiting_room',
			'settings.auto_recording',
			'start_time',
		]);
		expect(problemOf(() => buildUpdateBody({ timezone: 'UTC' }, occurrence))?.field).toBe('Timezone');
		expect(problemOf(() => buildUpdateBody({ settings: { focusMode: true } }, occurrence))?.field).toBe('Settings › Focus Mode');
	});
});

describe('buildRecurrence', () => {
	it('builds every recurrence key', () => {
		expect(buildRecurrence({ type: 2, repeatInterval: 1, weeklyDays: ['4', '2', '2'], endDateTime: '2031-01-01T00:00:00' }, 'Europe/Berlin')).toEqual({
			type: 2,
			repeat_interval: 1,
			weekly_days: '2,4',
			end_date_time: '2030-12-31T23:00:00Z',
		});
		expect(buildRecurrence({ type: 3, monthlyDay: 23, repeatInterval: 3, endTimes: 365 }, 'UTC')).toEqual({ type: 3, monthly_day: 23, repeat_interval: 3, end_times: 365 });
		expect(buildRecurrence({ type: 3, monthlyWeek: -1, monthlyWeekDay: 6 }, 'UTC')).toEqual({ type: 3, monthly_week: -1, monthly_week_day: 6 });
	});

	it.each([
		[{ repeatInterval: 1 }, 'Recurrence › Type'],
		[{ type: 1, repeatInterval: 91 }, 'Recurrence › Repeat Interval'],
		[{ type: 3, repeatInterval: 4 }, 'Recurrence › Repeat Interval'],
		[{ type: 2, weeklyDays: ['8'] }, 'Recurrence › Weekly Days'],
		[{ type: 2, monthlyDay: 3 }, 'Recurrence › Monthly Day'],
		[{ type: 3, monthlyDay: 32 }, 'Recurrence › Monthly Day'],
		[{ type: 3, monthlyWeek: 1 }, 'Recurrence › Monthly Week Day'],
		[{ type: 3, monthlyWeek: 1, monthlyWeekDay: 2, monthlyDay: 1 }, 'Recurrence › Monthly Day'],
		[{ type: 1, endTimes: 366 }, 'Recurrence › End Times'],
		[{ type: 1, endTimes: 2, endDateTime: '2031-01-01T00:00:00Z' }, 'Recurrence › End Times'],
	])('refuses %p in the %s field', (input, field) => {
		expect(problemOf(() => buildRecurrence(input, 'UTC'))?.field).toBe(field);
	});
});

describe('settings', () => {
	it('covers exactly the settings keys of the update-meeting document', () => {
		expect([...SETTINGS_KEYS].sort()).toEqual([...SEED_SETTINGS].sort());
		expect(settingsOptions).toHaveLength(SEED_SETTINGS.length);
	});

	it('lists the options of every collection alphabetically', () => {
		const names = (options: Array<{ displayName: string }>) => options.map((option) => option.displayName);
		const sorted = (list: string[]) => [...list].sort((a, b) => a.localeCompare(b, 'en'));
		expect(names(settingsOptions)).toEqual(sorted(names(settingsOptions)));
		expect(names(updateFieldsOptions)).toEqual(sorted(names(updateFieldsOptions)));
	});

	it('builds lists and nested objects', () => {
		expect(
			buildSettings({
				alternativeHosts: ' a@example.com ; userId_1,',
				globalDialInCountries: 'us, de',
				meetingInvitees: 'a@example.com, b@example.com',
				breakoutRoom: { values: { enable: true, rooms: { room: [{ name: 'R', participants: '' }] } } },
				approvedOrDeniedCountriesOrRegions: { values: { enable: false, method: 'approve', approvedList: '', deniedList: '' } },
				customKeys: { customKey: [{ key: 'k' }] },
				resources: { resource: [{ resourceId: 'wb' }] },
				authenticationException: { exception: [{ email: 'x@example.com', name: '', joinUrl: '' }] },
			}),
		).toEqual({
			alternative_hosts: 'a@example.com;userId_1',
			global_dial_in_countries: ['US', 'DE'],
			meeting_invitees: [{ email: 'a@example.com' }, { email: 'b@example.com' }],
			breakout_room: { enable: true, rooms: [{ name: 'R', participants: [] }] },
			approved_or_denied_countries_or_regions: { enable: false, method: 'approve' },
			custom_keys: [{ key: 'k', value: '' }],
			resources: [{ resource_type: 'whiteboard', resource_id: 'wb', permission_level: 'editor' }],
			authentication_exception: [{ email: 'x@example.com' }],
		});
	});

	it('does not send a text setting left empty', () => {
		expect(buildSettings({ contactName: '', contactEmail: '', alternativeHosts: '' })).toEqual({});
	});

	it.each([
		[{ audio: 'radio' }, 'Settings › Audio'],
		[{ approvalType: 3 }, 'Settings › Approval Type'],
		[{ hostVideo: 'yes' }, 'Settings › Host Video'],
		[{ audioConferenceInfo: 'x'.repeat(2049) }, 'Settings › Audio Conference Info'],
		[{ alternativeHosts: 'not valid!' }, 'Settings › Alternative Hosts'],
		[{ approvedOrDeniedCountriesOrRegions: { values: { enable: true, method: 'approve', approvedList: '' } } }, 'Settings › Approved or Denied Countries or Regions › Approved List'],
		[{ authenticationException: { exception: [{ email: 'x@example.com', joinUrl: 'not a url' }] } }, 'Settings › Authentication Exceptions › Exception 1 › Join URL'],
		[{ breakoutRoom: { values: { rooms: { room: [{ name: '' }] } } } }, 'Settings › Breakout Rooms › Room 1 › Name'],
		[{ breakoutRoom: { values: { rooms: { room: [{ name: 'R', participants: 'nobody' }] } } } }, 'Settings › Breakout Rooms › Room 1 › Participants'],
		[{ customKeys: { customKey: [{ key: 'k', value: 'v'.repeat(257) }] } }, 'Settings › Custom Keys › Custom Key 1 › Value'],
		[{ globalDialInNumbers: { number: [{ country: 'USA' }] } }, 'Settings › Global Dial-In Numbers › Number 1 › Country'],
		[{ globalDialInNumbers: { number: [{ type: 'free' }] } }, 'Settings › Global Dial-In Numbers › Number 1 › Type'],
		[{ resources: { resource: [{ resourceId: 'x', permissionLevel: 'owner' }] } }, 'Settings › Resources › Resource 1 › Permission Level'],
		[{ signLanguageInterpretation: { values: { interpreters: { interpreter: [{ email: 'bad' }] } } } }, 'Settings › Sign Language Interpretation › Interpreter 1 › Email'],
		[{ continuousMeetingChat: { values: { enable: 'on' } } }, 'Settings › Continuous Meeting Chat › Enable'],
		[{ unknownSetting: true }, 'Settings › unknownSetting'],
	])('refuses %p in the %s field', (input, field) => {
		expect(problemOf(() => buildSettings(input))?.field).toBe(field);
	});
});
