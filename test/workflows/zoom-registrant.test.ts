import type { RecordedRequest } from '../simulators/base';
import { createZoomSimulator } from '../simulators/zoom';
import { outputJson } from '../support/harness';
import { useSimulator } from '../support/simulatorLifecycle';
import { locator, MEETING, RECURRING, REGISTRATION, sent, zoomPicker, zoomRunner } from './zoomSupport';

const sim = createZoomSimulator();
const waits = useSimulator(sim);
const run = zoomRunner(sim, 'registrant');
const api = (request: RecordedRequest) => request.path.startsWith('/v2/');
const [ADA, BOB, CY] = ['RegAdaApproved000001', 'RegBobPending0000002', 'RegCyDenied000000003'];
const statusOf = (id: string) => sim.registrants.get(REGISTRATION)?.find((entry) => entry.id === id)?.status;

describe('Zoom Meetings › registrant › create', () => {
	it('registers someone with every additional field and outputs Zoom\'s 201 answer', async () => {
		const result = await run({
			parameters: {
				operation: 'create',
				meetingId: locator('url', `https://us02web.zoom.us/j/${REGISTRATION}?pwd=x`),
				email: 'dee@example.com',
				firstName: 'Dee',
				additionalFields: {
					lastName: 'Dee',
					address: '1 Main St',
					city: 'Springfield',
					state: 'IL',
					zip: '62701',
					country: 'us',
					phone: '+1 555 0100',
					comments: 'Looking forward',
					industry: 'Software',
					jobTitle: 'Engineer',
					org: 'Example Inc',
					noOfEmployees: '21-50',
					purchasingTimeFrame: '1-3 months',
					roleInPurchaseProcess: 'Influencer',
					language: 'de-DE',
					autoApprove: true,
					customQuestions: { question: [{ title: 'Team size', value: '5' }] },
				},
			},
		});
		expect(result.error).toBeUndefined();
		const [created] = outputJson(result);
		expect(created).toMatchObject({ id: Number(REGISTRATION), registrant_id: expect.any(String), join_url: expect.stringContaining(`/w/${REGISTRATION}`), topic: 'Sandbox product launch' });
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
		const [post] = sim.apiRequests();
		expect(post).toMatchObject({ method: 'POST', rawPath: `/v2/meetings/${REGISTRATION}/registrants`, query: {} });
		expect(post.headers['content-type']).toMatch(/^application\/json/);
		expect(post.headers.authorization).toMatch(/^Bearer zs2s_/);
		expect(post.body).toEqual({
			email: 'dee@example.com',
			first_name: 'Dee',
			address: '1 Main St',
			city: 'Springfield',
			comments: 'Looking forward',
			country: 'US',
			industry: 'Software',
			job_title: 'Engineer',
			last_name: 'Dee',
			org: 'Example Inc',
			phone: '+1 555 0100',
			state: 'IL',
			zip: '62701',
			language: 'de-DE',
			no_of_employees: '21-50',
			purchasing_time_frame: '1-3 months',
			role_in_purchase_process: 'Influencer',
			auto_approve: true,
			custom_questions: [{ title: 'Team size', value: '5' }],
		});
		expect(statusOf(created.registrant_id as string)).toBe('approved');
	});

	it('registers for chosen occurrences with occurrence_ids', async () => {
		const meeting = sim.meetings.get(RECURRING) as { settings: Record<string, unknown>; occurrences: Array<{ occurrence_id: string }> };
		meeting.settings.approval_type = 0;
		const ids = [meeting.occurrences[0].occurrence_id, meeting.occurrences[2].occurrence_id];
		const result = await run({ parameters: { operation: 'create', meetingId: RECURRING, email: 'eve@example.com', firstName: 'Eve', additionalFields: { occurrenceIds: ` ${ids[0]}, ${ids[1]} ` } } });
		expect(result.error).toBeUndefined();
		expect(sim.apiRequests()[0].query).toEqual({ occurrence_ids: ids.join(',') });
		expect((outputJson(result)[0].occurrences as unknown[]).length).toBe(2);
	});

	it('maps the capacity limit (code 3043)', async () => {
		sim.registrantCapacity = 3;
		const result = await run({ parameters: { operation: 'create', meetingId: REGISTRATION, email: 'full@example.com', firstName: 'Full' } });
		expect(result.error?.message).toMatch(/^Zoom refused the registration \(see its code: 3043 the meeting has reached its registrant capacity/);
		expect(result.error?.description).toContain('Zoom says (code 3043): Meeting has reached maximum attendee capacity.');
	});

	it('maps a meeting without registration (404) in its own words', async () => {
		const result = await run({ parameters: { operation: 'create', meetingId: MEETING, email: 'x@example.com', firstName: 'X' } });
		expect(result.error?.message).toBe(`No Zoom meeting ${MEETING} with registration was found; it does not exist, has expired, or does not require registration`);
		expect(result.error?.httpCode).toBe('404');
	});

	it('shows the field errors of a 300 validation failure', async () => {
		sim.inject({ status: 400, body: { code: 300, message: 'Validation Failed.', errors: [{ field: 'email', message: 'Invalid field.' }] } }, 1, api);
		const result = await run({ parameters: { operation: 'create', meetingId: REGISTRATION, email: 'x@example.com', firstName: 'X' } });
		expect(result.error?.description).toContain('email: Invalid field.');
	});

	it('retries after a 429, which Zoom answers before registering anyone', async () => {
		sim.inject({ status: 429, body: { code: 429, message: 'Too many requests.' }, headers: { 'Retry-After': '1' } }, 1, api);
		const result = await run({ parameters: { operation: 'create', meetingId: REGISTRATION, email: 'x@example.com', firstName: 'X' } });
		expect(result.error).toBeUndefined();
		expect(waits).toEqual([1000]);
		expect(sim.registrants.get(REGISTRATION)).toHaveLength(4);
	});

	it.each([
		['a bad email', { email: '={{ "not-an-email" }}', firstName: 'X' }, /"Email" field must be a valid email address \[item 0\]/],
		['an empty first name', { email: 'x@example.com', firstName: '={{ "" }}' }, /"First Name" field is required \[item 0\]/],
		['a long first name', { email: 'x@example.com', firstName: 'x'.repeat(65) }, /"First Name" field must be at most 64 characters/],
		['a bad country', { email: 'x@example.com', firstName: 'X', additionalFields: { country: 'Germany' } }, /"Country" field may contain only a two-letter country code/],
		['a bad occurrence ID', { email: 'x@example.com', firstName: 'X', additionalFields: { occurrenceIds: '1648194360000,soon' } }, /"Occurrence IDs" field must be digits/],
	])('refuses %s before sending anything', async (_case, parameters, message) => {
		const result = await run({ parameters: { operation: 'create', meetingId: REGISTRATION, ...parameters } });
		expect(result.error?.message).toMatch(message);
		expect(sim.apiRequests()).toHaveLength(0);
	});
});

describe('Zoom Meetings › registrant › get', () => {
	it.each([
		['From List', locator('list', BOB)],
		['By ID', locator('id', ` ${BOB} `)],
		['a plain ID', BOB],
	])('gets the registrant chosen %s, simplified', async (_mode, registrantId) => {
		const result = await run({ parameters: { operation: 'get', meetingId: REGISTRATION, registrantId } });
		expect(result.error).toBeUndefined();
		const [registrant] = outputJson(result);
		expect(Object.keys(registrant)).toEqual(['id', 'email', 'first_name', 'last_name', 'status', 'create_time', 'join_url']);
		expect(registrant).toMatchObject({ id: BOB, email: 'bob@example.com', status: 'pending' });
		expect(sent(sim)).toEqual([`GET /v2/meetings/${REGISTRATION}/registrants/${BOB}`]);
	});

	it('maps an unknown registrant (404) and refuses a bad ID before sending', async () => {
		const missing = await run({ parameters: { operation: 'get', meetingId: REGISTRATION, registrantId: 'nobody' } });
		expect(missing.error?.message).toBe(`No registrant nobody was found for Zoom meeting ${REGISTRATION}; the meeting or the registrant does not exist, or the meeting does not require registration`);
		sim.clearRequests();
		const bad = await run({ parameters: { operation: 'get', meetingId: REGISTRATION, registrantId: '={{ "a/b" }}' } });
		expect(bad.error?.message).toMatch(/"Registrant ID" field must be a Zoom registrant ID.*\[item 0\]$/);
		expect(sim.apiRequests()).toHaveLength(0);
	});
});

describe('Zoom Meetings › registrant › getAll', () => {
	it('follows next_page_token with Return All, approved registrants by default', async () => {
		sim.addRegistrants(REGISTRATION, 4);
		sim.pageSizeLimit = 2;
		const result = await run({ parameters: { operation: 'getAll', meetingId: REGISTRATION, returnAll: true } });
		expect(result.error).toBeUndefined();
		const registrants = outputJson(result);
		expect(registrants.map((registrant) => registrant.email)).toEqual(['ada@example.com', 'person3@example.com', 'person4@example.com', 'person5@example.com', 'person6@example.com']);
		expect(sim.apiRequests().map((request) => request.query)).toEqual([
			{ page_size: '300' },
			{ page_size: '300', next_page_token: 'npt2' },
			{ page_size: '300', next_page_token: 'npt4' },
		]);
		expect(result.output.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
	});

	it('filters by status and occurrence, and stops at Limit', async () => {
		sim.addRegistrants(REGISTRATION, 5, 'pending');
		sim.pageSizeLimit = 2;
		const result = await run({ parameters: { operation: 'getAll', meetingId: REGISTRATION, limit: 3, simplify: false, filters: { status: 'pending' } } });
		expect(outputJson(result).map((registrant) => registrant.status)).toEqual(['pending', 'pending', 'pending']);
		expect(sim.apiRequests().map((request) => request.query)).toEqual([
			{ status: 'pending', page_size: '3' },
			{ status: 'pending', page_size: '3', next_page_token: 'npt2' },
		]);
		sim.clearRequests();
		const occurrence = await run({ parameters: { operation: 'getAll', meetingId: REGISTRATION, returnAll: true, filters: { occurrenceId: '1' } } });
		expect(occurrence.error?.description).toContain('code 3000');
		expect(sim.apiRequests()[0].query).toEqual({ occurrence_id: '1', page_size: '300' });
	});

	it('maps a meeting without registration (400 code 300) and refuses a bad status before sending', async () => {
		const result = await run({ parameters: { operation: 'getAll', meetingId: MEETING } });
		expect(result.error?.message).toMatch(/^Zoom refused the registrant request/);
		expect(result.error?.description).toContain(`This meeting has not set registration as required: ${MEETING}.`);
		sim.clearRequests();
		const bad = await run({ parameters: { operation: 'getAll', meetingId: REGISTRATION, filters: { status: '={{ "waiting" }}' } } });
		expect(bad.error?.message).toMatch(/"Status" field must be one of: approved, denied, pending \[item 0\]/);
		expect(sim.apiRequests()).toHaveLength(0);
	});
});

describe('Zoom Meetings › registrant › delete', () => {
	it('deletes a registrant and confirms it', async () => {
		const result = await run({ parameters: { operation: 'delete', meetingId: REGISTRATION, registrantId: locator('list', CY) } });
		expect(outputJson(result)).toEqual([{ meetingId: REGISTRATION, registrantId: CY, deleted: true }]);
		expect(result.output[0].pairedItem).toEqual({ item: 0 });
		expect(sent(sim)).toEqual([`DELETE /v2/meetings/${REGISTRATION}/registrants/${CY}`]);
		expect(statusOf(CY)).toBeUndefined();
	});

	it('maps a 404 for a registrant that is not there', async () => {
		const result = await run({ parameters: { operation: 'delete', meetingId: REGISTRATION, registrantId: 'gone' } });
		expect(result.error?.message).toMatch(/^No registrant gone was found for Zoom meeting 86123456789/);
		expect(result.error?.httpCode).toBe('404');
	});
});

describe('Zoom Meetings › registrant › updateStatus', () => {
	it('approves registrants given by ID and email, in one PUT', async () => {
		const result = await run({ parameters: { operation: 'updateStatus', meetingId: REGISTRATION, status: 'approve', registrants: `${BOB}, cy@example.com\n${BOB}` } });
		expect(result.error).toBeUndefined();
		expect(outputJson(result)).toEqual([{ meetingId: REGISTRATION, action: 'approve', registrants: [{ id: BOB }, { email: 'cy@example.com' }], updated: true }]);
		const [put] = sim.apiRequests();
		expect(put).toMatchObject({ method: 'PUT', rawPath: `/v2/meetings/${REGISTRATION}/registrants/status`, body: { action: 'approve', registrants: [{ id: BOB }, { email: 'cy@example.com' }] } });
		expect(put.headers['content-type']).toMatch(/^application\/json/);
		expect([statusOf(BOB), statusOf(CY)]).toEqual(['approved', 'approved']);
	});

	it('takes a list from an expression, and 30 registrants at most', async () => {
		sim.addRegistrants(REGISTRATION, 27, 'pending');
		const thirty = Array.from({ length: 30 }, (_, index) => `person${index + 3}@example.com`);
		const result = await run({ parameters: { operation: 'updateStatus', meetingId: REGISTRATION, status: 'deny', registrants: '={{ $json.emails }}' }, items: [{ emails: thirty }] });
		expect(result.error).toBeUndefined();
		expect((sim.apiRequests()[0].body as { registrants: unknown[] }).registrants).toHaveLength(30);
		sim.clearRequests();
		const tooMany = await run({ parameters: { operation: 'updateStatus', meetingId: REGISTRATION, status: 'deny', registrants: '={{ $json.emails }}' }, items: [{ emails: [...thirty, 'one@example.com'] }] });
		expect(tooMany.error?.message).toMatch(/"Registrants" field may hold at most 30 entries \(it has 31\); Zoom changes at most 30 registrants per request.*\[item 0\]$/);
		expect(sim.apiRequests()).toHaveLength(0);
	});

	it('is refused by the simulator too, like Zoom, above 30 registrants', async () => {
		sim.inject({ status: 400, body: { code: 300, message: 'Validation Failed.', errors: [{ field: 'registrants', message: 'Must have at most 30 items.' }] } }, 1, api);
		const result = await run({ parameters: { operation: 'updateStatus', meetingId: REGISTRATION, status: 'cancel', registrants: ADA } });
		expect(result.error?.description).toContain('registrants: Must have at most 30 items.');
	});

	it.each([
		['no registrants', '={{ "" }}', /"Registrants" field is required/],
		['a bad email', 'ada@', /"Registrants" field holds "ada@", which is not a valid email address/],
		['a bad ID', 'a/b', /"Registrants" field holds "a\/b", which is neither a registrant ID nor an email/],
	])('refuses %s before sending anything', async (_case, registrants, message) => {
		const result = await run({ parameters: { operation: 'updateStatus', meetingId: REGISTRATION, status: 'approve', registrants } });
		expect(result.error?.message).toMatch(message);
		expect(sim.apiRequests()).toHaveLength(0);
	});

	it('maps a 404 and retries after a 503 (setting a status twice is harmless)', async () => {
		const missing = await run({ parameters: { operation: 'updateStatus', meetingId: '99999999999', status: 'approve', registrants: ADA } });
		expect(missing.error?.message).toMatch(/^No Zoom meeting 99999999999 with registration was found.*, or a registrant does not exist$/);
		sim.inject({ status: 503, body: { code: 503, message: 'Service Unavailable' } }, 1, api);
		const retried = await run({ parameters: { operation: 'updateStatus', meetingId: REGISTRATION, status: 'cancel', registrants: ADA } });
		expect(retried.error).toBeUndefined();
		expect(statusOf(ADA)).toBe('denied');
	});
});

describe('Zoom Meetings › registrant picker', () => {
	it('lists the registrants of the chosen meeting, page by page, and filters them', async () => {
		sim.addRegistrants(REGISTRATION, 120);
		const search = zoomPicker(sim, { resource: 'registrant', operation: 'get', meetingId: locator('url', `https://zoom.us/j/${REGISTRATION}`) });
		const first = await search('searchRegistrants');
		expect(first.results).toHaveLength(100);
		expect(first.results[0]).toEqual({ name: 'Ada Lovelace <ada@example.com>', value: ADA });
		const second = await search('searchRegistrants', undefined, first.paginationToken as string);
		expect(second.results).toHaveLength(21);
		expect(second.paginationToken).toBeUndefined();
		expect(sent(sim)).toEqual([`GET /v2/meetings/${REGISTRATION}/registrants`, `GET /v2/meetings/${REGISTRATION}/registrants`]);
		expect(sim.apiRequests()[1].query).toEqual({ page_size: '100', next_page_token: 'npt100' });
		expect((await search('searchRegistrants', 'LOVELACE')).results.map((result) => result.value)).toEqual([ADA]);
	});

	it('asks for the meeting first', async () => {
		const search = zoomPicker(sim, { resource: 'registrant', operation: 'get', meetingId: locator('list', '') });
		await expect(search('searchRegistrants')).rejects.toThrow('Choose the meeting first');
		expect(sim.apiRequests()).toHaveLength(0);
	});
});
