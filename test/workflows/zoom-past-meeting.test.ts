import type { RecordedRequest } from '../simulators/base';
import { createZoomSimulator } from '../simulators/zoom';
import { outputJson } from '../support/harness';
import { useSimulator } from '../support/simulatorLifecycle';
import { locator, MEETING, RECURRING, sent, zoomPicker, zoomRunner } from './zoomSupport';

const sim = createZoomSimulator();
const waits = useSimulator(sim);
const run = zoomRunner(sim, 'pastMeeting');
const api = (request: RecordedRequest) => request.path.startsWith('/v2/');
const OLDER = 'PastSyncUuid1AAAAAAAAA==';
const SLASH_FIRST = '/PastSyncSlashUuid22AA==';
const DOUBLE_SLASH = 'Rec//PastUuidAAAAAAAAA==';

describe('Zoom Meetings › pastMeeting › get', () => {
	it('reads the latest instance of a meeting ID', async () => {
		const result = await run({ parameters: { operation: 'get', meetingId: locator('id', '857 4606 5432') } });
		expect(result.error).toBeUndefined();
		expect(outputJson(result)).toEqual([expect.objectContaining({ id: Number(MEETING), uuid: SLASH_FIRST, participants_count: 5, duration: 40 })]);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
		expect(sent(sim)).toEqual([`GET /v2/past_meetings/${MEETING}`]);
		expect(sim.apiRequests()[0].headers.authorization).toMatch(/^Bearer zs2s_/);
	});

	it('encodes a plain UUID once', async () => {
		const result = await run({ parameters: { operation: 'get', meetingId: OLDER } });
		expect(outputJson(result)).toEqual([expect.objectContaining({ uuid: OLDER, participants_count: 2 })]);
		expect(sent(sim)).toEqual(['GET /v2/past_meetings/PastSyncUuid1AAAAAAAAA%3D%3D']);
	});

	it.each([
		['starts with "/"', SLASH_FIRST, '%252FPastSyncSlashUuid22AA%253D%253D'],
		['contains "//"', DOUBLE_SLASH, 'Rec%252F%252FPastUuidAAAAAAAAA%253D%253D'],
	])('encodes a UUID that %s twice, as Zoom requires', async (_case, uuid, encoded) => {
		const result = await run({ parameters: { operation: 'get', meetingId: locator('id', uuid) } });
		expect(result.error).toBeUndefined();
		expect(outputJson(result)).toEqual([expect.objectContaining({ uuid })]);
		expect(sent(sim)).toEqual([`GET /v2/past_meetings/${encoded}`]);
	});

	it('shows why: the simulator, like Zoom, loses such a UUID when it is encoded only once', async () => {
		const tokenAnswer = await fetch(`${sim.url}/oauth/token?grant_type=account_credentials&account_id=sandbox-account`, {
			method: 'POST',
			headers: { authorization: `Basic ${btoa('sandbox-client-id:sandbox-client-secret')}` },
		});
		const { access_token: token } = (await tokenAnswer.json()) as { access_token: string };
		const once = await fetch(`${sim.url}/v2/past_meetings/${encodeURIComponent(SLASH_FIRST)}`, { headers: { authorization: `Bearer ${token}` } });
		expect(once.status).toBe(404);
		expect(await once.json()).toEqual({ code: 3001, message: 'This meeting is not available or the meeting ID is invalid.' });
		const twice = await fetch(`${sim.url}/v2/past_meetings/${encodeURIComponent(encodeURIComponent(SLASH_FIRST))}`, { headers: { authorization: `Bearer ${token}` } });
		expect(twice.status).toBe(200);
	});

	it('reads the ID from a join link', async () => {
		const result = await run({ parameters: { operation: 'get', meetingId: locator('url', `https://us02web.zoom.us/j/${RECURRING}?pwd=abc`) } });
		expect(outputJson(result)).toEqual([expect.objectContaining({ uuid: DOUBLE_SLASH })]);
	});

	it('maps a 404 (code 3001) and refuses a value that is neither ID nor UUID before sending', async () => {
		const missing = await run({ parameters: { operation: 'get', meetingId: '99999999999' } });
		expect(missing.error?.message).toBe('No ended Zoom meeting 99999999999 was found; the ID or UUID is wrong, or the meeting has not ended yet');
		expect(missing.error?.description).toContain('code 3001');
		sim.clearRequests();
		const bad = await run({ parameters: { operation: 'get', meetingId: '={{ "not a uuid!" }}' } });
		expect(bad.error?.message).toMatch(/"Meeting ID or UUID" field must be a Zoom meeting ID \(9 to 19 digits\) or a meeting UUID.*\[item 0\]$/);
		await expect(run({ parameters: { operation: 'get', meetingId: locator('id', 'x y z') } })).rejects.toThrow(/workflow has issues/);
		expect(sim.apiRequests()).toHaveLength(0);
	});
});

