import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import type { RecordedRequest } from '../simulators/base';
import { createZoomSimulator, DEFAULT_CREDENTIALS } from '../simulators/zoom';
import type { RunResult } from '../support/harness';
import { outputJson, runNode } from '../support/harness';
import { useSimulator } from '../support/simulatorLifecycle';

const S2S = 'zoomServerToServerOAuthApi';
const USER_APP = 'zoomMeetingsOAuth2Api';
const MEETING = '85746065432';
const RECURRING = '83920174655';
const STARTED = '81234567890';
const DAY_MS = 24 * 3600 * 1000;

const sim = createZoomSimulator();
const waits = useSimulator(sim);

function s2sCredentials(overrides: IDataObject = {}): Record<string, ICredentialDataDecryptedObject> {
	return { [S2S]: { environment: 'custom', customHost: sim.url, ...DEFAULT_CREDENTIALS, ...overrides } as ICredentialDataDecryptedObject };
}

function oauth2Credentials(tokens: { access_token: string; refresh_token: string }, overrides: IDataObject = {}) {
	return {
		[USER_APP]: {
			environment: 'custom',
			customHost: sim.url,
			grantType: 'authorizationCode',
			accessTokenUrl: `${sim.url}/oauth/token`,
			clientId: DEFAULT_CREDENTIALS.clientId,
			clientSecret: DEFAULT_CREDENTIALS.clientSecret,
			authentication: 'header',
			oauthTokenData: { access_token: tokens.access_token, refresh_token: tokens.refresh_token },
			...overrides,
		} as ICredentialDataDecryptedObject,
	};
}

