import type { IDataObject } from 'n8n-workflow';

import type { RecordedRequest } from '../simulators/base';
import { createZoomSimulator } from '../simulators/zoom';
import { outputJson } from '../support/harness';
import { useSimulator } from '../support/simulatorLifecycle';
import { ENDED, locator, MEETING, OTHER_HOST, RECURRING, REGISTRATION, sent, STARTED, zoomPicker, zoomRunner } from './zoomSupport';

const sim = createZoomSimulator();
const waits = useSimulator(sim);
const run = zoomRunner(sim, 'meeting');
const DAY_MS = 24 * 3600 * 1000;
const future = (days = 30) => new Date(Date.now() + days * DAY_MS).toISOString().replace(/\.\d{3}Z$/, 'Z');
const api = (request: RecordedRequest) => request.path.startsWith('/v2/');
const SIMPLE_KEYS = ['id', 'uuid', 'topic', 'type', 'status', 'start_time', 'duration', 'timezone', 'agenda', 'join_url', 'host_email', 'created_at'];

describe('Zoom Meetings › meeting › create', () => {
	it('creates a meeting for the user and outputs Zoom\'s 201 answer', async () => {
		const startTime = future();
		const result = await run({
			parameters: {
				operation: 'create',
				userId: 'host@example.com',
				topic: 'Design review',
				additionalFields: { startTime, duration: 30, timezone: 'Europe/Berlin', agenda: 'Mockups', defaultPassword: true, settings: { waitingRoom: false, muteUponEntry: true } },
			},
		});
		expect(result.error).toBeUndefined();
		const [created] = outputJson(result);
		expect(created).toMatchObject({ id: expect.any(Number), topic: 'Design review', host_email: 'host@example.com', start_time: startTime, duration: 30, join_url: expect.stringMatching(/^https:\/\/zoom\.us\/j\/\d+$/) });
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
		const [post] = sim.apiRequests();
		expect(post.method).toBe('POST');
		expect(post.rawPath).toBe('/v2/users/host%40example.com/meetings');
		expect(post.headers['content-type']).toMatch(/^application\/json/);
		expect(post.headers.authorization).toMatch(/^Bearer zs2s_/);
		expect(post.body).toEqual({
			agenda: 'Mockups',
			duration: 30,
			settings: { mute_upon_entry: true, waiting_room: false },
			start_time: startTime,
			timezone: 'Europe/Berlin',
			topic: 'Design review',
			default_password: true,
		});
		expect(sim.meetings.get(String(created.id))).toMatchObject({ topic: 'Design review', host_id: 'sandboxHostId002' });
	});

	it('uses "me" by default, and one request per item', async () => {
		const result = await run({ parameters: { operation: 'create', topic: '={{ $json.topic }}' }, items: [{ topic: 'One' }, { topic: 'Two' }] });
		expect(outputJson(result).map((meeting) => meeting.topic)).toEqual(['One', 'Two']);
		expect(result.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(sent(sim)).toEqual(['POST /v2/users/me/meetings', 'POST /v2/users/me/meetings']);
	});

	it('maps an unknown user (404, code 1001) in its own words', async () => {
		const result = await run({ parameters: { operation: 'create', userId: 'nobody@example.com', topic: 'x' } });
		expect(result.error?.message).toBe('Zoom has no user nobody@example.com in this account');
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.description).toContain('code 1001');
	});

	it('shows each field error of a 300 validation failure', async () => {
		sim.inject({ status: 400, body: { code: 300, message: 'Validation Failed.', errors: [{ field: 'settings.alternative_hosts', message: 'Invalid field.' }] } }, 1, api);
		const result = await run({ parameters: { operation: 'create', topic: 'x' } });
		expect(result.error?.message).toMatch(/^Zoom refused to create the meeting/);
		expect(result.error?.description).toContain('code 300');
		expect(result.error?.description).toContain('settings.alternative_hosts: Invalid field.');
	});

	it('retries a create refused with a per-second 429 (nothing was created)', async () => {
		sim.inject({ status: 429, body: { code: 429, message: 'Too many requests.' }, headers: { 'Retry-After': '1', 'X-RateLimit-Type': 'QPS' } }, 1, api);
		const result = await run({ parameters: { operation: 'create', topic: 'Retry' } });
		expect(result.error).toBeUndefined();
		expect(waits).toEqual([1000]);
		expect(sent(sim)).toEqual(['POST /v2/users/me/meetings', 'POST /v2/users/me/meetings']);
	});

	it('fails with a 401 when Zoom keeps refusing the token', async () => {
		sim.inject({ status: 401, body: { code: 124, message: 'Invalid access token.' } }, 10, api);
		const result = await run({ parameters: { operation: 'create', topic: 'x' } });
		expect(result.error?.message).toBe('Zoom did not accept the credentials');
		expect(result.error?.httpCode).toBe('401');
	});

	it.each([
		['an empty Topic', { topic: '={{ "" }}' }, /"Topic" field is required \[item 0\]/],
		['a bad User', { topic: 'x', userId: 'not a user!' }, /"User" field must be "me", a Zoom user ID or an email address \[item 0\]/],
		['a start time in the past', { topic: 'x', additionalFields: { startTime: '2020-01-01T10:00:00Z' } }, /"Start Time" field is in the past/],
		['a topic over 200 characters', { topic: 'x'.repeat(201) }, /"Topic" field must be at most 200 characters/],
	])('refuses %s before sending anything', async (_case, parameters, message) => {
		const result = await run({ parameters: { operation: 'create', ...parameters } });
		expect(result.error?.message).toMatch(message);
		expect(sim.apiRequests()).toHaveLength(0);
	});
});

