import type { IDataObject } from 'n8n-workflow';

import { createCarrierXSimulator, DEFAULT_CREDENTIALS, SEED } from '../simulators/carrierx';
import { outputJson, runNode } from '../support/harness';
import { useSimulator } from '../support/simulatorLifecycle';

const BASIC = `Basic ${Buffer.from(`${DEFAULT_CREDENTIALS.login}:${DEFAULT_CREDENTIALS.password}`).toString('base64')}`;
const ROOM_PATH = `/conference/v2/meeting_rooms/${SEED.roomSid}`;

const sim = createCarrierXSimulator();
const waits = useSimulator(sim);

const credentials = (overrides: IDataObject = {}) => ({
	carrierXApi: { apiHost: sim.url as string, login: DEFAULT_CREDENTIALS.login, password: DEFAULT_CREDENTIALS.password, ...overrides },
});

const update = (updateFields: IDataObject, extra: IDataObject = {}) => ({
	type: 'carrierX',
	parameters: { resource: 'meetingRoom', operation: 'update', meetingRoomSid: '={{ $json.sid }}', updateFields },
	...extra,
});

const replace = (parameters: IDataObject, extra: IDataObject = {}) => ({
	type: 'carrierX',
	parameters: { resource: 'meetingRoom', operation: 'replace', meetingRoomSid: '={{ $json.sid }}', ...parameters },
	...extra,
});

const room = { sid: SEED.roomSid };

