import type { IDataObject } from 'n8n-workflow';

import { createSignalWireSimulator, DEFAULT_CREDENTIALS } from '../simulators/signalwire';
import { outputJson, runListSearch, runNode } from '../support/harness';
import { useSimulator } from '../support/simulatorLifecycle';

const { projectId: PROJECT_ID, apiToken: API_TOKEN } = DEFAULT_CREDENTIALS;
const BASIC = Buffer.from(`${PROJECT_ID}:${API_TOKEN}`).toString('base64');
const [STANDUP, SUPPORT, COMPLETED] = ['a1c2e3f4-0001-4b5c-8d7e-9f0a1b2c3d01', 'a1c2e3f4-0002-4b5c-8d7e-9f0a1b2c3d02', 'a1c2e3f4-0003-4b5c-8d7e-9f0a1b2c3d03'];
/** Participants of STANDUP: unmuted, muted, on hold; then the one of SUPPORT and the (completed) one of COMPLETED. */
const [ALICE, BOB, CAROL] = ['ca11e000-0101-4a00-8000-000000000101', 'ca11e000-0102-4a00-8000-000000000102', 'ca11e000-0103-4a00-8000-000000000103'];
const DAVE = 'ca11e000-0201-4a00-8000-000000000201';
const GONE = 'ca11e000-0301-4a00-8000-000000000301';
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const ACCOUNT_PATH = `/api/laml/2010-04-01/Accounts/${PROJECT_ID}`;
const participantPath = (conference: string, call: string) => `${ACCOUNT_PATH}/Conferences/${conference}/Participants/${call}`;

const sim = createSignalWireSimulator();
const waits = useSimulator(sim);

const credentials = (apiToken = API_TOKEN) => ({ signalWireApi: { space: sim.url, projectId: PROJECT_ID, apiToken } });
const locator = (mode: string, value: string) => ({ __rl: true, mode, value });

async function run(parameters: IDataObject, items: IDataObject[] = [{}], continueOnFail = false) {
	return await runNode({
		items,
		node: { type: 'signalWire', parameters: { resource: 'participant', ...parameters }, continueOnFail },
		credentials: credentials(),
	});
}

const requestLines = () => sim.requests.map((request) => `${request.method} ${request.rawPath}`);

