import type { IDataObject } from 'n8n-workflow';

import { createCarrierXSimulator, DEFAULT_CREDENTIALS, SEED } from '../simulators/carrierx';
import { outputJson, runListSearch, runNode } from '../support/harness';
import { useSimulator } from '../support/simulatorLifecycle';

const BASIC = `Basic ${Buffer.from(`${DEFAULT_CREDENTIALS.login}:${DEFAULT_CREDENTIALS.password}`).toString('base64')}`;
const ROOMS = '/conference/v2/meeting_rooms';
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
		node: { type: 'carrierX', parameters: { resource: 'meetingRoom', ...parameters }, continueOnFail },
		credentials: credentials(overrides),
	});
}

describe('CarrierX › meeting room › create', () => {
	it('sends the chosen fields as JSON with Basic auth and outputs the new room', async () => {
		const result = await run({
			operation: 'create',
			additionalFields: {
				name: 'Board room',
				accessCodes: { code: [{ accessCode: '424242', role: 'host' }, { accessCode: '434343', role: 'listener' }] },
				didGroupSid: SEED.otherDidGroupSid,
				properties: { property: [{ key: 'intro_prompt', value: 'board' }] },
			},
		});
		expect(result.error).toBeUndefined();
		const [request] = sim.requests;
		expect(request.method).toBe('POST');
		expect(request.rawPath).toBe(ROOMS);
		expect(request.headers.authorization).toBe(BASIC);
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(request.body).toEqual({
			name: 'Board room',
			access_codes: [
				{ access_code: '424242', role: 'host' },
				{ access_code: '434343', role: 'listener' },
			],
			did_group_sid: SEED.otherDidGroupSid,
			properties: { intro_prompt: 'board' },
		});
		const [room] = outputJson(result);
		expect(room).toMatchObject({ name: 'Board room', did_group_sid: SEED.otherDidGroupSid, account_sid: SEED.accountSid });
		expect(sim.rooms.has(room.meeting_room_sid as string)).toBe(true);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
	});

	it('creates an empty room when no field is given, with a JSON body n8n does not drop', async () => {
		// n8n's request helper would drop an empty object and its Content-Type; the transport sends `{}` as JSON.
		const result = await run({ operation: 'create' });
		expect(result.error).toBeUndefined();
		expect(sim.requests[0].rawBody).toBe('{}');
		expect(sim.requests[0].headers['content-type']).toMatch(/^application\/json/);
		expect(sim.requests[0].headers['content-type']).toMatch(/^application\/json/);
		expect(outputJson(result)[0]).toMatchObject({ access_codes: [], did_group_sid: null, properties: {} });
	});

	it('maps a 409 for an access code taken in the same DID group', async () => {
		const result = await run({
			operation: 'create',
			additionalFields: { didGroupSid: SEED.didGroupSid, accessCodes: { code: [{ accessCode: '555001', role: 'host' }] } },
		});
		expect(result.error?.message).toBe('An access code is already used by another meeting room of the same DID group');
		expect(result.error?.httpCode).toBe('409');
		expect(result.error?.description).toContain(`(reference ${SEED.didGroupRoomSid})`);
	});

	it('maps a 422 with the field errors', async () => {
		const result = await run({ operation: 'create', additionalFields: { didGroupSid: '11111111-2222-4333-8444-555555555555' } });
		expect(result.error?.httpCode).toBe('422');
		expect(result.error?.context?.fieldErrors).toEqual([{ field: 'did_group_sid', message: 'DID group not found' }]);
	});

	it('maps a 401', async () => {
		const result = await run({ operation: 'create' }, [{}], false, { password: 'wrong-pw' });
		expect(result.error?.message).toBe('CarrierX did not accept the credentials');
		expect(result.error?.httpCode).toBe('401');
	});

	it('retries a 429 (CarrierX acted on nothing) but never resends a create after a 500', async () => {
		sim.inject({ status: 429, body: { message: 'Too Many Requests' }, headers: { 'Retry-After': '1' } });
		const limited = await run({ operation: 'create', additionalFields: { name: 'After 429' } });
		expect(limited.error).toBeUndefined();
		expect(waits).toEqual([1000]);
		expect(sim.requests).toHaveLength(2);
		sim.clearRequests();
		sim.inject({ status: 500, body: { message: 'Internal Server Error' } });
		const failed = await run({ operation: 'create', additionalFields: { name: 'After 500' } });
		expect(failed.error?.httpCode).toBe('500');
		expect(failed.error?.description).toContain('not sent again automatically');
		expect(sim.requests).toHaveLength(1);
	});

	it.each([
		['an unknown role', { accessCodes: { code: [{ accessCode: '1234', role: 'moderator' }] } }, /"Access Codes › Role \(code 1\)" field must be one of: host, participant, listener/],
		['a non-digit access code', { accessCodes: { code: [{ accessCode: '12a4', role: 'host' }] } }, /"Access Codes › Access Code \(code 1\)" field may contain only the digits 0-9/],
		['duplicate access codes', { accessCodes: { code: [{ accessCode: '9', role: 'host' }, { accessCode: '9', role: 'listener' }] } }, /lists the access code "9" more than once/],
		['a DID group SID that is not a UUID', { didGroupSid: 'group-1' }, /"DID Group SID" field must be an ID/],
		['an empty DID group SID', { didGroupSid: '' }, /"DID Group SID" field is empty/],
		['an empty name', { name: '' }, /"Name" field is empty/],
		['duplicate property keys', { properties: { property: [{ key: 'a', value: '1' }, { key: 'a', value: '2' }] } }, /lists the key "a" more than once/],
	])('refuses %s before sending anything', async (_case, additionalFields, message) => {
		const result = await run({ operation: 'create', additionalFields });
		expect(result.error?.message).toMatch(message);
		expect(result.error?.message).toMatch(/\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('CarrierX › meeting room › get', () => {
	it.each([
		['From List', locator('list', SEED.didGroupRoomSid)],
		['By ID', locator('id', ` ${SEED.didGroupRoomSid} `)],
		['a plain SID (older workflows, agents)', SEED.didGroupRoomSid],
	])('reads the room chosen %s', async (_mode, meetingRoomSid) => {
		const result = await run({ operation: 'get', meetingRoomSid });
		expect(result.error).toBeUndefined();
		expect(outputJson(result)).toEqual([expect.objectContaining({ meeting_room_sid: SEED.didGroupRoomSid, name: 'Sales weekly' })]);
		expect(sim.requests.map((request) => `${request.method} ${request.rawPath} ${request.headers.authorization}`)).toEqual([
			`GET ${ROOMS}/${SEED.didGroupRoomSid} ${BASIC}`,
		]);
	});

	it('refuses a SID that is not a UUID, typed or from an expression, before sending anything', async () => {
		await expect(run({ operation: 'get', meetingRoomSid: locator('id', '42') })).rejects.toThrow(/workflow has issues/);
		const result = await run({ operation: 'get', meetingRoomSid: locator('id', '={{ $json.sid }}') }, [{ sid: '../calls' }]);
		expect(result.error?.message).toMatch(/"Meeting Room SID" field must be an ID in the form .*\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});

	it('maps 404 and an inferred-endpoint 405 in plain words, item by item', async () => {
		sim.inject({ status: 405, body: { message: 'Method Not Allowed' } }, 1, (request) => request.rawPath.endsWith(SEED.roomSid));
		const result = await run({ operation: 'get', meetingRoomSid: '={{ $json.sid }}' }, [{ sid: UNKNOWN }, { sid: SEED.roomSid }, { sid: SEED.didGroupRoomSid }], true);
		const [missing, refused, found] = outputJson(result);
		expect(missing).toMatchObject({ error: `CarrierX has no meeting room with SID ${UNKNOWN}`, httpCode: '404' });
		expect(refused).toMatchObject({
			error: "CarrierX refused GET /meeting_rooms/{meeting_room_sid}: the method is not allowed for this endpoint, which CarrierX's documentation does not confirm",
			httpCode: '405',
		});
		expect(found).toMatchObject({ meeting_room_sid: SEED.didGroupRoomSid });
		expect(result.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});

describe('CarrierX › meeting room › delete', () => {
	it('sends DELETE and outputs {deleted: true} for the 204', async () => {
		const result = await run({ operation: 'delete', meetingRoomSid: locator('id', SEED.roomSid) });
		expect(result.error).toBeUndefined();
		expect(sim.requests.map((request) => `${request.method} ${request.rawPath} ${request.headers.authorization}`)).toEqual([
			`DELETE ${ROOMS}/${SEED.roomSid} ${BASIC}`,
		]);
		expect(outputJson(result)).toEqual([{ deleted: true, meeting_room_sid: SEED.roomSid }]);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
		expect(sim.rooms.has(SEED.roomSid)).toBe(false);
	});

	it('maps a 404 and a 405, and retries a 503 (a delete is repeatable)', async () => {
		const missing = await run({ operation: 'delete', meetingRoomSid: UNKNOWN });
		expect(missing.error?.message).toBe(`CarrierX has no meeting room with SID ${UNKNOWN} (it may have been deleted already)`);
		sim.inject({ status: 405, body: { message: 'Method Not Allowed' } });
		const refused = await run({ operation: 'delete', meetingRoomSid: SEED.roomSid });
		expect(refused.error?.message).toMatch(/^CarrierX refused DELETE \/meeting_rooms\/\{meeting_room_sid\}/);
		sim.clearRequests();
		sim.inject({ status: 503, body: { message: 'Service Unavailable' } });
		const retried = await run({ operation: 'delete', meetingRoomSid: SEED.roomSid });
		expect(retried.error).toBeUndefined();
		expect(waits).toEqual([1000]);
		expect(sim.requests).toHaveLength(2);
	});

	it('refuses a bad SID before sending anything', async () => {
		const result = await run({ operation: 'delete', meetingRoomSid: '={{ $json.sid }}' }, [{ sid: 'a/b' }]);
		expect(result.error?.message).toMatch(/"Meeting Room SID" field must be an ID .*\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('CarrierX › meeting room › getAll', () => {
	it('pages with limit/offset until has_more is false (total is null) with Return All', async () => {
		sim.addRooms(5);
		sim.pageSizeLimit = 3;
		const result = await run({ operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		const rooms = outputJson(result);
		expect(rooms).toHaveLength(7);
		expect(rooms[0]).toMatchObject({ meeting_room_sid: SEED.roomSid });
		expect(result.output.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
		expect(sim.requests.map((request) => request.query)).toEqual([
			{ limit: '1000', offset: '0' },
			{ limit: '1000', offset: '3' },
			{ limit: '1000', offset: '6' },
		]);
		expect(sim.requests.every((request) => request.rawPath === ROOMS && request.headers.authorization === BASIC)).toBe(true);
	});

	it('stops at Limit across pages and asks for no bigger page than it needs', async () => {
		sim.addRooms(5);
		sim.pageSizeLimit = 2;
		const result = await run({ operation: 'getAll', limit: 3 });
		expect(outputJson(result)).toHaveLength(3);
		expect(sim.requests.map((request) => request.query)).toEqual([
			{ limit: '3', offset: '0' },
			{ limit: '3', offset: '2' },
		]);
	});

	it('builds a quoted filter from the fields, joins the raw filter with and, and sends the order', async () => {
		sim.addRooms(2, 'Sales "EMEA" \\ team');
		const result = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { nameContains: '"EMEA" \\', rawFilter: 'did_group_sid eq null' },
			order: 'name desc',
		});
		expect(result.error).toBeUndefined();
		expect(sim.requests[0].query).toEqual({
			limit: '1000',
			offset: '0',
			filter: 'did_group_sid eq null and name like "%\\"EMEA\\" \\\\%"',
			order: 'name desc',
		});
		expect(outputJson(result).map((room) => room.name)).toEqual(['Sales "EMEA" \\ team 2', 'Sales "EMEA" \\ team 1']);
	});

	it('filters by exact name and DID group', async () => {
		const result = await run({ operation: 'getAll', returnAll: true, filters: { name: 'Sales weekly', didGroupSid: SEED.didGroupSid } });
		expect(sim.requests[0].query.filter).toBe(`name eq "Sales weekly" and did_group_sid eq "${SEED.didGroupSid}"`);
		expect(outputJson(result).map((room) => room.meeting_room_sid)).toEqual([SEED.didGroupRoomSid]);
	});

	it('maps CarrierX\'s 400 for a filter it cannot read', async () => {
		const result = await run({ operation: 'getAll', filters: { rawFilter: 'name is "x"' } });
		expect(result.error?.message).toBe('CarrierX could not read the filter or the order; check the Filters');
		expect(result.error?.httpCode).toBe('400');
		expect(result.error?.description).toContain('filter: cannot parse filter');
	});

	it('maps a 405 on the inferred list endpoint', async () => {
		sim.inject({ status: 405, body: { message: 'Method Not Allowed' } });
		const result = await run({ operation: 'getAll' });
		expect(result.error?.message).toBe("CarrierX refused GET /meeting_rooms: the method is not allowed for this endpoint, which CarrierX's documentation does not confirm");
	});

	it('retries a page that got a 429 and carries on from that page', async () => {
		sim.addRooms(3);
		sim.pageSizeLimit = 2;
		sim.inject({ status: 429, body: { message: 'Too Many Requests' }, headers: { 'Retry-After': '2' } }, 1, (request) => request.query.offset === '2');
		const result = await run({ operation: 'getAll', returnAll: true });
		expect(outputJson(result)).toHaveLength(5);
		expect(waits).toEqual([2000]);
		expect(sim.requests.map((request) => request.query.offset)).toEqual(['0', '2', '2', '4']);
	});

	it.each([
		['Limit', { limit: 0 }, /"Limit" field must be at least 1/],
		['a raw filter with a line break', { filters: { rawFilter: 'name eq "a"\nand x eq y' } }, /"Filter \(Raw\)" field may not contain control characters/],
		['a name with a tab', { filters: { nameContains: 'a\tb' } }, /"Name Contains" field may not contain control characters/],
		['a DID group SID that is not a UUID', { filters: { didGroupSid: 'x' } }, /"DID Group SID" field must be an ID/],
		['an unknown order', { order: 'shuffle' }, /"Order By" field must be one of: name, name desc/],
	])('refuses %s before sending anything', async (_case, parameters, message) => {
		const result = await run({ operation: 'getAll', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(result.error?.message).toMatch(/\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('CarrierX › meeting room picker', () => {
	const node = { type: 'carrierX', parameters: { resource: 'meetingRoom', operation: 'get' } };

	it('lists rooms by name, one provider page per call, with the next offset as the token', async () => {
		sim.addRooms(150, 'Room');
		const first = await runListSearch({ node, credentials: credentials(), method: 'searchMeetingRooms' });
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: 'My meeting room', value: SEED.roomSid });
		const second = await runListSearch({ node, credentials: credentials(), method: 'searchMeetingRooms', paginationToken: first.paginationToken as string });
		expect(second.results).toHaveLength(52);
		expect(second.paginationToken).toBeUndefined();
		expect(sim.requests.map((request) => request.query)).toEqual([
			{ order: 'name', limit: '100', offset: '0' },
			{ order: 'name', limit: '100', offset: '100' },
		]);
	});

	it('lets CarrierX search by name (quoted) or by a whole SID', async () => {
		const byName = await runListSearch({ node, credentials: credentials(), method: 'searchMeetingRooms', filter: 'sales' });
		expect(byName.results).toEqual([{ name: 'Sales weekly', value: SEED.didGroupRoomSid }]);
		const bySid = await runListSearch({ node, credentials: credentials(), method: 'searchMeetingRooms', filter: SEED.roomSid });
		expect(bySid.results.map((result) => result.value)).toEqual([SEED.roomSid]);
		expect(sim.requests.map((request) => request.query.filter)).toEqual(['name like "%sales%"', `meeting_room_sid eq "${SEED.roomSid}"`]);
	});

	it('says what CarrierX said when the credentials are refused', async () => {
		await expect(runListSearch({ node, credentials: credentials({ password: 'nope-1' }), method: 'searchMeetingRooms' })).rejects.toThrow(
			'CarrierX did not accept the credentials',
		);
	});
});