describe('Zoom Meetings › pastMeeting › getInstances', () => {
	it('outputs one item per ended instance, newest first', async () => {
		const result = await run({ parameters: { operation: 'getInstances', meetingId: MEETING } });
		expect(result.error).toBeUndefined();
		expect(outputJson(result)).toEqual([
			{ uuid: SLASH_FIRST, start_time: expect.any(String) },
			{ uuid: OLDER, start_time: expect.any(String) },
		]);
		expect(result.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(sent(sim)).toEqual([`GET /v2/past_meetings/${MEETING}/instances`]);
	});

	it('maps a 404, and retries after a 429', async () => {
		const missing = await run({ parameters: { operation: 'getInstances', meetingId: '99999999999' } });
		expect(missing.error?.message).toMatch(/^No ended Zoom meeting 99999999999 was found/);
		sim.inject({ status: 429, body: { code: 429, message: 'Too many requests.' }, headers: { 'Retry-After': '1' } }, 1, api);
		const retried = await run({ parameters: { operation: 'getInstances', meetingId: MEETING } });
		expect(outputJson(retried)).toHaveLength(2);
		expect(waits).toEqual([1000]);
	});
});

describe('Zoom Meetings › pastMeeting › getParticipants', () => {
	it('follows next_page_token with Return All, on a double-encoded UUID', async () => {
		sim.addParticipants(SLASH_FIRST, 3);
		sim.pageSizeLimit = 3;
		const result = await run({ parameters: { operation: 'getParticipants', meetingId: SLASH_FIRST, returnAll: true } });
		expect(result.error).toBeUndefined();
		expect(outputJson(result).map((participant) => participant.name)).toEqual(['Ada', 'Bob', 'Cy', 'Dee', 'Eve', 'Guest 1', 'Guest 2', 'Guest 3']);
		expect(sent(sim).every((line) => line === 'GET /v2/past_meetings/%252FPastSyncSlashUuid22AA%253D%253D/participants')).toBe(true);
		expect(sim.apiRequests().map((request) => request.query)).toEqual([
			{ page_size: '300' },
			{ page_size: '300', next_page_token: 'npt3' },
			{ page_size: '300', next_page_token: 'npt6' },
		]);
	});

	it('stops at Limit', async () => {
		sim.pageSizeLimit = 2;
		const result = await run({ parameters: { operation: 'getParticipants', meetingId: MEETING, limit: 3 } });
		expect(outputJson(result).map((participant) => participant.name)).toEqual(['Ada', 'Bob', 'Cy']);
		expect(sim.apiRequests().map((request) => request.query.page_size)).toEqual(['3', '3']);
	});

	it('says a paid account is needed (code 200)', async () => {
		sim.paidAccount = false;
		const result = await run({ parameters: { operation: 'getParticipants', meetingId: MEETING, returnAll: true } });
		expect(result.error?.message).toMatch(/^Zoom refused to list the participants \(see its code: 200 past participants need a paid Zoom account/);
		expect(result.error?.description).toContain('Zoom says (code 200): Only available for Paid or ZMP account: sandbox-account.');
	});

	it('fails with a 401 when Zoom keeps refusing the token, and refuses a bad limit before sending', async () => {
		sim.inject({ status: 401, body: { code: 124, message: 'Invalid access token.' } }, 10, api);
		const refused = await run({ parameters: { operation: 'getParticipants', meetingId: MEETING } });
		expect(refused.error?.httpCode).toBe('401');
		sim.clearRequests();
		const bad = await run({ parameters: { operation: 'getParticipants', meetingId: MEETING, limit: 0 } });
		expect(bad.error?.message).toMatch(/"Limit" field must be at least 1/);
		expect(sim.apiRequests()).toHaveLength(0);
	});
});

describe('Zoom Meetings › past meeting picker', () => {
	it('lists ended instances of "me", newest first, by UUID, and filters them', async () => {
		const search = zoomPicker(sim, { resource: 'pastMeeting', operation: 'get' });
		const all = await search('searchPastMeetings');
		expect(all.results.map((result) => result.value)).toEqual([SLASH_FIRST, DOUBLE_SLASH, OLDER]);
		expect(all.results[0].name).toMatch(/^Sandbox weekly sync \(\d{4}-/);
		expect(all.paginationToken).toBeUndefined();
		expect(sim.apiRequests()[0].query).toEqual({ type: 'previous_meetings', page_size: '100' });
		const filtered = await search('searchPastMeetings', 'stand-up');
		expect(filtered.results.map((result) => result.value)).toEqual([DOUBLE_SLASH]);
	});

	it('pages with the token', async () => {
		sim.pageSizeLimit = 2;
		const search = zoomPicker(sim, { resource: 'pastMeeting', operation: 'get' });
		const first = await search('searchPastMeetings');
		expect(first.results).toHaveLength(2);
		const second = await search('searchPastMeetings', undefined, first.paginationToken as string);
		expect(second.results.map((result) => result.value)).toEqual([OLDER]);
		expect(sim.apiRequests()[1].query).toEqual({ type: 'previous_meetings', page_size: '100', next_page_token: 'npt2' });
	});
});
