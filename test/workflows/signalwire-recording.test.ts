import type { IDataObject } from 'n8n-workflow';

import { createSignalWireSimulator, DEFAULT_CREDENTIALS } from '../simulators/signalwire';
import { outputJson, runListSearch, runNode } from '../support/harness';
import { useSimulator } from '../support/simulatorLifecycle';

const { projectId: PROJECT_ID, apiToken: API_TOKEN } = DEFAULT_CREDENTIALS;
const BASIC = Buffer.from(`${PROJECT_ID}:${API_TOKEN}`).toString('base64');
const [STANDUP, SUPPORT, COMPLETED] = ['a1c2e3f4-0001-4b5c-8d7e-9f0a1b2c3d01', 'a1c2e3f4-0002-4b5c-8d7e-9f0a1b2c3d02', 'a1c2e3f4-0003-4b5c-8d7e-9f0a1b2c3d03'];
/** STANDUP: one running (created 2026-06-01), one completed (2026-05-31). SUPPORT: one paused. COMPLETED: one completed. */
const [RUNNING, FINISHED] = ['4ec0d000-0101-4a00-8000-000000000101', '4ec0d000-0102-4a00-8000-000000000102'];
const PAUSED = '4ec0d000-0201-4a00-8000-000000000201';
const ARCHIVED = '4ec0d000-0301-4a00-8000-000000000301';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const ACCOUNT_PATH = `/api/laml/2010-04-01/Accounts/${PROJECT_ID}`;
const recordingPath = (conference: string, recording: string) => `${ACCOUNT_PATH}/Conferences/${conference}/Recordings/${recording}`;

const sim = createSignalWireSimulator();
const waits = useSimulator(sim);

const credentials = (apiToken = API_TOKEN) => ({ signalWireApi: { space: sim.url, projectId: PROJECT_ID, apiToken } });
const locator = (mode: string, value: string) => ({ __rl: true, mode, value });

async function run(parameters: IDataObject, items: IDataObject[] = [{}], continueOnFail = false) {
	return await runNode({
		items,
		node: { type: 'signalWire', parameters: { resource: 'recording', ...parameters }, continueOnFail },
		credentials: credentials(),
	});
}

const requestLines = () => sim.requests.map((request) => `${request.method} ${request.rawPath}`);

