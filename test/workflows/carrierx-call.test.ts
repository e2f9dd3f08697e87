import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { createCarrierXSimulator, DEFAULT_CREDENTIALS, SEED } from '../simulators/carrierx';
import { outputJson, runListSearch, runNode } from '../support/harness';
import { useSimulator } from '../support/simulatorLifecycle';

const BASIC = `Basic ${Buffer.from(`${DEFAULT_CREDENTIALS.login}:${DEFAULT_CREDENTIALS.password}`).toString('base64')}`;
const CALLS = '/conference/v2/calls';
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
		node: { type: 'carrierX', parameters: { resource: 'call', ...parameters }, continueOnFail },
		credentials: credentials(overrides),
	});
}

describe('CarrierX › call › get', () => {
	it.each([
		['From List', locator('list', SEED.hostCallSid)],
		['By ID', locator('id', SEED.hostCallSid)],
		['a plain SID', SEED.hostCallSid],
	])('reads the call chosen %s', async (_mode, callSid) => {
		const result = await run({ operation: 'get', callSid });
		expect(result.error).toBeUndefined();
		expect(outputJson(result)).toEqual([expect.objectContaining({ call_sid: SEED.hostCallSid, role: 'host', name: 'Alice Host', meeting_sid: SEED.meetingSid })]);
		expect(sim.requests.map((request) => `${request.method} ${request.rawPath} ${request.headers.authorization}`)).toEqual([
			`GET ${CALLS}/${SEED.hostCallSid} ${BASIC}`,
		]);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
	});

	it('maps a 404 (caller gone) and a 405, item by item', async () => {
		sim.inject({ status: 405, body: { message: 'Method Not Allowed' } }, 1, (request) => request.rawPath.endsWith(SEED.hostCallSid));
		const result = await run({ operation: 'get', callSid: '={{ $json.sid }}' }, [{ sid: UNKNOWN }, { sid: SEED.hostCallSid }], true);
		const [missing, refused] = outputJson(result);
		expect(missing).toMatchObject({ error: `CarrierX has no live call with SID ${UNKNOWN} (the caller may have hung up)`, httpCode: '404' });
		expect(refused).toMatchObject({ error: expect.stringMatching(/^CarrierX refused GET \/calls\/\{call_sid\}/), httpCode: '405' });
	});

	it('refuses a SID that is not a UUID before sending anything', async () => {
		await expect(run({ operation: 'get', callSid: locator('id', 'call-1') })).rejects.toThrow(/workflow has issues/);
		const result = await run({ operation: 'get', callSid: '={{ $json.sid }}' }, [{ sid: '../meetings' }]);
		expect(result.error?.message).toMatch(/"Call SID" field must be an ID .*\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('CarrierX › call › getAll', () => {
	it('lists the calls of one meeting through filter meeting_sid eq, across pages', async () => {
		sim.addCalls(3);
		sim.pageSizeLimit = 2;
		const result = await run({ operation: 'getAll', meetingSid: locator('list', SEED.meetingSid), returnAll: true });
		expect(result.error).toBeUndefined();
		const calls = outputJson(result);
		expect(calls).toHaveLength(6);
		expect(calls.every((call) => call.meeting_sid === SEED.meetingSid)).toBe(true);
		const filter = `meeting_sid eq "${SEED.meetingSid}"`;
		expect(sim.requests.map((request) => request.query)).toEqual([
			{ limit: '1000', offset: '0', filter },
			{ limit: '1000', offset: '2', filter },
			{ limit: '1000', offset: '4', filter },
		]);
		expect(sim.requests.every((request) => request.rawPath === CALLS && request.headers.authorization === BASIC)).toBe(true);
		expect(result.output.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
	});

	it('stops at Limit', async () => {
		sim.addCalls(5);
		sim.pageSizeLimit = 2;
		const result = await run({ operation: 'getAll', limit: 3 });
		expect(outputJson(result)).toHaveLength(3);
		expect(sim.requests.map((request) => request.query.offset)).toEqual(['0', '2']);
	});

	it('quotes a name with quotes and spaces, and filters by role, with an order', async () => {
		const result = await run({ operation: 'getAll', returnAll: true, filters: { nameContains: '"Bobby" Smith', role: 'participant' }, order: 'name desc' });
		expect(result.error).toBeUndefined();
		expect(sim.requests[0].query).toEqual({
			limit: '1000',
			offset: '0',
			filter: 'name like "%\\"Bobby\\" Smith%" and role eq "participant"',
			order: 'name desc',
		});
		expect(outputJson(result).map((call) => call.call_sid)).toEqual([SEED.participantCallSid]);
	});

	it('maps a 405 on the inferred list endpoint and a 400 for a bad raw filter', async () => {
		sim.inject({ status: 405, body: { message: 'Method Not Allowed' } });
		const refused = await run({ operation: 'getAll' });
		expect(refused.error?.message).toBe("CarrierX refused GET /calls: the method is not allowed for this endpoint, which CarrierX's documentation does not confirm");
		const bad = await run({ operation: 'getAll', filters: { rawFilter: 'name like "unclosed' } });
		expect(bad.error?.httpCode).toBe('400');
		expect(bad.error?.message).toBe('CarrierX could not read the filter or the order; check the Filters');
	});

	it.each([
		['a meeting SID that is not a UUID', { meetingSid: '={{ "m-1" }}' }, /"Meeting SID" field must be an ID/],
		['a name with a line break', { filters: { nameContains: 'a\nb' } }, /"Name Contains" field may not contain control characters/],
		['an unknown role', { filters: { role: '={{ "owner" }}' } }, /"Role" field must be one of: host, participant, listener/],
		['an unknown order', { order: 'duration' }, /"Order By" field must be one of/],
	])('refuses %s before sending anything', async (_case, parameters, message) => {
		const result = await run({ operation: 'getAll', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(result.error?.message).toMatch(/\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('CarrierX › call › update', () => {
	it('sends muted, on_hold and name as a JSON PATCH and outputs the call', async () => {
		const result = await run({ operation: 'update', callSid: locator('id', SEED.participantCallSid), updateFields: { muted: true, onHold: false, name: 'Bob' } });
		expect(result.error).toBeUndefined();
		const [request] = sim.requests;
		expect(`${request.method} ${request.rawPath}`).toBe(`PATCH ${CALLS}/${SEED.participantCallSid}`);
		expect(request.headers.authorization).toBe(BASIC);
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(request.body).toEqual({ muted: true, on_hold: false, name: 'Bob' });
		expect(outputJson(result)).toEqual([expect.objectContaining({ call_sid: SEED.participantCallSid, muted: true, on_hold: false, name: 'Bob' })]);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
	});

	it('clears the name with an empty string', async () => {
		const result = await run({ operation: 'update', callSid: SEED.hostCallSid, updateFields: { name: '' } });
		expect(result.error).toBeUndefined();
		expect(sim.requests[0].rawBody).toBe('{"name":""}');
	});

	it('maps a 404, a 422 and a 401, and retries a 429', async () => {
		const missing = await run({ operation: 'update', callSid: UNKNOWN, updateFields: { muted: true } });
		expect(missing.error?.message).toBe(`CarrierX has no live call with SID ${UNKNOWN} (the caller may have hung up)`);
		sim.inject({ status: 422, body: { message: 'Object validation error', errors: [{ field: 'muted', message: 'must be a boolean', reference_sid: null }] } });
		const invalid = await run({ operation: 'update', callSid: SEED.hostCallSid, updateFields: { muted: true } });
		expect(invalid.error?.context?.fieldErrors).toEqual([{ field: 'muted', message: 'must be a boolean' }]);
		const denied = await run({ operation: 'update', callSid: SEED.hostCallSid, updateFields: { muted: true } }, [{}], false, { password: 'wrong-pw' });
		expect(denied.error?.httpCode).toBe('401');
		sim.clearRequests();
		sim.inject({ status: 429, body: { message: 'Too Many Requests' }, headers: { 'Retry-After': '3' } });
		const limited = await run({ operation: 'update', callSid: SEED.hostCallSid, updateFields: { onHold: true } });
		expect(limited.error).toBeUndefined();
		expect(waits).toEqual([3000]);
		expect(sim.requests).toHaveLength(2);
	});

	it.each([
		['nothing to change', {}, /"Update Fields" field has nothing to change/],
		['a muted value that is not true/false', { muted: '={{ "yes" }}' }, /"Muted" field must be true or false/],
		['an overlong name', { name: 'x'.repeat(256) }, /"Name" field must be at most 255 characters/],
	])('refuses %s before sending anything', async (_case, updateFields, message) => {
		const result = await run({ operation: 'update', callSid: SEED.hostCallSid, updateFields });
		expect(result.error?.message).toMatch(message);
		expect(result.error?.message).toMatch(/\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('CarrierX › call › remove', () => {
	it('sends DELETE and outputs {removed: true} for the 204', async () => {
		const result = await run({ operation: 'remove', callSid: locator('list', SEED.listenerCallSid) });
		expect(result.error).toBeUndefined();
		expect(sim.requests.map((request) => `${request.method} ${request.rawPath} ${request.headers.authorization}`)).toEqual([
			`DELETE ${CALLS}/${SEED.listenerCallSid} ${BASIC}`,
		]);
		expect(outputJson(result)).toEqual([{ removed: true, call_sid: SEED.listenerCallSid }]);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
		expect(sim.calls.has(SEED.listenerCallSid)).toBe(false);
	});

	it('maps a 404 and an inferred-endpoint 405', async () => {
		const missing = await run({ operation: 'remove', callSid: UNKNOWN });
		expect(missing.error?.message).toBe(`CarrierX has no live call with SID ${UNKNOWN} (the caller may have hung up)`);
		sim.inject({ status: 405, body: { message: 'Method Not Allowed' } });
		const refused = await run({ operation: 'remove', callSid: SEED.hostCallSid });
		expect(refused.error?.message).toMatch(/^CarrierX refused DELETE \/calls\/\{call_sid\}: the method is not allowed/);
	});

	it('refuses a bad SID before sending anything', async () => {
		const result = await run({ operation: 'remove', callSid: '={{ $json.sid }}' }, [{ sid: 'x' }]);
		expect(result.error?.message).toMatch(/"Call SID" field must be an ID .*\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('CarrierX › call picker', () => {
	const node = (meetingSid?: IDataObject) => ({
		type: 'carrierX',
		parameters: { resource: 'call', operation: 'update', ...(meetingSid === undefined ? {} : { meetingSid }) },
	});
	/** What n8n's editor sends along with a list search: the parameters as they stand in the node. */
	const search = async (meetingSid: IDataObject | undefined, filter?: string) => {
		const spec = node(meetingSid);
		return await runListSearch({ node: spec, credentials: credentials(), method: 'searchCalls', filter, currentNodeParameters: spec.parameters as INodeParameters });
	};

	it('lists every call by caller name and role, one provider page per call', async () => {
		sim.addCalls(110, SEED.salesMeetingSid);
		const first = await runListSearch({ node: node(), credentials: credentials(), method: 'searchCalls' });
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: 'Alice Host (host)', value: SEED.hostCallSid });
		expect(first.results).toContainEqual({ name: '15162065322 (listener)', value: SEED.listenerCallSid });
		const second = await runListSearch({ node: node(), credentials: credentials(), method: 'searchCalls', paginationToken: first.paginationToken as string });
		expect(second.results).toHaveLength(14);
		expect(second.paginationToken).toBeUndefined();
		expect(sim.requests.map((request) => request.query)).toEqual([
			{ order: 'date_joined', limit: '100', offset: '0' },
			{ order: 'date_joined', limit: '100', offset: '100' },
		]);
	});

	it('keeps to the meeting chosen in the node, and lets CarrierX search by quoted name', async () => {
		const inMeeting = await search(locator('list', SEED.salesMeetingSid));
		expect(inMeeting.results).toEqual([{ name: 'Carol Sales (participant)', value: SEED.salesCallSid }]);
		const byName = await search(locator('id', SEED.meetingSid), '"Bobby"');
		expect(byName.results).toEqual([{ name: 'Bob "Bobby" Smith (participant)', value: SEED.participantCallSid }]);
		const noMeetingYet = await search(locator('list', ''), SEED.salesCallSid);
		expect(noMeetingYet.results.map((result) => result.value)).toEqual([SEED.salesCallSid]);
		expect(sim.requests.map((request) => request.query.filter)).toEqual([
			`meeting_sid eq "${SEED.salesMeetingSid}"`,
			`meeting_sid eq "${SEED.meetingSid}" and name like "%\\"Bobby\\"%"`,
			`call_sid eq "${SEED.salesCallSid}"`,
		]);
	});
});

describe('CarrierX simulator contract (meetings, calls, lists)', () => {
	const call = async (method: string, path: string, init: { body?: string; type?: string } = {}) => {
		const headers: Record<string, string> = { Authorization: BASIC };
		if (init.type) headers['Content-Type'] = init.type;
		const response = await fetch(`${sim.url}/conference/v2${path}`, { method, headers, body: init.body });
		const text = await response.text();
		return { status: response.status, body: (text ? JSON.parse(text) : undefined) as IDataObject };
	};

	it('answers 415 for a body that is not JSON and for a body-less POST', async () => {
		expect(await call('PATCH', `/calls/${SEED.hostCallSid}`, { type: 'text/plain', body: 'muted=true' })).toMatchObject({ status: 415, body: { message: 'Unsupported media type' } });
		expect(await call('POST', '/meeting_rooms')).toMatchObject({ status: 415 });
	});

	it('answers 400 in CarrierX\'s error shape for a malformed filter or order', async () => {
		for (const filter of ['name', 'name eq', 'name is "x"', 'name eq "x" or role eq host', 'name eq "x\\', 'name eq "a"b"']) {
			const answer = await call('GET', `/calls?filter=${encodeURIComponent(filter)}`);
			expect(answer).toMatchObject({ status: 400, body: { message: 'Bad Request', errors: [{ field: 'filter', reference_sid: null }] } });
		}
		expect(await call('GET', '/meetings?order=name')).toMatchObject({ status: 400, body: { errors: [{ field: 'order' }] } });
	});

	it('reads bare and quoted values with escapes, dot notation and like wildcards', async () => {
		const bare = await call('GET', `/calls?filter=${encodeURIComponent('role eq host and muted eq false')}`);
		expect((bare.body.items as IDataObject[]).map((item) => item.call_sid)).toEqual([SEED.hostCallSid]);
		const nested = await call('GET', `/meetings?filter=${encodeURIComponent('attendees.hosts eq 1 and meeting_room_sid like "2652%"')}`);
		expect((nested.body.items as IDataObject[]).map((item) => item.meeting_sid)).toEqual([SEED.meetingSid]);
		const escaped = await call('GET', `/calls?filter=${encodeURIComponent('name eq "Bob \\"Bobby\\" Smith"')}`);
		expect((escaped.body.items as IDataObject[]).map((item) => item.call_sid)).toEqual([SEED.participantCallSid]);
	});

	it('pages with has_more and total null, capped by pageSizeLimit, and answers 204 on deletes', async () => {
		sim.pageSizeLimit = 1;
		const page = await call('GET', '/meetings?limit=5&offset=1');
		expect(page).toMatchObject({ status: 200, body: { count: 1, has_more: false, limit: 5, offset: 1, total: null } });
		expect(await call('DELETE', `/calls/${SEED.hostCallSid}`)).toEqual({ status: 204, body: undefined });
		expect(await call('DELETE', `/calls/${SEED.hostCallSid}`)).toMatchObject({ status: 404, body: { message: 'Cannot find item by SID' } });
	});

	it('refuses unknown fields and bad values on meeting and call updates with 422', async () => {
		const meeting = await call('PATCH', `/meetings/${SEED.meetingSid}`, { type: 'application/json', body: '{"on_hold":"x","participant_muted":"no","locked":true}' });
		expect(meeting.status).toBe(422);
		expect((meeting.body.errors as IDataObject[]).map((entry) => entry.field)).toEqual(['locked', 'on_hold', 'participant_muted']);
		const callAnswer = await call('PATCH', `/calls/${SEED.hostCallSid}`, { type: 'application/json', body: '{"muted":"yes","role":"host"}' });
		expect((callAnswer.body.errors as IDataObject[]).map((entry) => entry.field)).toEqual(['role', 'muted']);
		const strings = await call('PATCH', `/calls/${SEED.hostCallSid}`, { type: 'application/json', body: '{"muted":"true"}' });
		expect(strings).toMatchObject({ status: 200, body: { muted: true } });
	});
});