describe('SignalWire › participant › get', () => {
	it.each([
		['From List', locator('list', STANDUP), locator('list', BOB)],
		['By ID', locator('id', ` ${STANDUP} `), locator('id', ` ${BOB} `)],
		[
			'By URL',
			locator('url', `https://example.signalwire.com${ACCOUNT_PATH}/Conferences/${STANDUP}.json`),
			locator('url', `https://example.signalwire.com${participantPath(STANDUP, BOB)}.json`),
		],
		['plain SIDs (agents)', STANDUP, BOB],
	])('reads the participant chosen %s', async (_mode, conferenceSid, callSid) => {
		const result = await run({ operation: 'get', conferenceSid, callSid });
		expect(result.error).toBeUndefined();
		expect(outputJson(result)).toEqual([
			expect.objectContaining({ call_sid: BOB, conference_sid: STANDUP, muted: true, hold: false, status: 'in-progress', coaching: false }),
		]);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
		expect(requestLines()).toEqual([`GET ${participantPath(STANDUP, BOB)}`]);
		expect(sim.requests[0].headers.authorization).toBe(`Basic ${BASIC}`);
		expect(sim.requests[0].query).toEqual({});
	});

	it('refuses SIDs that are not UUIDs before sending anything, naming the field and the item', async () => {
		await expect(run({ operation: 'get', conferenceSid: STANDUP, callSid: locator('id', 'CA123') })).rejects.toThrow(/workflow has issues/);
		const badCall = await run({ operation: 'get', conferenceSid: STANDUP, callSid: '={{ $json.call }}' }, [{ call: 'CA123' }]);
		expect(badCall.error?.message).toMatch(/^The "Participant" field must be an ID in the form .*\[item 0\]$/);
		const badConference = await run({ operation: 'get', conferenceSid: '={{ $json.sid }}', callSid: BOB }, [{ sid: '../Calls' }]);
		expect(badConference.error?.message).toMatch(/^The "Conference" field must be an ID .*\[item 0\]$/);
		const badUrl = await run({ operation: 'get', conferenceSid: STANDUP, callSid: locator('url', '={{ $json.url }}') }, [{ url: `https://example.signalwire.com${ACCOUNT_PATH}/Calls/${BOB}` }]);
		expect(badUrl.error?.message).toMatch(/Participant parameter's value is invalid/);
		expect(sim.requests).toHaveLength(0);
	});

	it('maps a 404 in the words of the operation, item by item with Continue On Fail', async () => {
		const result = await run({ operation: 'get', conferenceSid: '={{ $json.conference }}', callSid: '={{ $json.call }}' }, [
			{ conference: STANDUP, call: DAVE },
			{ conference: UNKNOWN, call: ALICE },
			{ conference: SUPPORT, call: DAVE },
		], true);
		const [wrongConference, unknownConference, found] = outputJson(result);
		expect(wrongConference).toMatchObject({
			error: `No participant with call SID ${DAVE} was found in conference ${STANDUP} in this SignalWire project`,
			httpCode: '404',
			code: '20404',
		});
		expect(unknownConference.error).toBe(`No participant with call SID ${ALICE} was found in conference ${UNKNOWN} in this SignalWire project`);
		expect(found).toMatchObject({ call_sid: DAVE });
		expect(result.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});

	it('maps a 401 without showing the token', async () => {
		const result = await runNode({
			items: [{}],
			node: { type: 'signalWire', parameters: { resource: 'participant', operation: 'get', conferenceSid: STANDUP, callSid: BOB } },
			credentials: credentials('PTwrong-1'),
		});
		expect(result.error?.message).toBe('SignalWire did not accept the credentials');
		expect(result.error?.httpCode).toBe('401');
		expect(JSON.stringify(result.run.data.resultData)).not.toContain('PTwrong-1');
	});

	it('retries a 429 and a 503 (a read is safe to repeat)', async () => {
		sim.injectRateLimit(1, 1);
		sim.injectServerError(503);
		const result = await run({ operation: 'get', conferenceSid: STANDUP, callSid: ALICE });
		expect(outputJson(result)).toEqual([expect.objectContaining({ call_sid: ALICE })]);
		expect(waits).toEqual([1000, 2000]);
		expect(sim.requests).toHaveLength(3);
	});
});

describe('SignalWire › participant › getAll', () => {
	it('follows next_page_uri to the end with Return All, keeping the filter on every page', async () => {
		sim.addParticipants(STANDUP, 5);
		sim.pageSizeLimit = 2;
		const result = await run({ operation: 'getAll', conferenceSid: STANDUP, returnAll: true, filters: { muted: false } });
		expect(result.error).toBeUndefined();
		const participants = outputJson(result);
		// Alice, Carol and the five added are unmuted; Bob is muted.
		expect(participants.map((participant) => participant.call_sid)).toHaveLength(7);
		expect(participants.slice(0, 2).map((participant) => participant.call_sid)).toEqual([ALICE, CAROL]);
		expect(participants.every((participant) => participant.muted === false && participant.participants === undefined)).toBe(true);
		expect(result.output.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
		expect(sim.requests.map((request) => request.query)).toEqual([
			{ Muted: 'false', PageSize: '1000' },
			{ Muted: 'false', PageSize: '1000', Page: '1', PageToken: 'PA2' },
			{ Muted: 'false', PageSize: '1000', Page: '2', PageToken: 'PA4' },
			{ Muted: 'false', PageSize: '1000', Page: '3', PageToken: 'PA6' },
		]);
		expect(sim.requests.every((request) => request.rawPath === `${ACCOUNT_PATH}/Conferences/${STANDUP}/Participants`)).toBe(true);
	});

	it('stops at Limit across pages', async () => {
		sim.addParticipants(SUPPORT, 6);
		sim.pageSizeLimit = 2;
		const result = await run({ operation: 'getAll', conferenceSid: SUPPORT, limit: 3 });
		expect(outputJson(result)).toHaveLength(3);
		expect(sim.requests.map((request) => request.query)).toEqual([
			{ PageSize: '3' },
			{ PageSize: '3', Page: '1', PageToken: 'PA2' },
		]);
	});

	it('sends Muted and Hold as SignalWire reads them, from typed booleans and from text', async () => {
		const onHold = await run({ operation: 'getAll', conferenceSid: STANDUP, returnAll: true, filters: { hold: true } });
		expect(outputJson(onHold).map((participant) => participant.call_sid)).toEqual([CAROL]);
		expect(sim.requests[0].query).toEqual({ Hold: 'true', PageSize: '1000' });
		sim.clearRequests();
		const fromText = await run(
			{ operation: 'getAll', conferenceSid: STANDUP, returnAll: true, filters: { muted: '={{ $json.muted }}', hold: '={{ $json.hold }}' } },
			[{ muted: 'TRUE', hold: 'false' }],
		);
		expect(outputJson(fromText).map((participant) => participant.call_sid)).toEqual([BOB]);
		expect(sim.requests[0].query).toEqual({ Muted: 'true', Hold: 'false', PageSize: '1000' });
	});

	it('returns no items (and no error) for a conference without participants', async () => {
		sim.participants.get(SUPPORT)?.clear();
		const result = await run({ operation: 'getAll', conferenceSid: SUPPORT, returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.output).toHaveLength(0);
	});

	it.each([
		['Conference', { conferenceSid: 'abc' }, /"Conference" field must be an ID/],
		['Limit', { limit: 0 }, /"Limit" field must be at least 1/],
		['Muted', { filters: { muted: 'maybe' } }, /"Muted" field must be true or false \[item 0\]$/],
		['Hold', { filters: { hold: 1 } }, /"Hold" field must be true or false \[item 0\]$/],
	])('refuses a bad %s before sending anything', async (_field, parameters, message) => {
		const result = await run({ operation: 'getAll', conferenceSid: STANDUP, ...parameters });
		expect(result.error?.message).toMatch(message);
		expect(sim.requests).toHaveLength(0);
	});

	it('says which conference was not found', async () => {
		const result = await run({ operation: 'getAll', conferenceSid: UNKNOWN, returnAll: true });
		expect(result.error?.message).toBe(`No conference with SID ${UNKNOWN} was found in this SignalWire project`);
		expect(result.error?.httpCode).toBe('404');
	});

	it('retries a page that got a 429 and carries on from that page', async () => {
		sim.addParticipants(STANDUP, 2);
		sim.pageSizeLimit = 2;
		sim.inject({ status: 429, body: { code: 20429, message: 'Too Many Requests', status: 429 }, headers: { 'Retry-After': '3' } }, 1, (request) => request.query.PageToken === 'PA2');
		const result = await run({ operation: 'getAll', conferenceSid: STANDUP, returnAll: true });
		expect(outputJson(result)).toHaveLength(5);
		expect(waits).toEqual([3000]);
		expect(sim.requests.map((request) => request.query.PageToken)).toEqual([undefined, 'PA2', 'PA2', 'PA4']);
	});
});

describe('SignalWire › participant › update', () => {
	const update = async (updateFields: IDataObject, callSid: string = ALICE, conferenceSid: string = STANDUP, continueOnFail = false) =>
		await run({ operation: 'update', conferenceSid, callSid, updateFields }, [{}], continueOnFail);

	it('mutes a participant: form-encoded POST with Basic auth, outputs the participant', async () => {
		const result = await update({ muted: true });
		expect(result.error).toBeUndefined();
		const [participant] = outputJson(result);
		expect(participant).toMatchObject({ call_sid: ALICE, conference_sid: STANDUP, muted: true, hold: false });
		expect(participant.date_updated).toMatch(/^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} \+0000$/);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
		const [request] = sim.requests;
		expect(`${request.method} ${request.rawPath}`).toBe(`POST ${participantPath(STANDUP, ALICE)}`);
		expect(request.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
		expect(request.headers.authorization).toBe(`Basic ${BASIC}`);
		expect(request.rawBody).toBe('Muted=true');
		expect(sim.participants.get(STANDUP)?.get(ALICE)?.muted).toBe(true);
	});

	it('sends every field under SignalWire\'s names', async () => {
		const result = await update({
			muted: false,
			hold: true,
			holdUrl: 'https://example.com/hold.xml',
			holdMethod: 'POST',
			announceUrl: 'https://example.com/announce.xml?to=alice',
			announceMethod: 'GET',
			waitUrl: 'https://example.com/wait.xml',
			waitMethod: 'GET',
			coaching: true,
			callSidToCoach: BOB,
		});
		expect(result.error).toBeUndefined();
		expect(outputJson(result)[0]).toMatchObject({ hold: true, coaching: true, call_sid_to_coach: BOB });
		expect(Object.fromEntries(new URLSearchParams(sim.requests[0].rawBody))).toEqual({
			Muted: 'false',
			Hold: 'true',
			Coaching: 'true',
			CallSidToCoach: BOB,
			HoldUrl: 'https://example.com/hold.xml',
			HoldMethod: 'POST',
			AnnounceUrl: 'https://example.com/announce.xml?to=alice',
			AnnounceMethod: 'GET',
			WaitUrl: 'https://example.com/wait.xml',
			WaitMethod: 'GET',
		});
		expect(sim.announcements).toEqual([{ conferenceSid: STANDUP, callSid: ALICE, url: 'https://example.com/announce.xml?to=alice', method: 'GET' }]);
	});

	it('reads true/false given as text by an expression', async () => {
		const result = await run({ operation: 'update', conferenceSid: STANDUP, callSid: CAROL, updateFields: { hold: '={{ $json.hold }}' } }, [{ hold: 'false' }]);
		expect(result.error).toBeUndefined();
		expect(sim.requests[0].rawBody).toBe('Hold=false');
		expect(outputJson(result)[0]).toMatchObject({ call_sid: CAROL, hold: false });
	});

	it.each([
		['Update Fields', {}, /^The "Update Fields" field needs at least one field to change \[item 0\]$/],
		['Update Fields', { announceUrl: '' }, /"Update Fields" field needs at least one field/],
		['Announce URL', { announceUrl: 'example.com/a' }, /"Announce URL" field must be an absolute URL/],
		['Announce Method', { announceUrl: 'https://example.com/a', announceMethod: 'PUT' }, /"Announce Method" field must be one of: GET, POST/],
		['Announce Method', { muted: true, announceMethod: 'GET' }, /"Announce Method" field applies only together with Announce URL/],
		['Hold URL', { hold: true, holdUrl: 'ftp://example.com/music' }, /"Hold URL" field must be an http or https URL/],
		['Hold Method', { hold: true, holdMethod: 'POST' }, /"Hold Method" field applies only together with Hold URL/],
		['Wait URL', { waitUrl: 'not a url' }, /"Wait URL" field must be an absolute URL/],
		['Wait Method', { waitUrl: 'https://example.com/w', waitMethod: 'DELETE' }, /"Wait Method" field must be one of: GET, POST/],
		['Coaching', { coaching: true }, /"Coaching" field needs Call SID To Coach/],
		['Call SID To Coach', { callSidToCoach: BOB }, /"Call SID To Coach" field applies only when Coaching is on/],
		['Call SID To Coach', { coaching: false, callSidToCoach: BOB }, /"Call SID To Coach" field applies only when Coaching is on/],
		['Call SID To Coach', { coaching: true, callSidToCoach: 'CA42' }, /"Call SID To Coach" field must be an ID in the form/],
		['Muted', { muted: 'yes' }, /"Muted" field must be true or false/],
	])('refuses a bad %s before sending anything', async (_field, updateFields, message) => {
		const result = await update(updateFields);
		expect(result.error?.message).toMatch(message);
		expect(result.error?.message).toMatch(/\[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});

	it('maps 422 code 10000 (a participant of a completed conference, or one that left)', async () => {
		const result = await update({ muted: true }, GONE, COMPLETED);
		expect(result.error?.message).toBe(
			`SignalWire could not update participant ${GONE}: it may have left, its conference may have ended, or the call to coach is not in the conference`,
		);
		expect(result.error?.httpCode).toBe('422');
		expect(result.error?.description).toContain('SignalWire says (code 10000): Cannot update a participant whose call or conference has already completed');
		const left = sim.participants.get(STANDUP)?.get(BOB);
		if (left) left.status = 'completed';
		const leftResult = await update({ hold: true }, BOB);
		expect(leftResult.error?.description).toContain('code 10000');
	});

	it('maps 422 code 16002 (the call to coach is not in this conference)', async () => {
		const result = await update({ coaching: true, callSidToCoach: DAVE }, ALICE, STANDUP, true);
		expect(outputJson(result)[0]).toMatchObject({ httpCode: '422', code: '16002' });
		expect(String(outputJson(result)[0].description)).toContain(`SignalWire says (code 16002): Invalid conference attributes: call ${DAVE} is not a participant of this conference`);
		expect(sim.participants.get(STANDUP)?.get(ALICE)?.coaching).toBe(false);
	});

	it('maps a 404 in the words of the operation', async () => {
		const result = await update({ muted: true }, UNKNOWN);
		expect(result.error?.message).toBe(`No participant with call SID ${UNKNOWN} was found in conference ${STANDUP} in this SignalWire project`);
		expect(result.error?.httpCode).toBe('404');
	});

	it('retries a mute or hold after a 503, as setting a state twice changes nothing', async () => {
		sim.injectServerError(503);
		const result = await update({ muted: true, hold: false, coaching: true, callSidToCoach: BOB });
		expect(result.error).toBeUndefined();
		expect(waits).toEqual([1000]);
		expect(sim.requests).toHaveLength(2);
	});

	it.each([
		['an Announce URL (it would play twice)', { announceUrl: 'https://example.com/a' }],
		['a Hold URL (the music would restart)', { hold: true, holdUrl: 'https://example.com/h' }],
		['a Wait URL', { waitUrl: 'https://example.com/w' }],
	])('does not re-send an update with %s after a 503', async (_what, updateFields) => {
		sim.injectServerError(503);
		const result = await update(updateFields);
		expect(result.error?.message).toBe('SignalWire had an internal failure (HTTP 503)');
		expect(result.error?.description).toContain('was not sent again automatically');
		expect(waits).toEqual([]);
		expect(sim.requests).toHaveLength(1);
		expect(sim.announcements).toEqual([]);
	});

	it('waits out a 429 even for an announcement, as SignalWire did nothing', async () => {
		sim.injectRateLimit(1, 2);
		const result = await update({ announceUrl: 'https://example.com/a' });
		expect(result.error).toBeUndefined();
		expect(waits).toEqual([2000]);
		expect(sim.announcements).toHaveLength(1);
	});
});

describe('SignalWire › participant › remove', () => {
	it('sends DELETE and outputs removed: true for the item', async () => {
		const result = await run({ operation: 'remove', conferenceSid: '={{ $json.conference }}', callSid: '={{ $json.call }}' }, [
			{ conference: STANDUP, call: BOB },
			{ conference: SUPPORT, call: DAVE },
		]);
		expect(result.error).toBeUndefined();
		expect(outputJson(result)).toEqual([
			{ removed: true, conferenceSid: STANDUP, callSid: BOB },
			{ removed: true, conferenceSid: SUPPORT, callSid: DAVE },
		]);
		expect(result.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(requestLines()).toEqual([`DELETE ${participantPath(STANDUP, BOB)}`, `DELETE ${participantPath(SUPPORT, DAVE)}`]);
		expect(sim.requests[0].headers.authorization).toBe(`Basic ${BASIC}`);
		expect(sim.requests[0].rawBody).toBe('');
		expect(sim.participants.get(STANDUP)?.has(BOB)).toBe(false);
	});

	it('maps a 404 (already removed) and a 422 code 10000 (completed conference) in its own words', async () => {
		sim.participants.get(STANDUP)?.delete(CAROL);
		const result = await run({ operation: 'remove', conferenceSid: '={{ $json.conference }}', callSid: '={{ $json.call }}' }, [
			{ conference: STANDUP, call: CAROL },
			{ conference: COMPLETED, call: GONE },
		], true);
		const [missing, completed] = outputJson(result);
		expect(missing).toMatchObject({
			error: `No participant with call SID ${CAROL} was found in conference ${STANDUP} in this SignalWire project`,
			httpCode: '404',
		});
		expect(completed).toMatchObject({
			error: `SignalWire could not remove participant ${GONE}: the participant may have left or the conference may have ended`,
			httpCode: '422',
			code: '10000',
		});
	});

	it('retries after a 503, as removing twice leaves the participant removed', async () => {
		sim.injectServerError(503);
		const result = await run({ operation: 'remove', conferenceSid: STANDUP, callSid: ALICE });
		expect(outputJson(result)).toEqual([{ removed: true, conferenceSid: STANDUP, callSid: ALICE }]);
		expect(waits).toEqual([1000]);
		expect(sim.requests).toHaveLength(2);
	});

	it('refuses a bad participant before sending anything', async () => {
		const result = await run({ operation: 'remove', conferenceSid: STANDUP, callSid: '={{ $json.call }}' }, [{ call: '' }]);
		expect(result.error?.message).toMatch(/^The "Participant" field is required \[item 0\]$/);
		expect(sim.requests).toHaveLength(0);
	});
});

describe('SignalWire › participant picker', () => {
	const node = (conferenceSid: string | IDataObject) => ({ type: 'signalWire', parameters: { resource: 'participant', operation: 'get', conferenceSid } });

	it('lists the chosen conference\'s participants, one provider page per call, with the next page as the token', async () => {
		sim.addParticipants(SUPPORT, 120);
		const first = await runListSearch({ node: node(locator('list', SUPPORT)), credentials: credentials(), method: 'searchParticipants' });
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: `Call ${DAVE} (in-progress)`, value: DAVE });
		const second = await runListSearch({
			node: node(locator('list', SUPPORT)),
			credentials: credentials(),
			method: 'searchParticipants',
			paginationToken: first.paginationToken as string,
		});
		expect(second.results).toHaveLength(21);
		expect(second.paginationToken).toBeUndefined();
		expect(sim.requests.map((request) => `${request.rawPath}?${new URLSearchParams(request.query).toString()}`)).toEqual([
			`${ACCOUNT_PATH}/Conferences/${SUPPORT}/Participants?PageSize=100`,
			`${ACCOUNT_PATH}/Conferences/${SUPPORT}/Participants?PageSize=100&Page=1&PageToken=PA100`,
		]);
	});

	it('shows muted and on-hold participants as such, and filters by SID or state', async () => {
		const all = await runListSearch({ node: node(locator('url', `https://example.signalwire.com${ACCOUNT_PATH}/Conferences/${STANDUP}`)), credentials: credentials(), method: 'searchParticipants' });
		expect(all.results).toEqual([
			{ name: `Call ${ALICE} (in-progress)`, value: ALICE },
			{ name: `Call ${BOB} (in-progress, muted)`, value: BOB },
			{ name: `Call ${CAROL} (in-progress, on hold)`, value: CAROL },
		]);
		const held = await runListSearch({ node: node(STANDUP), credentials: credentials(), method: 'searchParticipants', filter: 'ON HOLD' });
		expect(held.results.map((result) => result.value)).toEqual([CAROL]);
		const bySid = await runListSearch({ node: node(STANDUP), credentials: credentials(), method: 'searchParticipants', filter: BOB.slice(-6) });
		expect(bySid.results.map((result) => result.value)).toEqual([BOB]);
	});

	it('asks for the conference first when none is chosen', async () => {
		await expect(runListSearch({ node: node(locator('list', '')), credentials: credentials(), method: 'searchParticipants' })).rejects.toThrow('Choose the conference first');
		expect(sim.requests).toHaveLength(0);
	});
});

describe('SignalWire simulator › participant contract', () => {
	const send = async (body: string, contentType: string) =>
		await fetch(`${sim.url}${participantPath(STANDUP, ALICE)}`, {
			method: 'POST',
			headers: { authorization: `Basic ${BASIC}`, 'content-type': contentType },
			body,
		});

	it('takes form-encoded bodies only and refuses unknown fields with code 10000', async () => {
		expect((await send(JSON.stringify({ Muted: true }), 'application/json')).status).toBe(415);
		const unknown = await send('Muted=true&Beep=false', 'application/x-www-form-urlencoded');
		expect(unknown.status).toBe(422);
		expect(await unknown.json()).toMatchObject({ code: 10000, message: 'Unknown parameter: Beep' });
		expect(sim.participants.get(STANDUP)?.get(ALICE)?.muted).toBe(false);
	});
});