describe('SignalWire › recording › get', () => {
	it.each([
		['From List', locator('list', STANDUP), locator('list', FINISHED)],
		['By ID', locator('id', STANDUP), locator('id', ` ${FINISHED}`)],
		[
			'By URL',
			locator('url', `https://example.signalwire.com${ACCOUNT_PATH}/Conferences/${STANDUP}`),
			locator('url', `${recordingPath(STANDUP, FINISHED)}.json`),
		],
		['plain SIDs (agents)', STANDUP, FINISHED],
	])('reads the recording chosen %s', async (_mode, conferenceSid, recordingSid) => {
		const result = await run({ operation: 'get', conferenceSid, recordingSid });
		expect(result.error).toBeUndefined();
		expect(outputJson(result)).toEqual([
			expect.objectContaining({ sid: FINISHED, conference_sid: STANDUP, status: 'completed', duration: 1800, call_sid: null }),
		]);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
		expect(requestLines()).toEqual([`GET ${recordingPath(STANDUP, FINISHED)}`]);
		expect(sim.requests[0].headers.authorization).toBe(`Basic ${BASIC}`);
	});

	it('refuses SIDs that are not UUIDs before sending anything', async () => {
		await expect(run({ operation: 'get', conferenceSid: STANDUP, recordingSid: locator('id', 'RE42') })).rejects.toThrow(/workflow has issues/);
		const bad = await run({ operation: 'get', conferenceSid: STANDUP, recordingSid: '={{ $json.sid }}' }, [{ sid: 'RE42' }]);
		expect(bad.error?.message).toMatch(/^The "Recording" field must be an ID in the form .*\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});

	it('maps a 404 in the words of the operation, item by item with Continue On Fail', async () => {
		const result = await run({ operation: 'get', conferenceSid: '={{ $json.conference }}', recordingSid: '={{ $json.sid }}' }, [
			{ conference: SUPPORT, sid: RUNNING },
			{ conference: SUPPORT, sid: PAUSED },
		], true);
		const [missing, found] = outputJson(result);
		expect(missing).toMatchObject({
			error: `No recording with SID ${RUNNING} was found in conference ${SUPPORT} in this SignalWire project`,
			httpCode: '404',
			code: '20404',
		});
		expect(found).toMatchObject({ sid: PAUSED, status: 'paused' });
		expect(result.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});

	it('maps a 401', async () => {
		const result = await runNode({
			items: [{}],
			node: { type: 'signalWire', parameters: { resource: 'recording', operation: 'get', conferenceSid: STANDUP, recordingSid: RUNNING } },
			credentials: credentials('PTwrong-1'),
		});
		expect(result.error?.message).toBe('SignalWire did not accept the credentials');
		expect(result.error?.description).toContain('code 20003');
	});
});

describe('SignalWire › recording › getAll', () => {
	it('follows next_page_uri to the end with Return All, one item per recording', async () => {
		sim.addRecordings(COMPLETED, 6);
		sim.pageSizeLimit = 3;
		const result = await run({ operation: 'getAll', conferenceSid: COMPLETED, returnAll: true });
		expect(result.error).toBeUndefined();
		const recordings = outputJson(result);
		expect(recordings).toHaveLength(7);
		expect(recordings[0]).toMatchObject({ sid: ARCHIVED });
		expect(recordings.every((recording) => recording.conference_sid === COMPLETED && recording.recordings === undefined)).toBe(true);
		expect(result.output.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
		expect(sim.requests.map((request) => request.query)).toEqual([
			{ PageSize: '1000' },
			{ PageSize: '1000', Page: '1', PageToken: 'PA3' },
			{ PageSize: '1000', Page: '2', PageToken: 'PA6' },
		]);
		expect(sim.requests.every((request) => request.rawPath === `${ACCOUNT_PATH}/Conferences/${COMPLETED}/Recordings`)).toBe(true);
	});

	it('stops at Limit across pages', async () => {
		sim.addRecordings(SUPPORT, 5);
		sim.pageSizeLimit = 2;
		const result = await run({ operation: 'getAll', conferenceSid: SUPPORT, limit: 4 });
		expect(outputJson(result)).toHaveLength(4);
		expect(sim.requests.map((request) => request.query.PageToken)).toEqual([undefined, 'PA2']);
		expect(sim.requests.every((request) => request.query.PageSize === '4')).toBe(true);
	});

	it.each([
		['Created On', { dateCreated: '2026-05-31' }, { DateCreated: '2026-05-31' }, [FINISHED]],
		['Created Before', { dateCreatedBefore: '2026-05-31' }, { 'DateCreated<': '2026-05-31' }, [FINISHED]],
		['Created After', { dateCreatedAfter: '2026-06-01' }, { 'DateCreated>': '2026-06-01' }, [RUNNING]],
	])('filters by %s under SignalWire\'s name', async (_filter, filters, query, sids) => {
		const result = await run({ operation: 'getAll', conferenceSid: STANDUP, returnAll: true, filters });
		expect(outputJson(result).map((recording) => recording.sid)).toEqual(sids);
		expect(sim.requests[0].query).toEqual({ ...query, PageSize: '1000' });
	});

	it('keeps the date filter on every page', async () => {
		sim.addRecordings(STANDUP, 3);
		sim.pageSizeLimit = 2;
		const result = await run({ operation: 'getAll', conferenceSid: STANDUP, returnAll: true, filters: { dateCreatedAfter: '2026-06-01' } });
		expect(outputJson(result)).toHaveLength(4);
		expect(sim.requests.map((request) => request.query['DateCreated>'])).toEqual(['2026-06-01', '2026-06-01']);
	});

	it.each([
		['Conference', { conferenceSid: '={{ "" }}' }, /"Conference" field is required/],
		['Created On', { filters: { dateCreated: 'June 1' } }, /"Created On" field may contain only a date as YYYY-MM-DD/],
		['Created Before', { filters: { dateCreatedBefore: '2026-6-1' } }, /"Created Before" field may contain only a date/],
	])('refuses a bad %s before sending anything', async (_field, parameters, message) => {
		const result = await run({ operation: 'getAll', conferenceSid: STANDUP, returnAll: true, ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(result.error?.message).toMatch(/\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});

	it('says which conference was not found', async () => {
		const result = await run({ operation: 'getAll', conferenceSid: UNKNOWN, returnAll: true });
		expect(result.error?.message).toBe(`No conference with SID ${UNKNOWN} was found in this SignalWire project`);
	});

	it('retries a 429 on the first page', async () => {
		sim.injectRateLimit(1);
		const result = await run({ operation: 'getAll', conferenceSid: STANDUP, returnAll: true });
		expect(outputJson(result)).toHaveLength(2);
		expect(waits).toEqual([1000]);
	});
});

describe('SignalWire › recording › update', () => {
	const update = async (parameters: IDataObject, recordingSid: string = RUNNING, conferenceSid: string = STANDUP) =>
		await run({ operation: 'update', conferenceSid, recordingSid, ...parameters });

	it('pauses a recording: form-encoded POST with Basic auth, outputs the recording', async () => {
		const result = await update({ status: 'paused' });
		expect(result.error).toBeUndefined();
		expect(outputJson(result)).toEqual([expect.objectContaining({ sid: RUNNING, status: 'paused' })]);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
		const [request] = sim.requests;
		expect(`${request.method} ${request.rawPath}`).toBe(`POST ${recordingPath(STANDUP, RUNNING)}`);
		expect(request.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
		expect(request.headers.authorization).toBe(`Basic ${BASIC}`);
		expect(request.rawBody).toBe('Status=paused');
	});

	it('sends the pause behavior with a pause', async () => {
		const result = await update({ status: 'paused', additionalFields: { pauseBehavior: 'skip' } });
		expect(result.error).toBeUndefined();
		expect(sim.requests[0].rawBody).toBe('Status=paused&PauseBehavior=skip');
	});

	it('resumes and stops', async () => {
		const resumed = await update({ status: 'in-progress' }, PAUSED, SUPPORT);
		expect(outputJson(resumed)[0]).toMatchObject({ sid: PAUSED, status: 'in-progress' });
		const stopped = await update({ status: 'stopped' }, PAUSED, SUPPORT);
		expect(outputJson(stopped)[0]).toMatchObject({ sid: PAUSED, status: 'stopped' });
		expect(sim.requests.map((request) => request.rawBody)).toEqual(['Status=in-progress', 'Status=stopped']);
	});

	it('never sends a pause behavior left over from a pause when the status is another (hidden in the editor)', async () => {
		const result = await update({ status: 'stopped', additionalFields: { pauseBehavior: 'skip' } });
		expect(result.error).toBeUndefined();
		expect(sim.requests[0].rawBody).toBe('Status=stopped');
	});

	it.each([
		['Status', { status: '={{ "resume" }}' }, /"Status" field must be one of: paused, in-progress, stopped/],
		['Status', { status: '={{ "" }}' }, /"Status" field is required/],
		['Pause Behavior', { status: '={{ "stopped" }}', additionalFields: { pauseBehavior: 'skip' } }, /"Pause Behavior" field applies only when Status is Paused/],
		['Pause Behavior', { status: 'paused', additionalFields: { pauseBehavior: '={{ "mute" }}' } }, /"Pause Behavior" field must be one of: skip, silence/],
		['Recording', { status: 'paused', recordingSid: '={{ "RE1" }}' }, /"Recording" field must be an ID/],
	])('refuses a bad %s before sending anything', async (_field, parameters, message) => {
		const result = await update(parameters);
		expect(result.error?.message).toMatch(message);
		expect(result.error?.message).toMatch(/\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});

	it('maps SignalWire\'s 422 errors list (a recording that has completed)', async () => {
		const result = await update({ status: 'in-progress' }, FINISHED);
		expect(result.error?.message).toBe(`SignalWire could not set recording ${FINISHED} to in-progress; it may have stopped or completed already`);
		expect(result.error?.httpCode).toBe('422');
		expect(result.error?.description).toContain(`Recording ${FINISHED} is completed and can no longer be changed`);
	});

	it('maps a 404 in the words of the operation', async () => {
		const result = await update({ status: 'paused' }, UNKNOWN);
		expect(result.error?.message).toBe(`No recording with SID ${UNKNOWN} was found in conference ${STANDUP} in this SignalWire project`);
		expect(result.error?.httpCode).toBe('404');
	});

	it.each([['paused'], ['in-progress']])('resends "%s" after a 503, as it is a state', async (status) => {
		sim.injectServerError(503);
		const result = await update({ status });
		expect(result.error).toBeUndefined();
		expect(waits).toEqual([1000]);
		expect(sim.requests).toHaveLength(2);
	});

	it('does not resend a stop after a 503: stopped is final and a second stop would fail', async () => {
		sim.injectServerError(503);
		const result = await update({ status: 'stopped' });
		expect(result.error?.message).toBe('SignalWire had an internal failure (HTTP 503)');
		expect(result.error?.description).toContain('was not sent again automatically');
		expect(sim.requests).toHaveLength(1);
	});

	it('waits out a 429 for a stop, as SignalWire did nothing', async () => {
		sim.injectRateLimit(1, 1);
		const result = await update({ status: 'stopped' });
		expect(outputJson(result)[0]).toMatchObject({ status: 'stopped' });
		expect(waits).toEqual([1000]);
	});
});

describe('SignalWire › recording › delete', () => {
	it('sends DELETE and outputs deleted: true for the item', async () => {
		const result = await run({ operation: 'delete', conferenceSid: COMPLETED, recordingSid: locator('list', ARCHIVED) });
		expect(result.error).toBeUndefined();
		expect(outputJson(result)).toEqual([{ deleted: true, conferenceSid: COMPLETED, recordingSid: ARCHIVED }]);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
		expect(requestLines()).toEqual([`DELETE ${recordingPath(COMPLETED, ARCHIVED)}`]);
		expect(sim.requests[0].headers.authorization).toBe(`Basic ${BASIC}`);
		expect(sim.recordings.get(COMPLETED)?.has(ARCHIVED)).toBe(false);
	});

	it('maps a 404 (already deleted) in its own words', async () => {
		sim.recordings.get(STANDUP)?.delete(FINISHED);
		const result = await run({ operation: 'delete', conferenceSid: STANDUP, recordingSid: FINISHED });
		expect(result.error?.message).toBe(`No recording with SID ${FINISHED} was found in conference ${STANDUP} in this SignalWire project`);
	});

	it('retries after a 503, as deleting twice leaves it deleted', async () => {
		sim.injectServerError(503);
		const result = await run({ operation: 'delete', conferenceSid: STANDUP, recordingSid: FINISHED });
		expect(outputJson(result)).toEqual([{ deleted: true, conferenceSid: STANDUP, recordingSid: FINISHED }]);
		expect(sim.requests).toHaveLength(2);
	});

	it('refuses a bad conference before sending anything', async () => {
		const result = await run({ operation: 'delete', conferenceSid: '={{ $json.c }}', recordingSid: FINISHED }, [{ c: 'x' }]);
		expect(result.error?.message).toMatch(/^The "Conference" field must be an ID .*\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('SignalWire › recording picker', () => {
	const node = (conferenceSid: string | IDataObject) => ({ type: 'signalWire', parameters: { resource: 'recording', operation: 'get', conferenceSid } });

	it('lists the chosen conference\'s recordings, one provider page per call, with the next page as the token', async () => {
		sim.addRecordings(SUPPORT, 100);
		const first = await runListSearch({ node: node(locator('list', SUPPORT)), credentials: credentials(), method: 'searchRecordings' });
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: 'Recording of Mon, 01 Jun 2026 09:00:00 +0000 (paused)', value: PAUSED });
		expect(first.results[1]).toEqual({ name: 'Recording of Mon, 01 Jun 2026 09:00:00 +0000 (completed, 1 s)', value: expect.any(String) });
		const second = await runListSearch({
			node: node(locator('list', SUPPORT)),
			credentials: credentials(),
			method: 'searchRecordings',
			paginationToken: first.paginationToken as string,
		});
		expect(second.results).toHaveLength(1);
		expect(second.paginationToken).toBeUndefined();
		expect(sim.requests.map((request) => request.query)).toEqual([{ PageSize: '100' }, { PageSize: '100', Page: '1', PageToken: 'PA100' }]);
		expect(sim.requests.every((request) => request.rawPath === `${ACCOUNT_PATH}/Conferences/${SUPPORT}/Recordings`)).toBe(true);
	});

	it('filters by date, status or SID', async () => {
		const byDay = await runListSearch({ node: node(STANDUP), credentials: credentials(), method: 'searchRecordings', filter: '31 may' });
		expect(byDay.results).toEqual([{ name: 'Recording of Sun, 31 May 2026 17:30:00 +0000 (completed, 1800 s)', value: FINISHED }]);
		const byStatus = await runListSearch({ node: node(STANDUP), credentials: credentials(), method: 'searchRecordings', filter: 'in-progress' });
		expect(byStatus.results.map((result) => result.value)).toEqual([RUNNING]);
		const bySid = await runListSearch({ node: node(STANDUP), credentials: credentials(), method: 'searchRecordings', filter: FINISHED });
		expect(bySid.results.map((result) => result.value)).toEqual([FINISHED]);
	});

	it('asks for the conference first when the chosen one is not a SID', async () => {
		await expect(runListSearch({ node: node(locator('id', 'abc')), credentials: credentials(), method: 'searchRecordings' })).rejects.toThrow('Choose the conference first');
		expect(sim.requests).toHaveLength(0);
	});
});

describe('SignalWire simulator › recording contract', () => {
	const send = async (body: string, contentType = 'application/x-www-form-urlencoded') =>
		await fetch(`${sim.url}${recordingPath(STANDUP, RUNNING)}`, {
			method: 'POST',
			headers: { authorization: `Basic ${BASIC}`, 'content-type': contentType },
			body,
		});

	it('takes form-encoded bodies only and answers field errors as an errors list', async () => {
		expect((await send(JSON.stringify({ Status: 'paused' }), 'application/json')).status).toBe(415);
		for (const [body, error] of [
			['Status=paused&Trim=true', 'Unknown parameter Trim'],
			['PauseBehavior=skip', 'Status is required'],
			['Status=stopped&PauseBehavior=skip', 'PauseBehavior applies only when Status is paused'],
		]) {
			const answer = await send(body);
			expect(answer.status).toBe(422);
			expect(await answer.json()).toEqual({ errors: [error] });
		}
		expect(sim.recordings.get(STANDUP)?.get(RUNNING)?.status).toBe('in-progress');
	});
});
