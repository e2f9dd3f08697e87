import type { IDataObject, INode, INodeTypes } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { SignalWireApi } from '../../credentials/SignalWireApi.credentials';
import { createSignalWireSimulator, DEFAULT_CREDENTIALS } from '../simulators/signalwire';
import { outputJson, runNode } from '../support/harness';
import { useSimulator } from '../support/simulatorLifecycle';

const { projectId: PROJECT_ID, apiToken: API_TOKEN } = DEFAULT_CREDENTIALS;
const BASIC = Buffer.from(`${PROJECT_ID}:${API_TOKEN}`).toString('base64');
const [STANDUP, SUPPORT, COMPLETED] = ['a1c2e3f4-0001-4b5c-8d7e-9f0a1b2c3d01', 'a1c2e3f4-0002-4b5c-8d7e-9f0a1b2c3d02', 'a1c2e3f4-0003-4b5c-8d7e-9f0a1b2c3d03'];
/** A Basic-auth password the simulator does not know. */
const UNKNOWN_PAIR_PART = 'PTwrong-sandbox-value-123';
const ACCOUNT_PATH = `/api/laml/2010-04-01/Accounts/${PROJECT_ID}`;

const sim = createSignalWireSimulator();
const waits = useSimulator(sim);

const credentials = (overrides: Record<string, string> = {}) => ({
	signalWireApi: { space: sim.url as string, projectId: PROJECT_ID, apiToken: API_TOKEN, ...overrides },
});

const updateParameters = {
	resource: 'conference',
	operation: 'update',
	conferenceSid: '={{ $json.sid }}',
	announceUrl: '={{ $json.url }}',
	announceMethod: 'POST',
};
const endParameters = { resource: 'conference', operation: 'end', conferenceSid: '={{ $json.sid }}' };

async function update(items: Array<Record<string, string>>, parameters: IDataObject = updateParameters, continueOnFail = false) {
	return await runNode({ items, node: { type: 'signalWire', parameters, continueOnFail }, credentials: credentials() });
}

async function end(sid: string) {
	return await runNode({ items: [{ sid }], node: { type: 'signalWire', parameters: endParameters }, credentials: credentials() });
}

function expectNoSecrets(value: unknown) {
	const text = JSON.stringify(value);
	expect(text).not.toContain(API_TOKEN);
	expect(text).not.toContain(BASIC);
}