describe('Zoom Meetings › meeting › get', () => {
	it.each([
		['From List', locator('list', MEETING)],
		['By ID with spaces', locator('id', '857 4606 5432')],
		['By URL (join link with passcode)', locator('url', `https://us02web.zoom.us/j/${MEETING}?pwd=abc123`)],
		['By URL (/w/ link)', locator('url', `https://zoom.us/w/${MEETING}?tk=x`)],
		['By URL (/s/ link)', locator('url', `https://zoom.us/s/${MEETING}`)],
		['a plain ID (older workflows, agents)', MEETING],
	])('gets the meeting chosen %s, simplified', async (_mode, meetingId) => {
		const result = await run({ parameters: { operation: 'get', meetingId } });
		expect(result.error).toBeUndefined();
		const [meeting] = outputJson(result);
		expect(Object.keys(meeting)).toEqual(SIMPLE_KEYS);
		expect(meeting).toMatchObject({ id: Number(MEETING), topic: 'Sandbox weekly sync', status: 'waiting', host_email: 'owner@example.com' });
		expect(sent(sim)).toEqual([`GET /v2/meetings/${MEETING}`]);
		expect(sim.apiRequests()[0].query).toEqual({});
	});

	it('returns the raw meeting without Simplify, with the occurrence options as query', async () => {
		const occurrenceId = (sim.meetings.get(RECURRING)?.occurrences as IDataObject[])[1].occurrence_id as string;
		const result = await run({ parameters: { operation: 'get', meetingId: RECURRING, simplify: false, additionalFields: { occurrenceId, showPreviousOccurrences: true } } });
		const [meeting] = outputJson(result);
		expect(meeting.settings).toBeDefined();
		expect(meeting.occurrences).toEqual([expect.objectContaining({ occurrence_id: occurrenceId })]);
		expect(sim.apiRequests()[0].query).toEqual({ occurrence_id: occurrenceId, show_previous_occurrences: 'true' });
	});

	it('maps a 404 (code 3001) and continues with the next item on fail', async () => {
		const result = await run({ parameters: { operation: 'get', meetingId: '={{ $json.id }}' }, items: [{ id: '99999999999' }, { id: STARTED }], continueOnFail: true });
		const [missing, found] = outputJson(result);
		expect(missing).toMatchObject({ error: 'No Zoom meeting 99999999999 was found; it does not exist, has expired, or was deleted', httpCode: '404', code: '3001' });
		expect(found).toMatchObject({ id: Number(STARTED), status: 'started' });
		expect(result.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('refuses IDs and URLs it cannot read before sending anything', async () => {
		await expect(run({ parameters: { operation: 'get', meetingId: locator('url', 'https://example.com/j/85746065432') } })).rejects.toThrow(/workflow has issues/);
		await expect(run({ parameters: { operation: 'get', meetingId: locator('id', 'abc') } })).rejects.toThrow(/workflow has issues/);
		const badId = await run({ parameters: { operation: 'get', meetingId: locator('id', '={{ $json.id }}') }, items: [{ id: '123' }] });
		expect(badId.error?.message).toMatch(/"Meeting ID" field must be a Zoom meeting ID: 9 to 19 digits.* \[item 0\]$/);
		const badOccurrence = await run({ parameters: { operation: 'get', meetingId: MEETING, additionalFields: { occurrenceId: 'tomorrow' } } });
		expect(badOccurrence.error?.message).toMatch(/"Occurrence ID" field must be digits/);
		expect(sim.apiRequests()).toHaveLength(0);
	});
});

describe('Zoom Meetings › meeting › getAll', () => {
	it('follows next_page_token to the end with Return All, one simplified item per meeting', async () => {
		sim.addMeetings(3);
		sim.pageSizeLimit = 2;
		const result = await run({ parameters: { operation: 'getAll', returnAll: true } });
		expect(result.error).toBeUndefined();
		const meetings = outputJson(result);
		expect(meetings.map((meeting) => meeting.topic)).toEqual([
			'Sandbox weekly sync', 'Sandbox recurring stand-up', 'Sandbox meeting in progress', 'Sandbox product launch', 'Meeting 1', 'Meeting 2', 'Meeting 3',
		]);
		expect(Object.keys(meetings[0])).toEqual(['id', 'uuid', 'topic', 'type', 'start_time', 'duration', 'timezone', 'agenda', 'join_url', 'created_at']);
		expect(result.output.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
		expect(sim.apiRequests().map((request) => request.query)).toEqual([
			{ type: 'scheduled', page_size: '300' },
			{ type: 'scheduled', page_size: '300', next_page_token: 'npt2' },
			{ type: 'scheduled', page_size: '300', next_page_token: 'npt4' },
			{ type: 'scheduled', page_size: '300', next_page_token: 'npt6' },
		]);
		expect(sent(sim).every((line) => line === 'GET /v2/users/me/meetings')).toBe(true);
	});

	it('stops at Limit across pages', async () => {
		sim.pageSizeLimit = 2;
		const result = await run({ parameters: { operation: 'getAll', limit: 3, simplify: false } });
		expect(outputJson(result)).toHaveLength(3);
		expect(sim.apiRequests().map((request) => request.query.page_size)).toEqual(['3', '3']);
	});

	it('lists by type for another user', async () => {
		const result = await run({ parameters: { operation: 'getAll', userId: 'sandboxHostId002', type: 'upcoming_meetings', returnAll: true } });
		expect(outputJson(result).map((meeting) => String(meeting.id))).toEqual([OTHER_HOST]);
		expect(sent(sim)).toEqual(['GET /v2/users/sandboxHostId002/meetings']);
		const live = await run({ parameters: { operation: 'getAll', type: 'live', returnAll: true } });
		expect(outputJson(live).map((meeting) => String(meeting.id))).toEqual([STARTED]);
	});

	it('retries a page that got a 429 and carries on from that page', async () => {
		sim.pageSizeLimit = 2;
		sim.inject({ status: 429, body: { code: 429, message: 'Too many requests.' }, headers: { 'Retry-After': '2' } }, 1, (request) => request.query.next_page_token === 'npt2');
		const result = await run({ parameters: { operation: 'getAll', returnAll: true } });
		expect(outputJson(result)).toHaveLength(4);
		// 50 ms: the next page waits its slot (list endpoints are Medium, 20 per second); 2000 ms: the Retry-After.
		expect(waits).toEqual([50, 2000]);
		expect(sim.apiRequests().map((request) => request.query.next_page_token)).toEqual([undefined, 'npt2', 'npt2']);
	});

	it('maps an unknown user, and refuses a bad type or limit before sending', async () => {
		const missing = await run({ parameters: { operation: 'getAll', userId: 'ghost@example.com' } });
		expect(missing.error?.message).toBe('Zoom has no user ghost@example.com in this account');
		sim.clearRequests();
		const badType = await run({ parameters: { operation: 'getAll', type: '={{ "past" }}' } });
		expect(badType.error?.message).toMatch(/"Type" field must be one of: scheduled, live, upcoming, upcoming_meetings, previous_meetings \[item 0\]/);
		const badLimit = await run({ parameters: { operation: 'getAll', limit: 0 } });
		expect(badLimit.error?.message).toMatch(/"Limit" field must be at least 1/);
		expect(sim.apiRequests()).toHaveLength(0);
	});
});

describe('Zoom Meetings › meeting › delete', () => {
	it('deletes a meeting and confirms it, with the reminder options as query', async () => {
		const result = await run({ parameters: { operation: 'delete', meetingId: locator('url', `https://zoom.us/j/${MEETING}`), additionalFields: { scheduleForReminder: true, cancelMeetingReminder: false } } });
		expect(result.error).toBeUndefined();
		expect(outputJson(result)).toEqual([{ meetingId: MEETING, deleted: true }]);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
		const [request] = sim.apiRequests();
		expect(request).toMatchObject({ method: 'DELETE', rawPath: `/v2/meetings/${MEETING}`, query: { schedule_for_reminder: 'true', cancel_meeting_reminder: 'false' } });
		expect(request.headers.authorization).toMatch(/^Bearer /);
		expect(sim.meetings.has(MEETING)).toBe(false);
		expect(sim.deletedMeetings.has(MEETING)).toBe(true);
	});

	it('deletes one occurrence of a recurring meeting', async () => {
		const occurrenceId = (sim.meetings.get(RECURRING)?.occurrences as IDataObject[])[0].occurrence_id as string;
		const result = await run({ parameters: { operation: 'delete', meetingId: RECURRING, additionalFields: { occurrenceId } } });
		expect(outputJson(result)).toEqual([{ meetingId: RECURRING, occurrenceId, deleted: true }]);
		expect(sim.apiRequests()[0].query).toEqual({ occurrence_id: occurrenceId });
		expect(sim.meetings.get(RECURRING)?.occurrences).toHaveLength(3);
	});

	it.each([
		['in progress (3002)', STARTED, false, '3002', 'Sorry, you cannot delete this meeting since it is in progress.'],
		['ended (3007)', ENDED, false, '3007', 'Sorry, you cannot delete this meeting since it has ended.'],
		['hosted by someone else (3003)', OTHER_HOST, true, '3003', 'You are not the meeting host.'],
	])('explains why Zoom refuses to delete a meeting %s', async (_case, meetingId, oauth2, code, zoomMessage) => {
		const result = await run({ parameters: { operation: 'delete', meetingId }, oauth2 });
		expect(result.error?.message).toMatch(/^Zoom refused to delete the meeting \(see its code: 3002 it is in progress, 3007 it has ended, 3003 you are not its host/);
		expect(result.error?.httpCode).toBe('400');
		expect(result.error?.description).toContain(`Zoom says (code ${code}): ${zoomMessage}`);
		expect(sim.meetings.has(meetingId)).toBe(true);
	});

	it('maps a 404, and refuses a bad occurrence ID before sending', async () => {
		const missing = await run({ parameters: { operation: 'delete', meetingId: '99999999999' } });
		expect(missing.error?.message).toBe('No Zoom meeting 99999999999 was found; it does not exist, has expired, or was deleted');
		sim.clearRequests();
		const bad = await run({ parameters: { operation: 'delete', meetingId: MEETING, additionalFields: { occurrenceId: 'x' } } });
		expect(bad.error?.message).toMatch(/"Occurrence ID" field must be digits.*\[item 0\]/);
		expect(sim.apiRequests()).toHaveLength(0);
	});

	it('retries a delete after a 503 (deleting is idempotent)', async () => {
		sim.inject({ status: 503, body: { code: 503, message: 'Service Unavailable' } }, 1, (request) => request.method === 'DELETE');
		const result = await run({ parameters: { operation: 'delete', meetingId: MEETING } });
		expect(outputJson(result)).toEqual([{ meetingId: MEETING, deleted: true }]);
		expect(waits).toEqual([1000]);
	});
});

describe('Zoom Meetings › meeting › recover', () => {
	it('recovers a deleted meeting with PUT …/status {action: "recover"}', async () => {
		await run({ parameters: { operation: 'delete', meetingId: MEETING } });
		sim.clearRequests();
		const result = await run({ parameters: { operation: 'recover', meetingId: locator('id', MEETING) } });
		expect(result.error).toBeUndefined();
		expect(outputJson(result)).toEqual([{ meetingId: MEETING, recovered: true }]);
		const [put] = sim.apiRequests();
		expect(put).toMatchObject({ method: 'PUT', rawPath: `/v2/meetings/${MEETING}/status`, body: { action: 'recover' } });
		expect(put.headers['content-type']).toMatch(/^application\/json/);
		expect(sim.meetings.has(MEETING)).toBe(true);
	});

	it('maps a 404 for a meeting Zoom no longer has', async () => {
		const result = await run({ parameters: { operation: 'recover', meetingId: '99999999999' } });
		expect(result.error?.message).toBe('No Zoom meeting 99999999999 was found; it does not exist, has expired, or was deleted; Zoom keeps deleted meetings recoverable for 7 days');
		expect(result.error?.description).toContain('code 3001');
	});
});

describe('Zoom Meetings › meeting picker', () => {
	it('lists the scheduled meetings of "me", one Zoom page per call, with the next page as the token', async () => {
		sim.addMeetings(120, 'Bulk');
		const search = zoomPicker(sim, { resource: 'meeting', operation: 'get' });
		const first = await search('searchMeetings');
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: expect.stringMatching(/^Sandbox weekly sync \(85746065432, \d{4}-/), value: MEETING, url: `https://zoom.us/j/${MEETING}` });
		const second = await search('searchMeetings', undefined, first.paginationToken as string);
		expect(second.results).toHaveLength(24);
		expect(second.paginationToken).toBeUndefined();
		expect(sim.apiRequests().map((request) => request.query)).toEqual([
			{ type: 'scheduled', page_size: '100' },
			{ type: 'scheduled', page_size: '100', next_page_token: 'npt100' },
		]);
		expect(sent(sim).every((line) => line === 'GET /v2/users/me/meetings')).toBe(true);
	});

	it('filters by topic or ID, and lists the User parameter\'s meetings where the operation has one', async () => {
		const search = zoomPicker(sim, { resource: 'meeting', operation: 'get' });
		expect((await search('searchMeetings', 'LAUNCH')).results.map((result) => result.value)).toEqual([REGISTRATION]);
		expect((await search('searchMeetings', '8123')).results.map((result) => result.value)).toEqual([STARTED]);
		const forUser = zoomPicker(sim, { resource: 'meeting', operation: 'getAll', userId: 'host@example.com' });
		expect((await forUser('searchMeetings')).results.map((result) => result.value)).toEqual([OTHER_HOST]);
		expect(sent(sim).at(-1)).toBe('GET /v2/users/host%40example.com/meetings');
	});
});