describe('CarrierX › meeting room › update (PATCH)', () => {
	it('sends only the name, with Basic auth and JSON, and outputs the updated room', async () => {
		const result = await runNode({ items: [room], node: update({ name: 'Updated meeting room' }), credentials: credentials() });
		expect(result.error).toBeUndefined();
		expect(sim.requests).toHaveLength(1);
		const [request] = sim.requests;
		expect(request.method).toBe('PATCH');
		expect(request.rawPath).toBe(ROOM_PATH);
		expect(request.headers.authorization).toBe(BASIC);
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(request.body).toEqual({ name: 'Updated meeting room' });
		expect(outputJson(result)).toEqual([
			{
				access_codes: [
					{ access_code: '890671', role: 'host' },
					{ access_code: '265423', role: 'listener' },
					{ access_code: '143623', role: 'participant' },
				],
				account_sid: SEED.accountSid,
				properties: {},
				did_group_sid: null,
				meeting_room_sid: SEED.roomSid,
				name: 'Updated meeting room',
			},
		]);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
	});

	it('sends access codes, DID group and properties in CarrierX names', async () => {
		const result = await runNode({
			items: [room],
			node: update({
				accessCodes: { code: [{ accessCode: '111222', role: 'host' }, { accessCode: '333444', role: 'listener' }] },
				didGroupSid: SEED.otherDidGroupSid,
				properties: { property: [{ key: 'intro_prompt', value: 'hello' }, { key: 'max_duration', value: '3600' }] },
			}),
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(sim.requests[0].body).toEqual({
			access_codes: [
				{ access_code: '111222', role: 'host' },
				{ access_code: '333444', role: 'listener' },
			],
			did_group_sid: SEED.otherDidGroupSid,
			properties: { intro_prompt: 'hello', max_duration: '3600' },
		});
		expect(outputJson(result)[0]).toMatchObject({ did_group_sid: SEED.otherDidGroupSid, properties: { intro_prompt: 'hello' } });
	});

	it('clears the DID group by sending null', async () => {
		const result = await runNode({
			items: [{ sid: SEED.didGroupRoomSid }],
			node: update({ clearDidGroup: true }),
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(sim.requests[0].rawBody).toBe('{"did_group_sid":null}');
		expect(outputJson(result)[0]).toMatchObject({ meeting_room_sid: SEED.didGroupRoomSid, did_group_sid: null });
		expect(sim.rooms.get(SEED.didGroupRoomSid)?.did_group_sid).toBeNull();
	});

	it.each([
		['a SID that is not a UUID', { sid: 'not-a-uuid' }, { name: 'x' }, /"Meeting Room SID" field must be an ID in the form/],
		['a SID trying to climb the path', { sid: '../meeting_rooms' }, { name: 'x' }, /"Meeting Room SID" field must be an ID/],
		['a SID with a slash', { sid: 'a/b' }, { name: 'x' }, /"Meeting Room SID" field must be an ID/],
		['an empty update', room, {}, /"Update Fields" field has nothing to change/],
		['a Clear DID Group left off', room, { clearDidGroup: false }, /"Update Fields" field has nothing to change/],
		['an unknown role', room, { accessCodes: { code: [{ accessCode: '1234', role: 'moderator' }] } }, /"Access Codes › Role \(code 1\)" field must be one of: host, participant, listener/],
		['a non-digit access code', room, { accessCodes: { code: [{ accessCode: '12a4', role: 'host' }] } }, /"Access Codes › Access Code \(code 1\)" field may contain only the digits 0-9/],
		['an overlong access code', room, { accessCodes: { code: [{ accessCode: '1'.repeat(33), role: 'host' }] } }, /at most 32 characters/],
		[
			'duplicate access codes',
			room,
			{ accessCodes: { code: [{ accessCode: '1234', role: 'host' }, { accessCode: '1234', role: 'listener' }] } },
			/"Access Codes" field lists the access code "1234" more than once/,
		],
		['an empty access code list', room, { accessCodes: {} }, /"Access Codes" field has no entries/],
		['a DID group SID that is not a UUID', room, { didGroupSid: 'group-1' }, /"DID Group SID" field must be an ID/],
		['an empty DID group SID', room, { didGroupSid: '' }, /"DID Group SID" field is empty; .* use Clear DID Group/],
		['clearing and setting the DID group at once', room, { clearDidGroup: true, didGroupSid: SEED.didGroupSid }, /"Clear DID Group" field cannot be combined/],
		['an empty name', room, { name: '' }, /"Name" field is empty/],
		[
			'duplicate property keys',
			room,
			{ properties: { property: [{ key: 'a', value: '1' }, { key: 'a', value: '2' }] } },
			/"Properties" field lists the key "a" more than once/,
		],
	])('refuses %s without sending anything', async (_case, item, fields, message) => {
		const result = await runNode({ items: [item], node: update(fields), credentials: credentials() });
		expect(result.error?.message).toMatch(message);
		expect(result.error?.message).toMatch(/\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});

	it('maps a 401 and never shows the password or the Basic value', async () => {
		const wrongValue = 'wrong-secret-password-987';
		const result = await runNode({ items: [room], node: update({ name: 'x' }), credentials: credentials({ password: wrongValue }) });
		expect(result.error?.message).toBe('CarrierX did not accept the credentials');
		expect(result.error?.httpCode).toBe('401');
		expect(result.error?.description).toContain('CarrierX says: unauthorized');
		expect(result.error?.description).toContain('Bad credentials');
		const basic = Buffer.from(`${DEFAULT_CREDENTIALS.login}:${wrongValue}`).toString('base64');
		const serialized = JSON.stringify(result.run.data.resultData);
		expect(serialized).not.toContain(wrongValue);
		expect(serialized).not.toContain(basic);
		expect(sim.requests).toHaveLength(1);
	});

	it('maps a 404 for an unknown room', async () => {
		const result = await runNode({
			items: [{ sid: '00000000-0000-4000-8000-000000000000' }],
			node: update({ name: 'x' }),
			credentials: credentials(),
		});
		expect(result.error?.message).toBe('CarrierX could not find the meeting room');
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.description).toContain('CarrierX says: Cannot find item by SID');
		expect(sim.requests).toHaveLength(1);
	});

	it('maps a 409 for an access code taken in the same DID group, with the field message', async () => {
		const result = await runNode({
			items: [room],
			node: update({ didGroupSid: SEED.didGroupSid, accessCodes: { code: [{ accessCode: '555001', role: 'host' }] } }),
			credentials: credentials(),
		});
		expect(result.error?.message).toBe('An access code is already used by another meeting room of the same DID group');
		expect(result.error?.httpCode).toBe('409');
		expect(result.error?.description).toContain(
			`access_codes: access code 555001 is already used by another meeting room of the same DID group (reference ${SEED.didGroupRoomSid})`,
		);
		expect(sim.requests).toHaveLength(1);
	});

	it('maps a 422 so the field errors reach the user', async () => {
		const result = await runNode({
			items: [room],
			node: update({ didGroupSid: '11111111-2222-4333-8444-555555555555' }),
			credentials: credentials(),
		});
		expect(result.error?.message).toBe('CarrierX could not process the request');
		expect(result.error?.httpCode).toBe('422');
		expect(result.error?.description).toContain('CarrierX says: Object validation error');
		expect(result.error?.description).toContain('did_group_sid: DID group not found');
		expect(result.error?.context?.fieldErrors).toEqual([{ field: 'did_group_sid', message: 'DID group not found' }]);
	});

	it('waits for Retry-After on 429 (no real waiting) and then succeeds', async () => {
		sim.inject({ status: 429, body: { message: 'Too Many Requests' }, headers: { 'Retry-After': '2' } });
		const result = await runNode({ items: [room], node: update({ name: 'After 429' }), credentials: credentials() });
		expect(result.error).toBeUndefined();
		expect(waits).toEqual([2000]);
		expect(sim.requests).toHaveLength(2);
		expect(outputJson(result)[0]).toMatchObject({ name: 'After 429' });
	});

	it('gives up after a bounded number of 429s', async () => {
		sim.inject({ status: 429, body: { message: 'Too Many Requests' } }, 10);
		const result = await runNode({ items: [room], node: update({ name: 'x' }), credentials: credentials() });
		expect(result.error?.message).toMatch(/^CarrierX is still rate limiting requests after 4 attempts/);
		expect(sim.requests).toHaveLength(4);
		expect(waits).toEqual([1000, 2000, 4000]);
	});

	it('retries a PATCH after a 500 (it is repeatable) and sends the same body again', async () => {
		sim.inject({ status: 500, body: { message: 'Internal Server Error' } }, 2);
		const result = await runNode({ items: [room], node: update({ name: 'Retried' }), credentials: credentials() });
		expect(result.error).toBeUndefined();
		expect(waits).toEqual([1000, 2000]);
		expect(sim.requests.map((request) => request.body)).toEqual([{ name: 'Retried' }, { name: 'Retried' }, { name: 'Retried' }]);
		expect(outputJson(result)[0]).toMatchObject({ name: 'Retried' });
	});

	it('gives up on 500s after the bounded attempts', async () => {
		sim.inject({ status: 500, body: 'upstream failure' }, 10);
		const result = await runNode({ items: [room], node: update({ name: 'x' }), credentials: credentials() });
		expect(result.error?.message).toBe('CarrierX had an internal failure (HTTP 500)');
		expect(result.error?.description).toContain('CarrierX says: upstream failure');
		expect(result.error?.description).toContain('Gave up after 4 attempts.');
		expect(sim.requests).toHaveLength(4);
		expect(waits).toEqual([1000, 2000, 4000]);
	});

	it('with Continue On Fail, failed items become error items and the others still run', async () => {
		const result = await runNode({
			items: [{ sid: SEED.roomSid }, { sid: '../meeting_rooms' }, { sid: '00000000-0000-4000-8000-000000000000' }, { sid: SEED.didGroupRoomSid }],
			node: update({ name: 'Bulk' }, { continueOnFail: true }),
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const json = outputJson(result);
		expect(json).toHaveLength(4);
		expect(json[0]).toMatchObject({ meeting_room_sid: SEED.roomSid, name: 'Bulk' });
		expect(json[1].error).toMatch(/"Meeting Room SID" field must be an ID .* \[item 1\]/);
		expect(json[2]).toMatchObject({ error: 'CarrierX could not find the meeting room', httpCode: '404' });
		expect(json[3]).toMatchObject({ meeting_room_sid: SEED.didGroupRoomSid, name: 'Bulk' });
		expect(result.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(sim.requests.map((request) => request.rawPath)).toEqual([
			ROOM_PATH,
			'/conference/v2/meeting_rooms/00000000-0000-4000-8000-000000000000',
			`/conference/v2/meeting_rooms/${SEED.didGroupRoomSid}`,
		]);
	});

	it('redacts the password and the Basic value even when the API echoes them', async () => {
		const basicValue = BASIC.replace('Basic ', '');
		sim.inject({
			status: 422,
			body: {
				message: `rejected ${DEFAULT_CREDENTIALS.password}`,
				errors: [{ field: 'name', message: `token ${basicValue} seen`, reference_sid: null }],
			},
		});
		const result = await runNode({ items: [room], node: update({ name: 'x' }, { continueOnFail: true }), credentials: credentials() });
		const serialized = JSON.stringify({ output: outputJson(result), error: result.run.data.resultData.error });
		expect(serialized).not.toContain(DEFAULT_CREDENTIALS.password);
		expect(serialized).not.toContain(basicValue);
		expect(outputJson(result)[0].description).toContain('[redacted]');
	});

	it.each([
		['a path', (url: string) => `${url}/conference/v2`, /credential's "API Host" contains a path/],
		['a query', (url: string) => `${url}?x=1`, /credential's "API Host" contains a query/],
		['user info', (url: string) => url.replace('http://', 'http://user:pw@'), /credential's "API Host" contains user info/],
		['whitespace', (url: string) => `${url} `, /credential's "API Host" contains whitespace/],
		['plain http to a remote host', () => 'http://api.carrierx.com', /plain http for a remote host/],
	])('refuses an API host with %s before sending anything', async (_case, host, message) => {
		const result = await runNode({ items: [room], node: update({ name: 'x' }), credentials: credentials({ apiHost: host(sim.url as string) }) });
		expect(result.error?.message).toMatch(message);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('CarrierX › meeting room › replace (PUT)', () => {
	it('sends the whole modifiable object and outputs the room', async () => {
		const result = await runNode({
			items: [room],
			node: replace({
				name: 'Board room',
				accessCodes: { code: [{ accessCode: '424242', role: 'host' }, { accessCode: '434343', role: 'participant' }] },
				didGroupSid: SEED.otherDidGroupSid,
				properties: { property: [{ key: 'intro_prompt', value: 'board' }] },
			}),
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = sim.requests;
		expect(request.method).toBe('PUT');
		expect(request.rawPath).toBe(ROOM_PATH);
		expect(request.headers.authorization).toBe(BASIC);
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(request.body).toEqual({
			name: 'Board room',
			access_codes: [
				{ access_code: '424242', role: 'host' },
				{ access_code: '434343', role: 'participant' },
			],
			did_group_sid: SEED.otherDidGroupSid,
			properties: { intro_prompt: 'board' },
		});
		expect(outputJson(result)).toEqual([
			{
				access_codes: [
					{ access_code: '424242', role: 'host' },
					{ access_code: '434343', role: 'participant' },
				],
				account_sid: SEED.accountSid,
				properties: { intro_prompt: 'board' },
				did_group_sid: SEED.otherDidGroupSid,
				meeting_room_sid: SEED.roomSid,
				name: 'Board room',
			},
		]);
	});

	it('takes the access codes from a JSON list built by an expression', async () => {
		const result = await runNode({
			items: [{ sid: SEED.roomSid, codes: [{ access_code: '515151', role: 'host' }, { access_code: 525252, role: 'listener' }] }],
			node: replace({ name: 'From items', accessCodesSource: 'json', accessCodesJson: '={{ $json.codes }}' }),
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect((sim.requests[0].body as { access_codes: unknown }).access_codes).toEqual([
			{ access_code: '515151', role: 'host' },
			{ access_code: '525252', role: 'listener' },
		]);
	});

	it.each([
		['not a list', '={{ { access_code: "1" } }}', /"Access Codes \(JSON\)" field must be a list of objects/],
		['a bad role', '[{"access_code": "1", "role": "owner"}]', /Role.*must be one of: host, participant, listener/],
		['a duplicate code', '[{"access_code": "1", "role": "host"}, {"access_code": "1", "role": "listener"}]', /lists the access code "1" more than once/],
	])('refuses a JSON list that is %s before sending', async (_label, json, message) => {
		const result = await runNode({
			items: [{ sid: SEED.roomSid }],
			node: replace({ name: 'X', accessCodesSource: 'json', accessCodesJson: json }),
			credentials: credentials(),
		});
		expect(result.error?.message).toMatch(message);
		expect(sim.requests).toHaveLength(0);
	});

	it('resets what is left empty: no codes, DID group null, properties {}', async () => {
		const result = await runNode({ items: [{ sid: SEED.didGroupRoomSid }], node: replace({ name: 'Bare' }), credentials: credentials() });
		expect(result.error).toBeUndefined();
		expect(sim.requests[0].rawBody).toBe('{"name":"Bare","access_codes":[],"did_group_sid":null,"properties":{}}');
		expect(outputJson(result)[0]).toMatchObject({ name: 'Bare', access_codes: [], did_group_sid: null, properties: {} });
	});

	it('retries a PUT after a 500', async () => {
		sim.inject({ status: 503, body: { message: 'Service Unavailable' } });
		const result = await runNode({ items: [room], node: replace({ name: 'Again' }), credentials: credentials() });
		expect(result.error).toBeUndefined();
		expect(sim.requests).toHaveLength(2);
		expect(waits).toEqual([1000]);
	});

	it('maps a 409 from a replace', async () => {
		const result = await runNode({
			items: [room],
			node: replace({ name: 'Clash', didGroupSid: SEED.didGroupSid, accessCodes: { code: [{ accessCode: '555002', role: 'participant' }] } }),
			credentials: credentials(),
		});
		expect(result.error?.httpCode).toBe('409');
		expect(result.error?.description).toContain('access code 555002 is already used');
	});

	it.each([
		// A literal empty required field is already refused by n8n itself; an expression can still yield nothing.
		['a name an expression leaves empty', room, { name: '={{ $json.missing }}' }, /"Name" field is required/],
		['a bad SID', { sid: 'a/b' }, { name: 'x' }, /"Meeting Room SID" field must be an ID/],
		['a bad DID group SID', room, { name: 'x', didGroupSid: 'nope' }, /"DID Group SID" field must be an ID/],
		['an unknown role', room, { name: 'x', accessCodes: { code: [{ accessCode: '1', role: 'owner' }] } }, /"Access Codes › Role \(code 1\)" field must be one of/],
		[
			'duplicate access codes',
			room,
			{ name: 'x', accessCodes: { code: [{ accessCode: '9', role: 'host' }, { accessCode: '9', role: 'host' }] } },
			/"Access Codes" field lists the access code "9" more than once/,
		],
		['a property key an expression leaves empty', room, { name: 'x', properties: { property: [{ key: '={{ "" }}', value: 'v' }] } }, /"Properties › Key \(property 1\)" field is required/],
	])('refuses %s without sending anything', async (_case, item, parameters, message) => {
		const result = await runNode({ items: [item], node: replace(parameters), credentials: credentials() });
		expect(result.error?.message).toMatch(message);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('CarrierX simulator contract', () => {
	const call = async (method: string, path: string, init: { body?: string; type?: string; auth?: string } = {}) => {
		const headers: Record<string, string> = { Authorization: init.auth ?? BASIC };
		if (init.type) headers['Content-Type'] = init.type;
		const response = await fetch(`${sim.url}/conference/v2${path}`, { method, headers, body: init.body });
		return { status: response.status, body: (await response.json()) as IDataObject };
	};

	it('lists meeting rooms in the CarrierX envelope and gets one by SID', async () => {
		const list = await call('GET', '/meeting_rooms?limit=1');
		expect(list.status).toBe(200);
		expect(list.body).toMatchObject({ count: 1, has_more: true, limit: 1, offset: 0, pagination: {}, total: null });
		expect((list.body.items as IDataObject[])[0].meeting_room_sid).toBe(SEED.roomSid);
		const one = await call('GET', `/meeting_rooms/${SEED.didGroupRoomSid}`);
		expect(one.body).toMatchObject({ meeting_room_sid: SEED.didGroupRoomSid, did_group_sid: SEED.didGroupSid });
	});

	it('answers 401, 415 and 400 in CarrierX style', async () => {
		expect(await call('GET', '/meeting_rooms', { auth: 'Basic eDp5' })).toMatchObject({ status: 401, body: { message: 'unauthorized' } });
		expect(await call('PATCH', `/meeting_rooms/${SEED.roomSid}`, { type: 'text/plain', body: 'name=x' })).toMatchObject({ status: 415 });
		expect(await call('PATCH', `/meeting_rooms/${SEED.roomSid}`, { type: 'application/json', body: '{nope' })).toMatchObject({
			status: 400,
			body: { message: 'No JSON object could be decoded' },
		});
		expect(await call('PATCH', `/meeting_rooms/${SEED.roomSid}`, { type: 'application/json', body: '[1]' })).toMatchObject({
			status: 400,
			body: { message: 'No JSON object could be decoded' },
		});
	});

	it('requires every modifiable field on PUT and refuses changing read-only fields', async () => {
		const missing = await call('PUT', `/meeting_rooms/${SEED.roomSid}`, { type: 'application/json', body: '{"name":"x"}' });
		expect(missing.status).toBe(422);
		expect((missing.body.errors as IDataObject[]).map((entry) => entry.field)).toEqual(['access_codes', 'did_group_sid', 'properties']);
		const whole = { name: 'x', access_codes: [], did_group_sid: null, properties: {} };
		const unchanged = await call('PUT', `/meeting_rooms/${SEED.roomSid}`, {
			type: 'application/json',
			body: JSON.stringify({ ...whole, meeting_room_sid: SEED.roomSid, account_sid: SEED.accountSid }),
		});
		expect(unchanged.status).toBe(200);
		const changed = await call('PUT', `/meeting_rooms/${SEED.roomSid}`, {
			type: 'application/json',
			body: JSON.stringify({ ...whole, account_sid: SEED.didGroupSid }),
		});
		expect(changed).toMatchObject({ status: 422, body: { errors: [{ field: 'account_sid' }] } });
	});

	it('refuses bad roles, bad codes and duplicates within a room with 422', async () => {
		const body = JSON.stringify({
			access_codes: [
				{ access_code: '12', role: 'boss' },
				{ access_code: 'ab', role: 'host' },
				{ access_code: '12', role: 'host' },
			],
		});
		const answer = await call('PATCH', `/meeting_rooms/${SEED.roomSid}`, { type: 'application/json', body });
		expect(answer.status).toBe(422);
		expect((answer.body.errors as IDataObject[]).map((entry) => entry.field)).toEqual([
			'access_codes.0.role',
			'access_codes.1.access_code',
			'access_codes.2.access_code',
		]);
	});
});