describe('SignalWire › conference › update', () => {
	it('plays an announcement: form-encoded POST with Basic auth, outputs the conference', async () => {
		const result = await update([{ sid: STANDUP, url: 'https://example.com/announce.xml?lang=en' }]);
		expect(result.error).toBeUndefined();
		const [conference] = outputJson(result);
		expect(conference).toMatchObject({
			sid: STANDUP,
			account_sid: PROJECT_ID,
			friendly_name: 'Team standup',
			status: 'in-progress',
			api_version: '2010-04-01',
			subresource_uris: { participants: `${ACCOUNT_PATH}/Conferences/${STANDUP}/Participants` },
		});
		expect(conference.date_updated).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });

		expect(sim.requests).toHaveLength(1);
		const [request] = sim.requests;
		expect(request.method).toBe('POST');
		expect(request.rawPath).toBe(`${ACCOUNT_PATH}/Conferences/${STANDUP}`);
		expect(request.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
		expect(request.headers.authorization).toBe(`Basic ${BASIC}`);
		expect(request.rawBody).toBe('AnnounceUrl=https%3A%2F%2Fexample.com%2Fannounce.xml%3Flang%3Den&AnnounceMethod=POST');
		expect(sim.announcements).toEqual([{ conferenceSid: STANDUP, url: 'https://example.com/announce.xml?lang=en', method: 'POST' }]);
	});

	it('sends AnnounceMethod=GET when chosen', async () => {
		const result = await update([{ sid: SUPPORT, url: 'http://example.com/a' }], { ...updateParameters, announceMethod: 'GET' });
		expect(result.error).toBeUndefined();
		expect(sim.requests[0].rawBody).toBe('AnnounceUrl=http%3A%2F%2Fexample.com%2Fa&AnnounceMethod=GET');
	});

	it.each([
		['Conference SID', { sid: 'not-a-uuid', url: 'https://example.com/a' }, updateParameters, /"Conference SID" field must be an ID in the form/],
		['Conference SID', { sid: '../../Calls', url: 'https://example.com/a' }, updateParameters, /"Conference SID" field must be an ID/],
		['Announce URL', { sid: STANDUP, url: 'example.com/a' }, updateParameters, /"Announce URL" field must be an absolute URL/],
		['Announce URL', { sid: STANDUP, url: 'ftp://example.com/a' }, updateParameters, /"Announce URL" field must be an http or https URL/],
		['Announce URL', { sid: STANDUP, url: '' }, updateParameters, /"Announce URL" field is required/],
		['Announce Method', { sid: STANDUP, url: 'https://example.com/a' }, { ...updateParameters, announceMethod: 'PUT' }, /"Announce Method" field must be one of: GET, POST/],
	])('refuses an invalid %s before sending anything', async (_field, item, parameters, message) => {
		const result = await update([item], parameters);
		expect(result.error?.message).toMatch(message);
		expect(result.error?.message).toMatch(/\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});

	it('maps 422 code 10000 (a completed conference) so SignalWire\'s words reach the description', async () => {
		const result = await update([{ sid: COMPLETED, url: 'https://example.com/a' }]);
		expect(result.error?.message).toBe('SignalWire could not process the request');
		expect(result.error?.httpCode).toBe('422');
		expect(result.error?.description).toContain('SignalWire says (code 10000): Cannot update a conference that is already completed');
		expect(result.error?.description).toContain('More information: https://');
		expect(sim.requests).toHaveLength(1);
	});

	it('maps a 422 with an errors list', async () => {
		sim.inject({ status: 422, body: { errors: ['AnnounceUrl is not reachable', 'AnnounceMethod is invalid'] } });
		const result = await update([{ sid: STANDUP, url: 'https://example.com/a' }]);
		expect(result.error?.httpCode).toBe('422');
		expect(result.error?.description).toContain('AnnounceUrl is not reachable');
		expect(result.error?.description).toContain('AnnounceMethod is invalid');
	});

	it('maps a 404 for an unknown SID in the words of the operation', async () => {
		const unknown = '00000000-0000-4000-8000-000000000000';
		const result = await update([{ sid: unknown, url: 'https://example.com/a' }]);
		expect(result.error?.message).toBe(`No conference with SID ${unknown} was found in this SignalWire project`);
		expect(result.error?.httpCode).toBe('404');
		expect(result.error?.description).toContain('SignalWire says (code 20404): Not Found');
	});

	it('maps a 401 and never shows the token or the Basic pair', async () => {
		const result = await runNode({
			items: [{ sid: STANDUP, url: 'https://example.com/a' }],
			node: { type: 'signalWire', parameters: updateParameters },
			credentials: credentials({ apiToken: UNKNOWN_PAIR_PART }),
		});
		expect(result.error?.message).toBe('SignalWire did not accept the credentials');
		expect(result.error?.httpCode).toBe('401');
		expect(result.error?.description).toContain('SignalWire says (code 20003): Authentication Error - invalid username');
		const wrongBasic = Buffer.from(`${PROJECT_ID}:${UNKNOWN_PAIR_PART}`).toString('base64');
		const text = JSON.stringify(result.run.data.resultData);
		expect(text).not.toContain(UNKNOWN_PAIR_PART);
		expect(text).not.toContain(wrongBasic);
		expect(sim.requests).toHaveLength(1);
	});

	it('redacts the token and the base64 pair even when an answer echoes them', async () => {
		sim.inject({ status: 400, body: { code: 10000, message: `Bad auth ${API_TOKEN} / Basic ${BASIC} / raw ${BASIC}`, more_info: 'https://x.test', status: 400 } });
		const result = await update([{ sid: STANDUP, url: 'https://example.com/a' }]);
		expect(result.error?.description).toContain('[redacted]');
		expectNoSecrets(result.run.data.resultData);
	});

	it('waits out a 429 (code 20429) with Retry-After and then succeeds', async () => {
		sim.injectRateLimit(1, 2);
		const result = await update([{ sid: STANDUP, url: 'https://example.com/a' }]);
		expect(result.error).toBeUndefined();
		expect(waits).toEqual([2000]);
		expect(sim.requests).toHaveLength(2);
		expect(sim.announcements).toHaveLength(1);
	});

	it('fails clearly when Retry-After is longer than it will wait', async () => {
		sim.injectRateLimit(1, 3600);
		const result = await update([{ sid: STANDUP, url: 'https://example.com/a' }]);
		expect(result.error?.message).toMatch(/^SignalWire is rate limiting requests; retry after 60 min/);
		expect(result.error?.description).toContain('SignalWire says (code 20429): Too Many Requests');
		expect(waits).toEqual([]);
		expect(sim.requests).toHaveLength(1);
	});

	it('gives up after a bounded number of 429s without Retry-After, backing off', async () => {
		sim.injectRateLimit(10);
		const result = await update([{ sid: STANDUP, url: 'https://example.com/a' }]);
		expect(result.error?.message).toMatch(/still rate limiting requests after 4 attempts/);
		expect(waits).toEqual([1000, 2000, 4000]);
		expect(sim.requests).toHaveLength(4);
	});

	it('does not re-send an announcement after a 503, because it would play twice', async () => {
		sim.injectServerError(503);
		const result = await update([{ sid: STANDUP, url: 'https://example.com/a' }]);
		expect(result.error?.message).toBe('SignalWire had an internal failure (HTTP 503)');
		expect(result.error?.description).toContain('was not sent again automatically');
		expect(waits).toEqual([]);
		expect(sim.requests).toHaveLength(1);
	});

	it('with Continue On Fail, a bad item becomes an error item and the others still run', async () => {
		const result = await update(
			[
				{ sid: STANDUP, url: 'https://example.com/a' },
				{ sid: 'bad sid', url: 'https://example.com/b' },
				{ sid: COMPLETED, url: 'https://example.com/c' },
				{ sid: SUPPORT, url: 'https://example.com/d' },
			],
			updateParameters,
			true,
		);
		const json = outputJson(result);
		expect(json).toHaveLength(4);
		expect(json[0]).toMatchObject({ sid: STANDUP });
		expect(json[1].error).toMatch(/"Conference SID" field .* \[item 1\]/);
		expect(json[2]).toMatchObject({ error: 'SignalWire could not process the request', httpCode: '422', code: '10000' });
		expect(json[3]).toMatchObject({ sid: SUPPORT });
		expect(result.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
		expect(sim.requests.map((request) => request.rawPath.split('/').pop())).toEqual([STANDUP, COMPLETED, SUPPORT]);
		expectNoSecrets(json);
	});
});

describe('SignalWire › conference › end', () => {
	it('sends Status=completed and outputs the completed conference', async () => {
		const result = await end(SUPPORT);
		expect(result.error).toBeUndefined();
		expect(outputJson(result)[0]).toMatchObject({ sid: SUPPORT, status: 'completed', friendly_name: 'Support bridge' });
		const [request] = sim.requests;
		expect(request).toMatchObject({ method: 'POST', rawPath: `${ACCOUNT_PATH}/Conferences/${SUPPORT}`, rawBody: 'Status=completed' });
		expect(request.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
		expect(request.headers.authorization).toBe(`Basic ${BASIC}`);
		expect(sim.conferences.get(SUPPORT)?.status).toBe('completed');
	});

	it('says the conference may have ended already on a 422', async () => {
		const result = await end(COMPLETED);
		expect(result.error?.message).toBe('SignalWire could not end the conference; it may have ended already');
		expect(result.error?.description).toContain('(code 10000)');
	});

	it('retries a 503 because ending is repeatable, and gives up after 4 attempts', async () => {
		sim.injectServerError(503, 10);
		const result = await end(STANDUP);
		expect(result.error?.message).toBe('SignalWire had an internal failure (HTTP 503)');
		expect(result.error?.description).toContain('Gave up after 4 attempts.');
		expect(sim.requests).toHaveLength(4);
		expect(waits).toEqual([1000, 2000, 4000]);
	});

	it('refuses a bad SID before sending anything', async () => {
		const result = await end('12345');
		expect(result.error?.message).toMatch(/"Conference SID" field must be an ID in the form .* \[item 0\]/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('SignalWire › credential', () => {
	it.each([
		['a path', () => `${sim.url}/api`, /credential's "Space" contains a path/],
		['a query', () => `${sim.url}?x=1`, /credential's "Space" contains a query/],
		['user info', () => `http://u:p@127.0.0.1:1`, /credential's "Space" contains user info/],
	])('refuses a space with %s instead of gluing it into the URL', async (_what, space, message) => {
		const result = await runNode({
			items: [{ sid: STANDUP }],
			node: { type: 'signalWire', parameters: endParameters },
			credentials: credentials({ space: space() }),
		});
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toMatch(/space name/);
		expect(sim.requests).toHaveLength(0);
	});

	it('refuses a project ID that is not a UUID', async () => {
		const result = await runNode({
			items: [{ sid: STANDUP }],
			node: { type: 'signalWire', parameters: endParameters },
			credentials: credentials({ projectId: 'my-project' }),
		});
		expect(result.error?.message).toMatch(/credential's "Project ID" must be an ID in the form/);
		expect(sim.requests).toHaveLength(0);
	});

	it('the credential test is a read-only GET of the project account, and it passes against the simulator', async () => {
		const type = new SignalWireApi();
		const node: INode = { id: 'n', name: 'N', type: 'test.none', typeVersion: 1, position: [0, 0], parameters: {} };
		const nodeTypes = { getByName: () => undefined, getByNameAndVersion: () => ({ description: { properties: [] } }), getKnownTypes: () => ({}) } as unknown as INodeTypes;
		const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
		const data = credentials().signalWireApi;
		const resolve = (value: string | undefined) =>
			String(workflow.expression.getSimpleParameterValue(node, value as string, 'internal', { $credentials: data }, undefined, ''));
		expect(type.test.request.method).toBe('GET');
		const url = `${resolve(type.test.request.baseURL)}${resolve(type.test.request.url)}`;
		expect(url).toBe(`${sim.url}${ACCOUNT_PATH}`);
		const { auth } = await type.authenticate(data, { url });
		const header = `Basic ${Buffer.from(`${auth?.username}:${auth?.password}`).toString('base64')}`;
		expect(header).toBe(`Basic ${BASIC}`);
		const response = await fetch(url, { headers: { Authorization: header, Accept: 'application/json' } });
		expect(response.status).toBe(200);
		expect(await response.json()).toMatchObject({ sid: PROJECT_ID, status: 'active' });
		const wrong = await fetch(url, { headers: { Authorization: `Basic ${Buffer.from(`${PROJECT_ID}:nope`).toString('base64')}` } });
		expect(wrong.status).toBe(401);
	});
});

describe('SignalWire simulator contract', () => {
	const url = () => `${sim.url}${ACCOUNT_PATH}/Conferences/${STANDUP}`;
	const auth = { Authorization: `Basic ${BASIC}` };

	it('refuses a JSON body, unknown fields, a repeated field and a bad Status', async () => {
		const json = await fetch(url(), { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: '{"Status":"completed"}' });
		expect(json.status).toBe(415);
		expect(await json.json()).toMatchObject({ code: 10000, status: 415 });
		const form = (body: string) => fetch(url(), { method: 'POST', headers: { ...auth, 'Content-Type': 'application/x-www-form-urlencoded' }, body });
		const unknown = await form('Status=completed&Muted=true');
		expect(unknown.status).toBe(422);
		expect(((await unknown.json()) as { message: string }).message).toMatch(/Unknown parameter: Muted/);
		const repeated = await form('Status=completed&Status=completed');
		expect(repeated.status).toBe(400);
		expect(await repeated.json()).toMatchObject({ code: 10000, status: 400 });
		expect((await form('Status=in-progress')).status).toBe(422);
		expect((await form('AnnounceUrl=https://e.com/a&AnnounceMethod=put')).status).toBe(422);
		expect((await form('AnnounceUrl=not-a-url')).status).toBe(422);
		expect(sim.conferences.get(STANDUP)?.status).toBe('in-progress');
	});

	it('refuses another project in the path even with valid credentials, and serves GET /Conferences/{Sid}', async () => {
		const other = await fetch(`${sim.url}/api/laml/2010-04-01/Accounts/00000000-0000-4000-8000-000000000000/Conferences/${STANDUP}`, { headers: auth });
		expect(other.status).toBe(401);
		expect(await other.json()).toMatchObject({ code: 20003, status: 401 });
		const get = await fetch(url(), { headers: auth });
		expect(await get.json()).toMatchObject({ sid: STANDUP, status: 'in-progress', date_created: 'Mon, 01 Jun 2026 09:00:00 +0000' });
		const missing = await fetch(`${sim.url}/nope`, { headers: auth });
		expect(await missing.json()).toMatchObject({ code: 20404, message: 'Not Found', status: 404 });
	});
});
