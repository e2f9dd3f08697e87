import { createMeetBitSimulator } from '../simulators/meetbit';
import { outputJson, runNode } from '../support/harness';
import { useSimulator } from '../support/simulatorLifecycle';

const credentials = () => ({
	meetBitApi: { domain: sim.url, accessKeyId: 'sandbox-key-id', accessKeySecret: 'sandbox-key-secret' },
});

const createParameters = {
	resource: 'onlineConference',
	operation: 'create',
	onlineConferenceAccountId: 2,
	publicId: '={{ $json.publicId }}',
	title: '={{ $json.title }}',
	isPublic: false,
	additionalFields: {
		backerEventId: 77,
		attendees: { attendee: [{ email: 'ada@example.com', name: 'Ada' }, { email: 'bob@example.com' }] },
	},
};

const sim = createMeetBitSimulator();
const waits = useSimulator(sim);

describe('MeetBit › online conference › create', () => {
	it('creates a conference with attendees and outputs the created conference', async () => {
		const result = await runNode({
			items: [{ publicId: 'weekly-sync', title: 'Weekly sync' }],
			node: { type: 'meetBit', parameters: createParameters },
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [conference] = outputJson(result);
		expect(conference).toMatchObject({ id: 1, public_id: 'weekly-sync', title: 'Weekly sync', is_public: false, backer_event_id: 77 });
		expect(result.output[0].pairedItem).toEqual({ item: 0 });

		const [request] = sim.requests;
		expect(request.method).toBe('POST');
		expect(request.path).toBe('/api/public/v2.0/online_conferences');
		expect(request.headers['content-type']).toMatch(/^application\/json/);
		expect(request.headers['x-access-key-id']).toBe('sandbox-key-id');
		expect(request.body).toEqual({
			online_conference_account_id: 2,
			public_id: 'weekly-sync',
			title: 'Weekly sync',
			is_public: false,
			backer_event_id: 77,
			online_conference_attendees: [{ email: 'ada@example.com', name: 'Ada' }, { email: 'bob@example.com' }],
		});
	});

	it.each([
		['Public ID', { publicId: 'has spaces', title: 'ok' }, /"Public ID" field may contain only letters/],
		['Title', { publicId: 'ok', title: 'x'.repeat(256) }, /"Title" field must be at most 255 characters/],
		['Title', { publicId: 'ok', title: '' }, /"Title" field is required/],
	])('refuses an invalid %s before sending anything', async (_field, item, message) => {
		const result = await runNode({ items: [item], node: { type: 'meetBit', parameters: createParameters }, credentials: credentials() });
		expect(result.error?.message).toMatch(message);
		expect(result.error?.message).toMatch(/\[item 0\]/);
		expect(sim.requests).toHaveLength(0);
	});

	it('refuses more than five attendees and a malformed attendee email', async () => {
		const six = Array.from({ length: 6 }, (_, index) => ({ email: `p${index}@example.com` }));
		const tooMany = await runNode({
			items: [{ publicId: 'a', title: 'A' }],
			node: { type: 'meetBit', parameters: { ...createParameters, additionalFields: { attendees: { attendee: six } } } },
			credentials: credentials(),
		});
		expect(tooMany.error?.message).toMatch(/"Attendees" field may hold at most 5 entries \(it has 6\) \[item 0\]/);
		const badEmail = await runNode({
			items: [{ publicId: 'a', title: 'A' }],
			node: { type: 'meetBit', parameters: { ...createParameters, additionalFields: { attendees: { attendee: [{ email: 'not-an-email' }] } } } },
			credentials: credentials(),
		});
		expect(badEmail.error?.message).toMatch(/"Attendees › Email \(attendee 1\)" field must be a valid email address/);
		expect(sim.requests).toHaveLength(0);
	});

	it('with Continue On Fail, a bad item becomes an error item and the others still run', async () => {
		const result = await runNode({
			items: [
				{ publicId: 'first', title: 'First' },
				{ publicId: 'bad id!', title: 'Second' },
				{ publicId: 'third', title: 'Third' },
			],
			node: { type: 'meetBit', parameters: createParameters, continueOnFail: true },
			credentials: credentials(),
		});
		const json = outputJson(result);
		expect(json).toHaveLength(3);
		expect(json[0]).toMatchObject({ public_id: 'first' });
		expect(json[1].error).toMatch(/"Public ID" field .* \[item 1\]/);
		expect(json[2]).toMatchObject({ public_id: 'third' });
		expect(result.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(sim.requests.map((request) => (request.body as { public_id: string }).public_id)).toEqual(['first', 'third']);
	});

	it('with "Continue (using error output)", failed items go to the error output, paired to their input', async () => {
		const result = await runNode({
			items: [
				{ publicId: 'first', title: 'First' },
				{ publicId: 'bad id!', title: 'Second' },
			],
			node: { type: 'meetBit', parameters: createParameters, continueOnFail: 'errorOutput' },
			credentials: credentials(),
		});
		expect(outputJson(result)).toEqual([expect.objectContaining({ public_id: 'first' })]);
		expect(result.errorOutput).toHaveLength(1);
		expect(result.errorOutput[0].json.error).toMatch(/"Public ID" field .* \[item 1\]/);
		expect(result.errorOutput[0].pairedItem).toEqual({ item: 1 });
	});

	it('maps a 400 with field errors so each field message reaches the user', async () => {
		await runNode({ items: [{ publicId: 'taken', title: 'One' }], node: { type: 'meetBit', parameters: createParameters }, credentials: credentials() });
		const result = await runNode({ items: [{ publicId: 'taken', title: 'Two' }], node: { type: 'meetBit', parameters: createParameters }, credentials: credentials() });
		expect(result.error?.message).toBe('MeetBit rejected the request as invalid');
		expect(result.error?.httpCode).toBe('400');
		expect(result.error?.description).toContain('public_id: The public id has already been taken.');
	});

	it('maps a text/plain 401 and never shows the keys', async () => {
		const result = await runNode({
			items: [{ publicId: 'x', title: 'X' }],
			node: { type: 'meetBit', parameters: createParameters },
			credentials: { meetBitApi: { domain: sim.url, accessKeyId: 'wrong-key-id', accessKeySecret: 'wrong-secret-42' } },
		});
		expect(result.error?.message).toBe('MeetBit did not accept the credentials');
		expect(result.error?.httpCode).toBe('401');
		expect(result.error?.description).toContain('Invalid or missing access key.');
		expect(JSON.stringify(result.run.data.resultData.error)).not.toMatch(/wrong-secret-42|wrong-key-id/);
	});

	it('does not resend a create after a 500, and says so', async () => {
		sim.inject({ status: 500, body: 'An unexpected error occurred.' });
		const result = await runNode({ items: [{ publicId: 'x', title: 'X' }], node: { type: 'meetBit', parameters: createParameters }, credentials: credentials() });
		expect(result.error?.message).toBe('MeetBit had an internal failure (HTTP 500)');
		expect(result.error?.description).toContain('was not sent again automatically');
		expect(sim.requests).toHaveLength(1);
	});

	it('waits for Retry-After on 429 and then succeeds', async () => {
		sim.inject({ status: 429, body: 'Too many requests.', headers: { 'Retry-After': '2' } });
		const result = await runNode({ items: [{ publicId: 'x', title: 'X' }], node: { type: 'meetBit', parameters: createParameters }, credentials: credentials() });
		expect(result.error).toBeUndefined();
		expect(waits).toEqual([2000]);
		expect(sim.requests).toHaveLength(2);
	});

	it('fails clearly when Retry-After is longer than it will wait', async () => {
		sim.inject({ status: 429, body: 'Too many requests.', headers: { 'Retry-After': '3600' } });
		const result = await runNode({ items: [{ publicId: 'x', title: 'X' }], node: { type: 'meetBit', parameters: createParameters }, credentials: credentials() });
		expect(result.error?.message).toMatch(/^MeetBit is rate limiting requests; retry after 60 min/);
		expect(waits).toEqual([]);
		expect(sim.requests).toHaveLength(1);
	});

	it('gives up after a bounded number of 429s', async () => {
		sim.inject({ status: 429, body: 'Too many requests.', headers: { 'Retry-After': '1' } }, 10);
		const result = await runNode({ items: [{ publicId: 'x', title: 'X' }], node: { type: 'meetBit', parameters: createParameters }, credentials: credentials() });
		expect(result.error?.message).toMatch(/still rate limiting requests after 4 attempts/);
		expect(sim.requests).toHaveLength(4);
		expect(waits).toEqual([1000, 1000, 1000]);
	});
});

describe('MeetBit › online conference › update', () => {
	const updateParameters = { resource: 'onlineConference', operation: 'update', onlineConferenceId: '={{ $json.id }}', title: 'Renamed', isPublic: true };

	it('updates title and visibility and outputs the conference', async () => {
		await runNode({ items: [{ publicId: 'a', title: 'A' }], node: { type: 'meetBit', parameters: createParameters }, credentials: credentials() });
		sim.clearRequests();
		const result = await runNode({ items: [{ id: 1 }], node: { type: 'meetBit', parameters: updateParameters }, credentials: credentials() });
		expect(outputJson(result)[0]).toMatchObject({ id: 1, title: 'Renamed', is_public: true });
		expect(sim.requests[0]).toMatchObject({ method: 'PATCH', path: '/api/public/v2.0/online_conferences/1', body: { title: 'Renamed', is_public: true } });
	});

	it('turns a 409 into "already started" in the words of the operation', async () => {
		const result = await runNode({ items: [{ id: 1001 }], node: { type: 'meetBit', parameters: updateParameters }, credentials: credentials() });
		expect(result.error?.message).toBe('The online conference has already started and cannot be changed');
		expect(result.error?.httpCode).toBe('409');
		expect(result.error?.description).toContain('Cannot modify an online conference that has started.');
	});

	it('maps a text/plain 404', async () => {
		const result = await runNode({ items: [{ id: 999 }], node: { type: 'meetBit', parameters: updateParameters }, credentials: credentials() });
		expect(result.error?.message).toBe('MeetBit could not find the requested resource');
		expect(result.error?.description).toContain('Resource object does not exist.');
	});

	it('refuses a conference ID that is not a whole number', async () => {
		const result = await runNode({ items: [{ id: '../users' }], node: { type: 'meetBit', parameters: updateParameters }, credentials: credentials() });
		expect(result.error?.message).toMatch(/"Online Conference ID" field must be a whole number \[item 0\]/);
		expect(sim.requests).toHaveLength(0);
	});

	it('refuses a tenant domain with a path instead of gluing it into the URL', async () => {
		const result = await runNode({
			items: [{ id: 1 }],
			node: { type: 'meetBit', parameters: updateParameters },
			credentials: { meetBitApi: { domain: `${sim.url}/evil?x=1`, accessKeyId: 'k', accessKeySecret: 's' } },
		});
		expect(result.error?.message).toMatch(/credential's "Tenant Domain" contains a query/);
		expect(sim.requests).toHaveLength(0);
	});
});
