import type { IDataObject } from 'n8n-workflow';

import { createSignalWireSimulator, DEFAULT_CREDENTIALS } from '../simulators/signalwire';
import { outputJson, runListSearch, runNode } from '../support/harness';
import { useSimulator } from '../support/simulatorLifecycle';

const { projectId: PROJECT_ID, apiToken: API_TOKEN } = DEFAULT_CREDENTIALS;
const [STANDUP, SUPPORT, COMPLETED] = ['a1c2e3f4-0001-4b5c-8d7e-9f0a1b2c3d01', 'a1c2e3f4-0002-4b5c-8d7e-9f0a1b2c3d02', 'a1c2e3f4-0003-4b5c-8d7e-9f0a1b2c3d03'];
const ACCOUNT_PATH = `/api/laml/2010-04-01/Accounts/${PROJECT_ID}`;

const sim = createSignalWireSimulator();
const waits = useSimulator(sim);

const credentials = () => ({ signalWireApi: { space: sim.url, projectId: PROJECT_ID, apiToken: API_TOKEN } });
const locator = (mode: string, value: string) => ({ __rl: true, mode, value });

async function run(parameters: IDataObject, items: IDataObject[] = [{}], continueOnFail = false) {
	return await runNode({ items, node: { type: 'signalWire', parameters: { resource: 'conference', ...parameters }, continueOnFail }, credentials: credentials() });
}

