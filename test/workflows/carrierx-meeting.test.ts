import type { IDataObject } from 'n8n-workflow';

import { createCarrierXSimulator, DEFAULT_CREDENTIALS, SEED } from '../simulators/carrierx';
import { outputJson, runListSearch, runNode } from '../support/harness';
import { useSimulator } from '../support/simulatorLifecycle';

const BASIC = `Basic ${Buffer.from(`${DEFAULT_CREDENTIALS.login}:${DEFAULT_CREDENTIALS.password}`).toString('base64')}`;
const MEETINGS = '/conference/v2/meetings';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const sim = createCarrierXSimulator();
const waits = useSimulator(sim);

const credentials = (overrides: IDataObject = {}) => ({
	carrierXApi: { apiHost: sim.url, login: DEFAULT_CREDENTIALS.login, password: DEFAULT_CREDENTIALS.password, ...overrides },
});
const locator = (mode: string, value: string) => ({ __rl: true, mode, value });

async function run(parameters: IDataObject, items: IDataObject[] = [{}], continueOnFail = false, overrides: IDataObject = {}) {
	return await runNode({
		items,
		node: { type: 'carrierX', parameters: { resource: 'meeting', ...parameters }, continueOnFail },
		credentials: credentials(overrides),
	});
}

describe('CarrierX › meeting › get', () => {
	it.each([
		['From List', locator('list', SEED.meetingSid)],
		['By ID', locator('id', SEED.meetingSid)],
		['a plain SID', SEED.meetingSid],
	])('reads the live meeting chosen %s, with its attendee counts', async (_mode, meetingSid) => {
		const result = await run({ operation: 'get', meetingSid });
		expect(result.error).toBeUndefined();
		expect(outputJson(result)).toEqual([
			expect.objectContaining({
				meeting_sid: SEED.meetingSid,
				meeting_room_sid: SEED.roomSid,
				attendees: { hosts: 1, participants: 1, listeners: 1 },
			}),
		]);
		expect(sim.requests.map((request) => `${request.method} ${request.rawPath} ${request.headers.authorization}`)).toEqual([
			`GET ${MEETINGS}/${SEED.meetingSid} ${BASIC}`,
		]);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
	});

	it('says a meeting may have ended on 404, and that the method was refused on 405', async () => {
		sim.inject({ status: 405, body: { message: 'Method Not Allowed' } }, 1, (request) => request.rawPath.endsWith(SEED.meetingSid));
		const result = await run({ operation: 'get', meetingSid: '={{ $json.sid }}' }, [{ sid: UNKNOWN }, { sid: SEED.meetingSid }], true);
		const [missing, refused] = outputJson(result);
		expect(missing).toMatchObject({ error: `CarrierX has no live meeting with SID ${UNKNOWN} (it may have ended)`, httpCode: '404' });
		expect(refused).toMatchObject({ error: expect.stringMatching(/^CarrierX refused GET \/meetings\/\{meeting_sid\}: .*documentation does not confirm$/), httpCode: '405' });
		expect(result.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('refuses a SID that is not a UUID before sending anything', async () => {
		await expect(run({ operation: 'get', meetingSid: locator('id', 'meeting-1') })).rejects.toThrow(/workflow has issues/);
		const result = await run({ operation: 'get', meetingSid: '={{ $json.sid }}' }, [{ sid: '../calls' }]);
		expect(result.error?.message).toMatch(/"Meeting SID" field must be an ID .*\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('CarrierX › meeting › getAll', () => {
	it('lists every live meeting, paging until has_more is false', async () => {
		sim.addMeetings(4);
		sim.pageSizeLimit = 2;
		const result = await run({ operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		expect(outputJson(result)).toHaveLength(6);
		expect(sim.requests.map((request) => request.query)).toEqual([
			{ limit: '1000', offset: '0' },
			{ limit: '1000', offset: '2' },
			{ limit: '1000', offset: '4' },
		]);
		expect(sim.requests.every((request) => request.rawPath === MEETINGS && request.headers.authorization === BASIC)).toBe(true);
	});

	it('lists the meetings of one room through filter meeting_room_sid eq, with Limit and order', async () => {
		sim.addMeetings(3, SEED.didGroupRoomSid);
		sim.pageSizeLimit = 2;
		const result = await run({ operation: 'getAll', meetingRoomSid: locator('list', SEED.didGroupRoomSid), limit: 3, order: 'date_created desc' });
		expect(result.error).toBeUndefined();
		const meetings = outputJson(result);
		expect(meetings).toHaveLength(3);
		expect(meetings.every((meeting) => meeting.meeting_room_sid === SEED.didGroupRoomSid)).toBe(true);
		expect(meetings[0].meeting_sid).toBe(SEED.salesMeetingSid);
		expect(sim.requests.map((request) => request.query)).toEqual([
			{ limit: '3', offset: '0', filter: `meeting_room_sid eq "${SEED.didGroupRoomSid}"`, order: 'date_created desc' },
			{ limit: '3', offset: '2', filter: `meeting_room_sid eq "${SEED.didGroupRoomSid}"`, order: 'date_created desc' },
		]);
	});

	it('joins a raw filter with the room filter', async () => {
		sim.meetings.get(SEED.meetingSid)!.participant_muted = 'true';
		const result = await run({ operation: 'getAll', returnAll: true, meetingRoomSid: SEED.roomSid, filters: { rawFilter: 'participant_muted eq "true"' } });
		expect(outputJson(result).map((meeting) => meeting.meeting_sid)).toEqual([SEED.meetingSid]);
		expect(sim.requests[0].query.filter).toBe(`participant_muted eq "true" and meeting_room_sid eq "${SEED.roomSid}"`);
	});

	it('maps a 405 and a 404 on the inferred list endpoint', async () => {
		sim.inject({ status: 405, body: { message: 'Method Not Allowed' } });
		const refused = await run({ operation: 'getAll' });
		expect(refused.error?.message).toBe("CarrierX refused GET /meetings: the method is not allowed for this endpoint, which CarrierX's documentation does not confirm");
		sim.inject({ status: 404, body: { message: 'Not Found' } });
		const missing = await run({ operation: 'getAll' });
		expect(missing.error?.message).toBe("CarrierX has no list at GET /meetings; this endpoint is not confirmed by CarrierX's documentation");
	});

	it('retries a 429 on a later page', async () => {
		sim.addMeetings(2);
		sim.pageSizeLimit = 2;
		sim.inject({ status: 429, body: { message: 'Too Many Requests' } }, 1, (request) => request.query.offset === '2');
		const result = await run({ operation: 'getAll', returnAll: true });
		expect(outputJson(result)).toHaveLength(4);
		expect(waits).toEqual([1000]);
	});

	it.each([
		['a room SID that is not a UUID', { meetingRoomSid: '={{ "room-1" }}' }, /"Meeting Room SID" field must be an ID/],
		['a raw filter with a control character', { filters: { rawFilter: 'a eq b\u0000' } }, /"Filter \(Raw\)" field may not contain control characters/],
		['an unknown order', { order: 'name' }, /"Order By" field must be one of: date_created, date_created desc, duration, duration desc/],
	])('refuses %s before sending anything', async (_case, parameters, message) => {
		const result = await run({ operation: 'getAll', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(result.error?.message).toMatch(/\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('CarrierX › meeting › update', () => {
	it.each([
		['Hold participants', { onHold: 'p' }, { on_hold: 'p' }],
		['Hold listeners', { onHold: 'l' }, { on_hold: 'l' }],
		['Hold participants and listeners, muted for good', { onHold: 'pl', participantMuted: 'true' }, { on_hold: 'pl', participant_muted: 'true' }],
		['No one on hold (an empty string is sent)', { onHold: '' }, { on_hold: '' }],
		['relaxed mute', { participantMuted: 'relaxed' }, { participant_muted: 'relaxed' }],
	])('sends %s as a JSON PATCH and outputs the meeting', async (_case, updateFields, body) => {
		const result = await run({ operation: 'update', meetingSid: locator('id', SEED.meetingSid), updateFields });
		expect(result.error).toBeUndefined();
		const [request] = sim.requests;
		expect(`${request.method} ${request.rawPath}`).toBe(`PATCH ${MEETINGS}/${SEED.meetingSid}`);
		expect(request.headers.authorization).toBe(BASIC);
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(request.body).toEqual(body);
		expect(outputJson(result)).toEqual([expect.objectContaining({ meeting_sid: SEED.meetingSid, ...body })]);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
	});

	it('maps a 404 (meeting over), a 422 field error and retries a 503', async () => {
		const missing = await run({ operation: 'update', meetingSid: UNKNOWN, updateFields: { onHold: 'p' } });
		expect(missing.error?.message).toBe(`CarrierX has no live meeting with SID ${UNKNOWN} (it may have ended)`);
		sim.inject({ status: 422, body: { message: 'Object validation error', errors: [{ field: 'on_hold', message: 'bad value', reference_sid: null }] } });
		const invalid = await run({ operation: 'update', meetingSid: SEED.meetingSid, updateFields: { onHold: 'p' } });
		expect(invalid.error?.httpCode).toBe('422');
		expect(invalid.error?.context?.fieldErrors).toEqual([{ field: 'on_hold', message: 'bad value' }]);
		sim.clearRequests();
		sim.inject({ status: 503, body: { message: 'Service Unavailable' } });
		const retried = await run({ operation: 'update', meetingSid: SEED.meetingSid, updateFields: { onHold: 'l' } });
		expect(retried.error).toBeUndefined();
		expect(waits).toEqual([1000]);
		expect(sim.requests.map((request) => request.body)).toEqual([{ on_hold: 'l' }, { on_hold: 'l' }]);
	});

	it('maps a 401', async () => {
		const result = await run({ operation: 'update', meetingSid: SEED.meetingSid, updateFields: { onHold: 'p' } }, [{}], false, { password: 'wrong-pw' });
		expect(result.error?.message).toBe('CarrierX did not accept the credentials');
	});

	it.each([
		['nothing to change', {}, /"Update Fields" field has nothing to change/],
		['an unknown hold value', { onHold: '={{ "x" }}' }, /"Hold" field must be one of: "", p, l, pl/],
		['an unknown mute value', { participantMuted: '={{ "maybe" }}' }, /"Mute" field must be one of: false, relaxed, true/],
	])('refuses %s before sending anything', async (_case, updateFields, message) => {
		const result = await run({ operation: 'update', meetingSid: SEED.meetingSid, updateFields });
		expect(result.error?.message).toMatch(message);
		expect(result.error?.message).toMatch(/\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('CarrierX › meeting › end', () => {
	it('sends DELETE and outputs {ended: true} for the 204; the calls in it are gone', async () => {
		const result = await run({ operation: 'end', meetingSid: locator('list', SEED.meetingSid) });
		expect(result.error).toBeUndefined();
		expect(sim.requests.map((request) => `${request.method} ${request.rawPath} ${request.headers.authorization}`)).toEqual([
			`DELETE ${MEETINGS}/${SEED.meetingSid} ${BASIC}`,
		]);
		expect(outputJson(result)).toEqual([{ ended: true, meeting_sid: SEED.meetingSid }]);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
		expect(sim.meetings.has(SEED.meetingSid)).toBe(false);
		expect(sim.calls.has(SEED.hostCallSid)).toBe(false);
	});

	it('maps a 404 and an inferred-endpoint 405', async () => {
		const missing = await run({ operation: 'end', meetingSid: UNKNOWN });
		expect(missing.error?.message).toBe(`CarrierX has no live meeting with SID ${UNKNOWN} (it may have ended)`);
		sim.inject({ status: 405, body: { message: 'Method Not Allowed' } });
		const refused = await run({ operation: 'end', meetingSid: SEED.meetingSid });
		expect(refused.error?.message).toMatch(/^CarrierX refused DELETE \/meetings\/\{meeting_sid\}: the method is not allowed/);
	});

	it('refuses a bad SID before sending anything', async () => {
		const result = await run({ operation: 'end', meetingSid: '={{ $json.sid }}' }, [{ sid: 'a/b' }]);
		expect(result.error?.message).toMatch(/"Meeting SID" field must be an ID .*\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('CarrierX › meeting picker', () => {
	const node = { type: 'carrierX', parameters: { resource: 'meeting', operation: 'get' } };

	it('lists live meetings newest first by start time and attendees, with the next offset as the token', async () => {
		sim.addMeetings(120);
		const first = await runListSearch({ node, credentials: credentials(), method: 'searchMeetings' });
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({
			name: `Started 2026-11-21T16:00:00.000Z, 1 attendee (room ${SEED.didGroupRoomSid})`,
			value: SEED.salesMeetingSid,
		});
		const second = await runListSearch({ node, credentials: credentials(), method: 'searchMeetings', paginationToken: first.paginationToken as string });
		expect(second.results).toHaveLength(22);
		expect(second.paginationToken).toBeUndefined();
		expect(sim.requests.map((request) => request.query)).toEqual([
			{ order: 'date_created desc', limit: '100', offset: '0' },
			{ order: 'date_created desc', limit: '100', offset: '100' },
		]);
	});

	it('filters each page by SID, start time or room', async () => {
		const byRoom = await runListSearch({ node, credentials: credentials(), method: 'searchMeetings', filter: SEED.roomSid.slice(0, 8) });
		expect(byRoom.results).toEqual([{ name: `Started 2026-11-21T15:00:00.000Z, 3 attendees (room ${SEED.roomSid})`, value: SEED.meetingSid }]);
		expect(sim.requests[0].query.filter).toBeUndefined();
	});
});