const future = (days = 30) => new Date(Date.now() + days * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');

function updateParameters(updateFields: IDataObject, options: IDataObject = {}, extra: IDataObject = {}): IDataObject {
	return {
		authentication: 'serverToServerOAuth',
		resource: 'meeting',
		operation: 'update',
		meetingId: '={{ $json.meetingId }}',
		updateFields,
		options,
		...extra,
	};
}

const endParameters = { authentication: 'serverToServerOAuth', resource: 'meeting', operation: 'end', meetingId: '={{ $json.meetingId }}' };

async function update(
	updateFields: IDataObject,
	items: IDataObject[] = [{ meetingId: MEETING }],
	options: IDataObject = {},
	credentials = s2sCredentials(),
	extra: IDataObject = {},
): Promise<RunResult> {
	return await runNode({ items, node: { type: 'zoomMeetings', parameters: updateParameters(updateFields, options, extra) }, credentials });
}

const patches = (): RecordedRequest[] => sim.requests.filter((request) => request.method === 'PATCH');

function expectNoSecrets(result: RunResult, secrets: string[]): void {
	const text = JSON.stringify({ error: result.run.data.resultData.error, output: result.output, message: result.error?.message, description: result.error?.description });
	for (const secret of secrets) expect(text).not.toContain(secret);
}

describe('Zoom Meetings › meeting › update (Server-to-Server OAuth)', () => {
	it('fetches a token, sends the PATCH and says what was updated', async () => {
		const startTime = future();
		const result = await update({
			topic: 'Quarterly planning',
			agenda: 'Roadmap',
			duration: 90,
			startTime,
			timezone: 'Europe/Berlin',
			settings: { waitingRoom: false, joinBeforeHost: true, jbhTime: 5, alternativeHosts: 'host@example.com, sandboxHostId002' },
		});
		expect(result.error).toBeUndefined();
		expect(outputJson(result)).toEqual([
			{
				meetingId: MEETING,
				updated: true,
				updatedFields: [
					'agenda',
					'duration',
					'settings.alternative_hosts',
					'settings.join_before_host',
					'settings.jbh_time',
					'settings.waiting_room',
					'start_time',
					'timezone',
					'topic',
				],
			},
		]);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
		expect(result.events).toEqual([`preAuthentication:${S2S}:empty`]);

		const [token] = sim.tokenRequests();
		expect(token.method).toBe('POST');
		expect(token.query).toEqual({ grant_type: 'account_credentials', account_id: 'sandbox-account' });
		expect(token.headers.authorization).toBe(`Basic ${Buffer.from('sandbox-client-id:sandbox-client-secret').toString('base64')}`);

		const [patch] = patches();
		expect(patch.path).toBe(`/v2/meetings/${MEETING}`);
		expect(patch.headers['content-type']).toMatch(/^application\/json/);
		expect(patch.headers.authorization).toMatch(/^Bearer zs2s_/);
		expect(patch.body).toEqual({
			agenda: 'Roadmap',
			duration: 90,
			settings: { alternative_hosts: 'host@example.com;sandboxHostId002', join_before_host: true, jbh_time: 5, waiting_room: false },
			start_time: startTime,
			timezone: 'Europe/Berlin',
			topic: 'Quarterly planning',
		});
		expect(sim.meetings.get(MEETING)).toMatchObject({ topic: 'Quarterly planning', duration: 90, start_time: startTime });
	});

	it('sends every body field of the update-meeting document, and Zoom accepts them', async () => {
		const startTime = future(10);
		const result = await update({
			agenda: 'All fields',
			duration: 45,
			type: 8,
			password: 'a@b-c_d*9',
			preSchedule: false,
			scheduleFor: 'host@example.com',
			recurrence: { type: 2, repeatInterval: 2, weeklyDays: ['2', '4'], endTimes: 6 },
			startTime,
			templateId: 'Dv4YdINdTk+Z5RToadh5ug==',
			timezone: 'America/Los_Angeles',
			topic: 'Everything',
			trackingFields: { field: [{ field: 'cost_center', value: '42' }] },
			settings: {
				allowMultipleDevices: true,
				alternativeHosts: 'host@example.com',
				alternativeHostsEmailNotification: false,
				alternativeHostUpdatePolls: true,
				approvalType: 0,
				approvedOrDeniedCountriesOrRegions: { values: { enable: true, method: 'deny', approvedList: '', deniedList: 'cx, ca' } },
				audio: 'voip',
				audioConferenceInfo: 'Dial 555',
				authenticationDomains: 'example.com',
				authenticationException: { exception: [{ email: 'guest@example.org', name: 'Guest', joinUrl: 'https://example.com/s/1' }] },
				authenticationName: 'Sign in to Zoom',
				authenticationOption: 'signIn_example_option',
				autoRecording: 'cloud',
				breakoutRoom: { values: { enable: true, rooms: { room: [{ name: 'Room A', participants: 'ada@example.com, bob@example.com' }] } } },
				calendarType: 2,
				closeRegistration: true,
				cnMeeting: false,
				contactEmail: 'contact@example.com',
				contactName: 'Contact Person',
				customKeys: { customKey: [{ key: 'k1', value: 'v1' }] },
				emailNotification: true,
				encryptionType: 'enhanced_encryption',
				enforceLogin: false,
				enforceLoginDomains: 'example.com',
				focusMode: true,
				globalDialInCountries: 'us,de',
				globalDialInNumbers: { number: [{ city: 'New York', country: 'us', countryName: 'United States', number: '+1 1000200200', type: 'tollfree' }] },
				hostVideo: true,
				inMeeting: false,
				jbhTime: 10,
				joinBeforeHost: true,
				languageInterpretation: { values: { enable: true, interpreters: { interpreter: [{ email: 'int@example.com', languages: 'US,FR' }] } } },
				signLanguageInterpretation: { values: { enable: true, interpreters: { interpreter: [{ email: 'asl@example.com', signLanguage: 'American' }] } } },
				meetingAuthentication: true,
				meetingInvitees: 'ada@example.com;bob@example.com',
				muteUponEntry: true,
				participantVideo: false,
				privateMeeting: false,
				registrantsConfirmationEmail: true,
				registrantsEmailNotification: true,
				registrationType: 3,
				showShareButton: true,
				usePmi: false,
				waitingRoom: true,
				watermark: true,
				hostSaveVideoOrder: true,
				internalMeeting: false,
				continuousMeetingChat: { values: { enable: true, autoAddInvitedExternalUsers: false } },
				participantFocusedMeeting: false,
				resources: { resource: [{ resourceType: 'whiteboard', resourceId: 'wb-1', permissionLevel: 'viewer' }] },
				autoStartMeetingSummary: true,
				autoStartAiCompanionQuestions: false,
			},
		});
		expect(result.error).toBeUndefined();
		const body = patches()[0].body as IDataObject;
		expect(Object.keys(body).sort()).toEqual(
			['agenda', 'duration', 'password', 'pre_schedule', 'recurrence', 'schedule_for', 'settings', 'start_time', 'template_id', 'timezone', 'topic', 'tracking_fields', 'type'].sort(),
		);
		expect(body.recurrence).toEqual({ type: 2, repeat_interval: 2, weekly_days: '2,4', end_times: 6 });
		expect(body.tracking_fields).toEqual([{ field: 'cost_center', value: '42' }]);
		const settings = body.settings as IDataObject;
		expect(Object.keys(settings)).toHaveLength(52);
		expect(settings).toMatchObject({
			approved_or_denied_countries_or_regions: { enable: true, method: 'deny', denied_list: ['CX', 'CA'] },
			authentication_exception: [{ email: 'guest@example.org', name: 'Guest', join_url: 'https://example.com/s/1' }],
			breakout_room: { enable: true, rooms: [{ name: 'Room A', participants: ['ada@example.com', 'bob@example.com'] }] },
			custom_keys: [{ key: 'k1', value: 'v1' }],
			global_dial_in_countries: ['US', 'DE'],
			global_dial_in_numbers: [{ city: 'New York', country: 'US', country_name: 'United States', number: '+1 1000200200', type: 'tollfree' }],
			language_interpretation: { enable: true, interpreters: [{ email: 'int@example.com', languages: 'US,FR' }] },
			sign_language_interpretation: { enable: true, interpreters: [{ email: 'asl@example.com', sign_language: 'American' }] },
			meeting_invitees: [{ email: 'ada@example.com' }, { email: 'bob@example.com' }],
			continuous_meeting_chat: { enable: true, auto_add_invited_external_users: false },
			resources: [{ resource_type: 'whiteboard', resource_id: 'wb-1', permission_level: 'viewer' }],
		});
		expect(outputJson(result)[0].updatedFields).toHaveLength(12 + 52);
	});

	it('outputs the meeting fetched back when Return Updated Meeting is on', async () => {
		const result = await update({ topic: 'Renamed' }, [{ meetingId: '857 4606 5432' }], { returnUpdatedMeeting: true });
		expect(result.error).toBeUndefined();
		expect(outputJson(result)[0]).toMatchObject({ id: 85746065432, topic: 'Renamed', join_url: 'https://zoom.us/j/85746065432' });
		expect(sim.apiRequests().map((request) => `${request.method} ${request.path}`)).toEqual([
			`PATCH /v2/meetings/${MEETING}`,
			`GET /v2/meetings/${MEETING}`,
		]);
	});

	it('changes one occurrence of a recurring meeting with occurrence_id', async () => {
		const occurrenceId = (sim.meetings.get(RECURRING)?.occurrences as Array<{ occurrence_id: string }>)[1].occurrence_id;
		const result = await update({ agenda: 'Only this week', settings: { muteUponEntry: false } }, [{ meetingId: RECURRING }], {
			occurrenceId,
			returnUpdatedMeeting: true,
		});
		expect(result.error).toBeUndefined();
		expect(patches()[0].query).toEqual({ occurrence_id: occurrenceId });
		expect(sim.requests.find((request) => request.method === 'GET')?.query).toEqual({ occurrence_id: occurrenceId });
		expect(outputJson(result)[0]).toMatchObject({ agenda: 'Only this week', settings: { mute_upon_entry: false } });
		expect(sim.meetings.get(RECURRING)).toMatchObject({ agenda: '' });
	});

	it('outputs the occurrence ID in the summary', async () => {
		const result = await update({ duration: 20 }, [{ meetingId: RECURRING }], { occurrenceId: '1648194360000' });
		expect(result.error?.description).toContain('Invalid occurrence_id: 1648194360000.');
		const occurrenceId = (sim.meetings.get(RECURRING)?.occurrences as Array<{ occurrence_id: string }>)[0].occurrence_id;
		const ok = await update({ duration: 20 }, [{ meetingId: RECURRING }], { occurrenceId });
		expect(outputJson(ok)).toEqual([{ meetingId: RECURRING, occurrenceId, updated: true, updatedFields: ['duration'] }]);
	});

	it.each([
		['a topic over 200 characters', { topic: 'x'.repeat(201) }, /"Topic" field must be at most 200 characters long \(it has 201\) \[item 0\]/],
		['an agenda over 2000 characters', { agenda: 'x'.repeat(2001) }, /"Agenda" field must be at most 2000 characters long/],
		['a passcode over 10 characters', { password: '12345678901' }, /"Passcode" field must be at most 10 characters long/],
		['a passcode with other characters', { password: 'pass word' }, /"Passcode" field may contain only letters, digits, @, -, _ and \*/],
		['an unknown meeting type', { type: 5 }, /"Meeting Type" field must be one of: 1, 2, 3, 8/],
		['a duration of zero', { duration: 0 }, /"Duration \(Minutes\)" field must be at least 1/],
		['a bad invitee email', { settings: { meetingInvitees: 'ada@example.com, not-an-email' } }, /"Settings › Meeting Invitees" field must be email addresses separated by commas \("not-an-email" is not one\)/],
		['a bad contact email', { settings: { contactEmail: 'nobody' } }, /"Settings › Contact Email" field must be a valid email address/],
		['a bad Join Before Host time', { settings: { jbhTime: 7 } }, /"Settings › Join Before Host Time" field must be one of: 10, 5, 0/],
		['11 custom keys', { settings: { customKeys: { customKey: Array.from({ length: 11 }, (_, index) => ({ key: `k${index}`, value: 'v' })) } } }, /"Settings › Custom Keys" field may hold at most 10 entries \(it has 11\)/],
		['a custom key over 64 characters', { settings: { customKeys: { customKey: [{ key: 'k'.repeat(65), value: '' }] } } }, /"Settings › Custom Keys › Custom Key 1 › Key" field must be at most 64 characters long/],
		['an interpreter with one language', { settings: { languageInterpretation: { values: { enable: true, interpreters: { interpreter: [{ email: 'i@example.com', languages: 'US' }] } } } } }, /Interpreter 1 › Languages" field must be two codes/],
		['a denied list that is not country codes', { settings: { approvedOrDeniedCountriesOrRegions: { values: { enable: true, method: 'deny', deniedList: 'Canada' } } } }, /Denied List" field must be two-letter country codes/],
		['a start time in the past', { startTime: '2020-01-01T10:00:00Z' }, /"Start Time" field is in the past \(2020-01-01T10:00:00Z\); Zoom ignores a start time in the past.* \[item 0\]/],
		['an unreadable start time', { startTime: 'next tuesday' }, /"Start Time" field must be a date and time/],
		['an unknown time zone', { timezone: 'Mars/Olympus' }, /"Timezone" field must be a tz database time zone/],
		['recurrence without a type', { recurrence: { repeatInterval: 2 } }, /"Recurrence › Type" field is required/],
		['a weekly interval over 12', { recurrence: { type: 2, repeatInterval: 13 } }, /"Recurrence › Repeat Interval" field must be at most 12/],
		['both end times and an end date', { recurrence: { type: 1, endTimes: 3, endDateTime: future() } }, /"Recurrence › End Times" field cannot be combined with End Date Time/],
		['weekly days on a daily recurrence', { recurrence: { type: 1, weeklyDays: ['2'] } }, /"Recurrence › Weekly Days" field applies only to weekly recurrence/],
		['recurrence on a scheduled meeting', { type: 2, recurrence: { type: 1 } }, /"Recurrence" field applies only to recurring meetings with a fixed time/],
		['Schedule For on an instant meeting', { type: 1, scheduleFor: 'host@example.com' }, /"Schedule For" field cannot be used with instant meetings/],
		['an empty update', {}, /"Update Fields" field is empty: add at least one field/],
		['an update whose fields are all empty', { topic: '', agenda: '' }, /"Update Fields" field is empty/],
	])('refuses %s before sending anything', async (_case, fields, message) => {
		const result = await update(fields as IDataObject);
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toContain('Nothing was sent');
		expect(sim.requests).toHaveLength(0);
	});

	it.each([['../users'], ['12345'], ['aDYlohsHRtCd4ii1uC2+hA=='], ['https://zoom.us/j/85746065432']])(
		'refuses the meeting ID %p before sending anything',
		async (meetingId) => {
			const result = await update({ topic: 'x' }, [{ meetingId }]);
			expect(result.error?.message).toMatch(/"Meeting ID" field must be a Zoom meeting ID: 9 to 19 digits.* \[item 0\]/);
			expect(sim.requests).toHaveLength(0);
		},
	);

	it('refuses fields Zoom cannot change for a single occurrence', async () => {
		const topic = await update({ topic: 'x' }, [{ meetingId: RECURRING }], { occurrenceId: '1648194360000' });
		expect(topic.error?.message).toMatch(/"Topic" field cannot be changed for a single occurrence/);
		const setting = await update({ settings: { audio: 'voip' } }, [{ meetingId: RECURRING }], { occurrenceId: '1648194360000' });
		expect(setting.error?.message).toMatch(/"Settings › Audio" field cannot be changed for a single occurrence/);
		expect(sim.requests).toHaveLength(0);
	});

	it('with Continue On Fail, a bad item becomes an error item and the others still run', async () => {
		const result = await runNode({
			items: [
				{ meetingId: MEETING, topic: 'First' },
				{ meetingId: MEETING, topic: 'y'.repeat(300) },
				{ meetingId: '99999999999', topic: 'Missing' },
				{ meetingId: RECURRING, topic: 'Fourth' },
			],
			node: { type: 'zoomMeetings', parameters: updateParameters({ topic: '={{ $json.topic }}' }), continueOnFail: true },
			credentials: s2sCredentials(),
		});
		const json = outputJson(result);
		expect(json).toHaveLength(4);
		expect(json[0]).toEqual({ meetingId: MEETING, updated: true, updatedFields: ['topic'] });
		expect(json[1].error).toMatch(/"Topic" field must be at most 200 characters long \(it has 300\) \[item 1\]/);
		expect(json[2]).toMatchObject({ error: 'Zoom could not find the meeting; it does not exist or has expired', httpCode: '404', code: '3001' });
		expect(json[3]).toEqual({ meetingId: RECURRING, updated: true, updatedFields: ['topic'] });
		expect(result.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(patches().map((request) => (request.body as IDataObject).topic)).toEqual(['First', 'Missing', 'Fourth']);
		// One token for the whole run: later items reuse it.
		expect(sim.tokenRequests()).toHaveLength(1);
	});
});

describe('Zoom Meetings › errors', () => {
	it('maps a 400 validation failure so each field error reaches the description', async () => {
		sim.inject(
			{ status: 400, body: { code: 300, message: 'Validation Failed.', errors: [{ field: 'settings.jbh_time', message: 'Invalid field.' }, { field: 'topic', message: 'Topic is too long.' }] } },
			1,
			(request) => request.method === 'PATCH',
		);
		const result = await update({ topic: 'x' });
		expect(result.error?.message).toBe('Zoom rejected the request as invalid');
		expect(result.error?.httpCode).toBe('400');
		expect(result.error?.description).toContain('Zoom says (code 300): Validation Failed.');
		expect(result.error?.description).toContain('settings.jbh_time: Invalid field.');
		expect(result.error?.description).toContain('topic: Topic is too long.');
		expect(patches()).toHaveLength(1);
	});

	it("reports Zoom's own 400s (unknown Schedule For user, a meeting in progress)", async () => {
		const scheduleFor = await update({ scheduleFor: 'stranger@example.com' });
		expect(scheduleFor.error?.message).toBe('Zoom rejected the request as invalid');
		expect(scheduleFor.error?.description).toContain('Zoom says (code 300): The value that you entered for the schedule_for field is invalid.');
		const started = await update({ topic: 'x' }, [{ meetingId: STARTED }]);
		expect(started.error?.description).toContain('Zoom says (code 3000): You cannot update or delete meetings that have started using this method.');
	});

	it('maps a 404 with code 3001', async () => {
		const result = await update({ topic: 'x' }, [{ meetingId: '99999999999' }]);
		expect(result.error?.message).toBe('Zoom could not find the meeting; it does not exist or has expired');
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.description).toBe('Zoom says (code 3001): Meeting does not exist: 99999999999.');
	});

	it('fails with a 401 when the API keeps refusing a freshly fetched token', async () => {
		sim.inject({ status: 401, body: { code: 124, message: 'Invalid access token.' } }, 3, (request) => request.path.startsWith('/v2/'));
		const result = await update({ topic: 'x' });
		expect(result.error?.message).toBe('Zoom did not accept the credentials');
		expect(result.error?.httpCode).toBe('401');
		expect(result.error?.description).toContain('Invalid access token.');
		expect(result.events).toEqual([`preAuthentication:${S2S}:empty`, `preAuthentication:${S2S}:expired`]);
		expect(sim.tokenRequests()).toHaveLength(2);
		expect(waits).toEqual([]);
	});

	it('fails with a 401 when the token request is refused, and never shows the secret', async () => {
		const result = await update({ topic: 'x' }, [{ meetingId: MEETING }], {}, s2sCredentials({ clientSecret: 'dummy-wrong-secret-123' }));
		expect(result.error?.message).toBe('Zoom did not accept the credentials');
		expect(result.error?.httpCode).toBe('401');
		expect(result.error?.description).toContain('Invalid client_id or client_secret');
		expect(sim.apiRequests()).toHaveLength(0);
		expectNoSecrets(result, ['dummy-wrong-secret-123', Buffer.from('sandbox-client-id:dummy-wrong-secret-123').toString('base64')]);
	});

	it('reports a wrong account ID', async () => {
		const result = await update({ topic: 'x' }, [{ meetingId: MEETING }], {}, s2sCredentials({ accountId: 'other-account' }));
		expect(result.error?.httpCode).toBe('400');
		expect(result.error?.description).toContain('Invalid account_id');
		expect(sim.apiRequests()).toHaveLength(0);
	});

	it('waits for Retry-After on a per-second 429 and then succeeds', async () => {
		sim.inject(
			{ status: 429, body: { code: 429, message: 'Too many requests. Please try again later.' }, headers: { 'Retry-After': '2', 'X-RateLimit-Type': 'QPS' } },
			1,
			(request) => request.method === 'PATCH',
		);
		const result = await update({ topic: 'x' });
		expect(result.error).toBeUndefined();
		expect(waits).toEqual([2000]);
		expect(patches()).toHaveLength(2);
	});

	it("fails at once, without waiting, when Zoom's daily limit of 100 updates is used up", async () => {
		sim.setUpdateCount(MEETING, 100);
		const result = await update({ topic: 'x' });
		expect(result.error?.message).toBe(
			"Zoom's daily limit of 100 meeting updates is used up; Zoom accepts no more updates until the limit resets at 00:00 GMT",
		);
		expect(result.error?.httpCode).toBe('429');
		expect(result.error?.description).toContain('You have exceeded the daily rate limit (100) of Meeting Create/Update API requests');
		expect(result.error?.description).toMatch(/Retry after \d+(\.\d)? (h|min|s) \(at \d{4}-\d{2}-\d{2}T00:00:00\.000Z\)\./);
		expect(waits).toEqual([]);
		expect(patches()).toHaveLength(1);
	});

	it('counts updates per meeting: the 100th passes, the 101st is refused', async () => {
		sim.setUpdateCount(MEETING, 99);
		const last = await update({ topic: 'hundredth' });
		expect(last.error).toBeUndefined();
		const over = await update({ topic: 'one too many' });
		expect(over.error?.httpCode).toBe('429');
		const other = await update({ topic: 'other meeting' }, [{ meetingId: RECURRING }]);
		expect(other.error).toBeUndefined();
	});

	it('treats a 429 whose Retry-After is hours away as a daily limit', async () => {
		const retryAt = new Date(Date.now() + 5 * 3600 * 1000).toISOString();
		sim.inject({ status: 429, body: { code: 429, message: 'Too many requests.' }, headers: { 'Retry-After': retryAt } }, 1, (request) => request.method === 'PATCH');
		const result = await update({ topic: 'x' });
		expect(result.error?.message).toBe("Zoom's daily rate limit for this request is used up; Zoom accepts no more of these requests until the limit resets");
		expect(waits).toEqual([]);
		expect(patches()).toHaveLength(1);
	});

	it('retries an update after a 503 (re-sending it is harmless)', async () => {
		sim.inject({ status: 503, body: { code: 503, message: 'Service unavailable.' } }, 1, (request) => request.method === 'PATCH');
		const result = await update({ topic: 'x' });
		expect(result.error).toBeUndefined();
		expect(waits).toEqual([1000]);
		expect(patches()).toHaveLength(2);
	});

	it('says the update was applied when only the fetch-back fails', async () => {
		sim.inject({ status: 403, body: { code: 4711, message: 'Invalid access token, does not contain scopes:[meeting:read:meeting:admin].' } }, 1, (request) => request.method === 'GET');
		const result = await update({ topic: 'Applied' }, [{ meetingId: MEETING }], { returnUpdatedMeeting: true });
		expect(result.error?.message).toMatch(/^Zoom refused access/);
		expect(result.error?.description).toMatch(/^The update itself was applied; only fetching the updated meeting failed\./);
		expect(sim.meetings.get(MEETING)).toMatchObject({ topic: 'Applied' });
	});
});

describe('Zoom Meetings › meeting › end', () => {
	it('ends a meeting in progress', async () => {
		const result = await runNode({ items: [{ meetingId: STARTED }], node: { type: 'zoomMeetings', parameters: endParameters }, credentials: s2sCredentials() });
		expect(result.error).toBeUndefined();
		expect(outputJson(result)).toEqual([{ meetingId: STARTED, ended: true }]);
		const [put] = sim.apiRequests();
		expect(put).toMatchObject({ method: 'PUT', path: `/v2/meetings/${STARTED}/status`, body: { action: 'end' } });
		expect(put.headers['content-type']).toMatch(/^application\/json/);
		expect(sim.meetings.get(STARTED)).toMatchObject({ status: 'waiting' });
	});

	it('maps a 404 and refuses a bad meeting ID without sending anything', async () => {
		const missing = await runNode({ items: [{ meetingId: '99999999999' }], node: { type: 'zoomMeetings', parameters: endParameters }, credentials: s2sCredentials() });
		expect(missing.error?.message).toBe('Zoom could not find the meeting; it does not exist or has expired');
		sim.clearRequests();
		const bad = await runNode({ items: [{ meetingId: 'a/b' }], node: { type: 'zoomMeetings', parameters: endParameters }, credentials: s2sCredentials() });
		expect(bad.error?.message).toMatch(/"Meeting ID" field must be a Zoom meeting ID/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('Zoom Meetings › Server-to-Server token lifecycle', () => {
	it('fetches a token when none is stored, and a new one after Zoom expires it', async () => {
		const credentials = s2sCredentials();
		const first = await update({ topic: 'one' }, [{ meetingId: MEETING }], {}, credentials);
		expect(first.error).toBeUndefined();
		expect(first.events).toEqual([`preAuthentication:${S2S}:empty`]);
		const firstToken = credentials[S2S].accessToken;
		expect(firstToken).toMatch(/^zs2s_/);

		// A second run reuses the stored token.
		sim.clearRequests();
		const second = await update({ topic: 'two' }, [{ meetingId: MEETING }], {}, credentials);
		expect(second.events).toEqual([]);
		expect(sim.tokenRequests()).toHaveLength(0);

		sim.expireTokens();
		sim.clearRequests();
		const third = await update({ topic: 'three' }, [{ meetingId: MEETING }], {}, credentials);
		expect(third.error).toBeUndefined();
		expect(third.events).toEqual([`preAuthentication:${S2S}:expired`]);
		expect(sim.tokenRequests()).toHaveLength(1);
		expect(sim.tokenRequests()[0].query).toEqual({ grant_type: 'account_credentials', account_id: 'sandbox-account' });
		expect(credentials[S2S].accessToken).not.toBe(firstToken);
		// 401 (answered), 401 (re-sent so n8n re-authenticates), then the update with the new token.
		expect(patches().map((request) => request.headers.authorization)).toEqual([
			`Bearer ${firstToken}`,
			`Bearer ${firstToken}`,
			`Bearer ${credentials[S2S].accessToken}`,
		]);
		expect(sim.meetings.get(MEETING)).toMatchObject({ topic: 'three' });
		expectNoSecrets(third, [String(credentials[S2S].accessToken), String(firstToken), DEFAULT_CREDENTIALS.clientSecret]);
	});
});

describe('Zoom Meetings › OAuth2', () => {
	it('uses the access token, and refreshes it with the refresh token after it expires', async () => {
		const tokens = sim.issueUserTokens();
		const credentials = oauth2Credentials(tokens);
		const parameters = updateParameters({ topic: 'Via OAuth2' }, {}, { authentication: 'oAuth2' });
		const first = await runNode({ items: [{ meetingId: MEETING }], node: { type: 'zoomMeetings', parameters }, credentials });
		expect(first.error).toBeUndefined();
		expect(patches()[0].headers.authorization).toBe(`Bearer ${tokens.access_token}`);
		expect(sim.tokenRequests()).toHaveLength(0);

		sim.expireTokens();
		sim.clearRequests();
		const second = await runNode({ items: [{ meetingId: MEETING }], node: { type: 'zoomMeetings', parameters }, credentials });
		expect(second.error).toBeUndefined();
		expect(second.events).toEqual([`oauthTokenRefreshed:${USER_APP}`]);
		const [refresh] = sim.tokenRequests();
		expect(refresh.body).toMatchObject({ grant_type: 'refresh_token', refresh_token: tokens.refresh_token });
		expect(refresh.headers.authorization).toBe(`Basic ${Buffer.from('sandbox-client-id:sandbox-client-secret').toString('base64')}`);
		const stored = credentials[USER_APP].oauthTokenData as IDataObject;
		expect(stored.refresh_token).not.toBe(tokens.refresh_token);
		expect(patches().at(-1)?.headers.authorization).toBe(`Bearer ${String(stored.access_token)}`);
		expect(outputJson(second)).toEqual([{ meetingId: MEETING, updated: true, updatedFields: ['topic'] }]);
		expectNoSecrets(second, [tokens.access_token, tokens.refresh_token, String(stored.access_token), String(stored.refresh_token)]);
	});

	it('fails clearly when the refresh token is no longer valid, and never shows the tokens', async () => {
		const tokens = sim.issueUserTokens();
		sim.expireTokens();
		const credentials = oauth2Credentials({ access_token: tokens.access_token, refresh_token: 'zref_revoked_refresh_token_value' });
		const parameters = updateParameters({ topic: 'x' }, {}, { authentication: 'oAuth2' });
		const result = await runNode({ items: [{ meetingId: MEETING }], node: { type: 'zoomMeetings', parameters }, credentials });
		expect(result.error?.message).toBe('Zoom did not accept the credentials');
		expect(result.error?.description).toMatch(/refresh/i);
		expect(sim.tokenRequests()).toHaveLength(1);
		expectNoSecrets(result, [tokens.access_token, 'zref_revoked_refresh_token_value', DEFAULT_CREDENTIALS.clientSecret]);
	});
});

describe('Zoom Meetings › environments', () => {
	it('accepts a custom host with a trailing slash', async () => {
		const result = await update({ topic: 'x' }, [{ meetingId: MEETING }], {}, s2sCredentials({ customHost: `${sim.url}/` }));
		expect(result.error).toBeUndefined();
		expect(patches()[0].path).toBe(`/v2/meetings/${MEETING}`);
	});

	it.each([
		[`/v2?x=1`, /credential's "Custom Host" contains a query/],
		[`/evil`, /credential's "Custom Host" contains a path \("\/evil"\)/],
	])('refuses a custom host ending in %p without sending anything', async (suffix, message) => {
		const result = await update({ topic: 'x' }, [{ meetingId: MEETING }], {}, s2sCredentials({ customHost: `${sim.url}${suffix}` }));
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toMatch(/enter only a scheme, host and port/);
		expect(sim.requests).toHaveLength(0);
	});

	it('refuses user info and whitespace in the custom host of either credential', async () => {
		const userInfo = await update({ topic: 'x' }, [{ meetingId: MEETING }], {}, s2sCredentials({ customHost: 'http://user:pw@127.0.0.1:1' }));
		expect(userInfo.error?.message).toMatch(/contains user info/);
		const tokens = sim.issueUserTokens();
		const parameters = updateParameters({ topic: 'x' }, {}, { authentication: 'oAuth2' });
		const spaced = await runNode({
			items: [{ meetingId: MEETING }],
			node: { type: 'zoomMeetings', parameters },
			credentials: oauth2Credentials(tokens, { customHost: ' 127.0.0.1:1' }),
		});
		expect(spaced.error?.message).toMatch(/credential's "Custom Host" contains whitespace/);
		expect(sim.requests).toHaveLength(0);
	});
});