describe('SignalWire › conference › get', () => {
	it.each([
		['From List', locator('list', STANDUP)],
		['By ID', locator('id', ` ${STANDUP} `)],
		['By URL', locator('url', `https://example.signalwire.com${ACCOUNT_PATH}/Conferences/${STANDUP}.json`)],
		['a plain SID (version 0.1 workflows, agents)', STANDUP],
	])('reads the conference chosen %s', async (_mode, conferenceSid) => {
		const result = await run({ operation: 'get', conferenceSid });
		expect(result.error).toBeUndefined();
		expect(outputJson(result)).toEqual([expect.objectContaining({ sid: STANDUP, friendly_name: 'Team standup', status: 'in-progress' })]);
		expect(sim.requests.map((request) => `${request.method} ${request.rawPath}`)).toEqual([`GET ${ACCOUNT_PATH}/Conferences/${STANDUP}`]);
	});

	it('refuses a URL it cannot read an ID from, and a SID that is not a UUID, before sending anything', async () => {
		// Typed values are checked by n8n itself (the workflow does not start); values from expressions by the node.
		await expect(run({ operation: 'get', conferenceSid: locator('url', 'https://example.com/conferences/42') })).rejects.toThrow(/workflow has issues/);
		await expect(run({ operation: 'get', conferenceSid: locator('id', '42') })).rejects.toThrow(/workflow has issues/);
		const badUrl = await run({ operation: 'get', conferenceSid: locator('url', '={{ $json.url }}') }, [{ url: 'https://example.com/conferences/42' }]);
		expect(badUrl.error?.message).toMatch(/Conference parameter's value is invalid/);
		const badId = await run({ operation: 'get', conferenceSid: locator('id', '={{ $json.sid }}') }, [{ sid: '42' }]);
		expect(badId.error?.message).toMatch(/"Conference" field must be an ID in the form .*\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});

	it('maps a 404 in the words of the operation, and continues with the next item on fail', async () => {
		const unknown = '00000000-0000-4000-8000-000000000000';
		const result = await run({ operation: 'get', conferenceSid: '={{ $json.sid }}' }, [{ sid: unknown }, { sid: SUPPORT }], true);
		const [missing, found] = outputJson(result);
		expect(missing).toMatchObject({ error: `No conference with SID ${unknown} was found in this SignalWire project`, httpCode: '404', code: '20404' });
		expect(found).toMatchObject({ sid: SUPPORT });
		expect(result.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('SignalWire › conference › getAll', () => {
	it('follows next_page_uri to the end with Return All, one item per conference', async () => {
		sim.addConferences(5);
		sim.pageSizeLimit = 3;
		const result = await run({ operation: 'getAll', returnAll: true });
		expect(result.error).toBeUndefined();
		const conferences = outputJson(result);
		expect(conferences).toHaveLength(8);
		expect(conferences[0]).toMatchObject({ sid: STANDUP });
		expect(conferences.every((conference) => typeof conference.sid === 'string' && conference.conferences === undefined)).toBe(true);
		expect(result.output.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
		expect(sim.requests.map((request) => request.query)).toEqual([
			{ PageSize: '1000' },
			{ PageSize: '1000', Page: '1', PageToken: 'PA3' },
			{ PageSize: '1000', Page: '2', PageToken: 'PA6' },
		]);
		expect(sim.requests.every((request) => request.rawPath === `${ACCOUNT_PATH}/Conferences`)).toBe(true);
	});

	it('stops at Limit across pages and asks for no bigger page than it needs', async () => {
		sim.addConferences(5);
		sim.pageSizeLimit = 2;
		const result = await run({ operation: 'getAll', returnAll: false, limit: 5 });
		expect(outputJson(result).map((conference) => conference.sid)).toHaveLength(5);
		expect(sim.requests.map((request) => request.query.PageSize)).toEqual(['5', '5', '5']);
	});

	it('uses the default Limit of 50', async () => {
		sim.addConferences(60);
		const result = await run({ operation: 'getAll' });
		expect(outputJson(result)).toHaveLength(50);
		expect(sim.requests).toHaveLength(1);
		expect(sim.requests[0].query.PageSize).toBe('50');
	});

	it('sends the filters under SignalWire\'s names', async () => {
		const result = await run({
			operation: 'getAll',
			returnAll: true,
			filters: { status: 'completed', friendlyName: 'Yesterday all-hands', dateCreatedAfter: '2026-05-01', dateUpdatedBefore: '2026-07-01' },
		});
		expect(outputJson(result)).toEqual([expect.objectContaining({ sid: COMPLETED })]);
		expect(sim.requests[0].query).toEqual({
			PageSize: '1000',
			Status: 'completed',
			FriendlyName: 'Yesterday all-hands',
			'DateCreated>': '2026-05-01',
			'DateUpdated<': '2026-07-01',
		});
	});

	it('returns no items (and no error) when nothing matches', async () => {
		const result = await run({ operation: 'getAll', returnAll: true, filters: { friendlyName: 'nobody' } });
		expect(result.error).toBeUndefined();
		expect(result.output).toHaveLength(0);
	});

	it.each([
		['Limit', { limit: 0 }, /"Limit" field must be at least 1/],
		['Created After', { returnAll: true, filters: { dateCreatedAfter: '21/11/2026' } }, /"Created After" field may contain only a date as YYYY-MM-DD/],
		['Friendly Name', { returnAll: true, filters: { friendlyName: 'x'.repeat(65) } }, /"Friendly Name" field must be at most 64 characters/],
		['Status', { returnAll: true, filters: { status: 'running' } }, /"Status" field must be one of: init, in-progress, completed/],
	])('refuses a bad %s before sending anything', async (_field, parameters, message) => {
		const result = await run({ operation: 'getAll', ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(sim.requests).toHaveLength(0);
	});

	it('retries a page that got a 429 (after Retry-After) and carries on from that page', async () => {
		sim.addConferences(3);
		sim.pageSizeLimit = 2;
		sim.inject({ status: 429, body: { code: 20429, message: 'Too Many Requests', status: 429 }, headers: { 'Retry-After': '2' } }, 1, (request) => request.query.PageToken === 'PA2');
		const result = await run({ operation: 'getAll', returnAll: true });
		expect(outputJson(result)).toHaveLength(6);
		expect(waits).toEqual([2000]);
		expect(sim.requests.map((request) => request.query.PageToken)).toEqual([undefined, 'PA2', 'PA2', 'PA4']);
	});

	it('fails the item with SignalWire\'s words when a page fails for good', async () => {
		sim.pageSizeLimit = 2;
		sim.inject({ status: 401, body: { code: 20003, message: 'Authentication Error - invalid username', status: 401 } }, 1, (request) => request.query.PageToken === 'PA2');
		const result = await run({ operation: 'getAll', returnAll: true });
		expect(result.error?.httpCode).toBe('401');
		expect(result.error?.description).toContain('code 20003');
	});

	it('never follows a next_page_uri that points at another list', async () => {
		sim.inject({
			status: 200,
			body: { conferences: [{ sid: STANDUP }], next_page_uri: `${ACCOUNT_PATH}/Calls?PageToken=PA1`, page: 0, page_size: 1 },
		});
		const result = await run({ operation: 'getAll', returnAll: true });
		expect(outputJson(result)).toEqual([{ sid: STANDUP }]);
		expect(sim.requests).toHaveLength(1);
	});
});

describe('SignalWire › conference picker', () => {
	const node = { type: 'signalWire', parameters: { resource: 'conference', operation: 'get' } };

	it('lists conferences by name and status, one provider page per call, with the next page as the token', async () => {
		sim.addConferences(150, 'Bridge');
		const first = await runListSearch({ node, credentials: credentials(), method: 'searchConferences' });
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: 'Team standup (in-progress)', value: STANDUP });
		expect(first.paginationToken).toEqual(expect.any(String));
		const second = await runListSearch({ node, credentials: credentials(), method: 'searchConferences', paginationToken: first.paginationToken as string });
		expect(second.results).toHaveLength(53);
		expect(second.paginationToken).toBeUndefined();
		expect(sim.requests.map((request) => request.query)).toEqual([{ PageSize: '100' }, { PageSize: '100', Page: '1', PageToken: 'PA100' }]);
	});

	it('filters by name or SID, case-insensitively', async () => {
		const byName = await runListSearch({ node, credentials: credentials(), method: 'searchConferences', filter: 'SUPPORT' });
		expect(byName.results).toEqual([{ name: 'Support bridge (in-progress)', value: SUPPORT }]);
		const bySid = await runListSearch({ node, credentials: credentials(), method: 'searchConferences', filter: COMPLETED.slice(0, 13) });
		expect(bySid.results.map((result) => result.value)).toEqual([COMPLETED]);
	});

	it('says what SignalWire said when the credentials are refused', async () => {
		await expect(
			runListSearch({ node, credentials: { signalWireApi: { space: sim.url, projectId: PROJECT_ID, apiToken: 'PTwrong-1' } }, method: 'searchConferences' }),
		).rejects.toThrow('SignalWire did not accept the credentials');
	});
});
