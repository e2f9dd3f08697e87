/**
 * The shared execute loop's pool and pacing, exercised through real nodes: output order and pairedItem under
 * concurrency, the in-flight bound, per-provider defaults, a 429 pausing the whole pool, and creates never
 * re-sent after a failure that may have applied them.
 */
import type { ICredentialDataDecryptedObject, IDataObject, INodeProperties } from 'n8n-workflow';

import { createCarrierXSimulator, DEFAULT_CREDENTIALS as CARRIERX, SEED } from '../simulators/carrierx';
import { createMeetBitSimulator } from '../simulators/meetbit';
import { createZoomSimulator, DEFAULT_CREDENTIALS as ZOOM } from '../simulators/zoom';
import { builtTransport } from '../support/builtTransport';
import { loadPackage, outputJson, runNode } from '../support/harness';
import { useSimulator } from '../support/simulatorLifecycle';

const carrierX = createCarrierXSimulator();
const meetBit = createMeetBitSimulator();
const zoom = createZoomSimulator();
const waits = useSimulator(carrierX, meetBit, zoom);

const carrierXCredentials = () => ({ carrierXApi: { apiHost: carrierX.url, login: CARRIERX.login, password: CARRIERX.password } });
const meetBitCredentials = () => ({ meetBitApi: { domain: meetBit.url, accessKeyId: 'sandbox-key-id', accessKeySecret: 'sandbox-key-secret' } });

function renameRooms(count: number, options: IDataObject = {}, continueOnFail = false) {
	return runNode({
		items: Array.from({ length: count }, (_, i) => ({ i })),
		node: {
			type: 'carrierX',
			parameters: {
				resource: 'meetingRoom',
				operation: 'update',
				meetingRoomSid: SEED.roomSid,
				updateFields: { name: '={{ "Room " + $json.i }}' },
				options,
			},
			continueOnFail,
		},
		credentials: carrierXCredentials(),
	});
}

function createConferences(count: number, options: IDataObject = {}) {
	return runNode({
		items: Array.from({ length: count }, (_, i) => ({ publicId: `pool-${i}`, title: `Pool ${i}` })),
		node: {
			type: 'meetBit',
			parameters: {
				resource: 'onlineConference',
				operation: 'create',
				onlineConferenceAccountId: 2,
				publicId: '={{ $json.publicId }}',
				title: '={{ $json.title }}',
				isPublic: false,
				options,
			},
			continueOnFail: true,
		},
		credentials: meetBitCredentials(),
	});
}

const nameOf = (body: unknown) => (body as IDataObject).name as string;

describe('pool: order, pairing and the in-flight bound', () => {
	it('keeps input order and pairedItem although later items answer first', async () => {
		// Item i waits (12 - i) × 5 ms, so answers arrive roughly in reverse order.
		carrierX.latency = (request) => (12 - Number(/\d+$/.exec(nameOf(request.body))?.[0] ?? 0)) * 5;
		const result = await renameRooms(12, { concurrency: 4 });
		expect(result.error).toBeUndefined();
		expect(outputJson(result).map((room) => room.name)).toEqual(Array.from({ length: 12 }, (_, i) => `Room ${i}`));
		expect(result.output.map((item) => item.pairedItem)).toEqual(Array.from({ length: 12 }, (_, item) => ({ item })));
		expect(carrierX.maxInFlight).toBe(4);
		// Answers really did come back out of order, so the order above is the pool's doing.
		expect(carrierX.requests.map((request) => nameOf(request.body))).not.toEqual(Array.from({ length: 12 }, (_, i) => `Room ${i}`).reverse());
	});

	it('never has more requests in flight than configured, and reaches that many', async () => {
		carrierX.latency = 20;
		await renameRooms(30, { concurrency: 7 });
		expect(carrierX.requests).toHaveLength(30);
		expect(carrierX.maxInFlight).toBe(7);
	});

	it('uses the provider default (50 for CarrierX) when Concurrency is not set', async () => {
		carrierX.latency = 40;
		await renameRooms(70);
		expect(carrierX.maxInFlight).toBe(50);
	});

	it('reads the credentials once per execution, not once or twice per item', async () => {
		const result = await renameRooms(20, { concurrency: 5 });
		expect(result.error).toBeUndefined();
		expect(result.credentialReads).toEqual(['carrierXApi']);
		expect(carrierX.requests.every((request) => request.headers.authorization === carrierX.requests[0].headers.authorization)).toBe(true);
	});

	it('Concurrency 1 is strictly one at a time', async () => {
		carrierX.latency = 5;
		await renameRooms(5, { concurrency: 1 });
		expect(carrierX.maxInFlight).toBe(1);
	});

	it('refuses a Concurrency outside 1 to 100 and a negative rate before sending anything', async () => {
		const zero = await renameRooms(2, { concurrency: 0 });
		expect(zero.error?.message).toBe('The "Concurrency" option must be a whole number from 1 to 100');
		const rate = await renameRooms(2, { requestsPerSecond: -1 });
		expect(rate.error?.message).toBe('The "Max Requests per Second" option must be 0 or a positive number');
		expect(carrierX.requests).toHaveLength(0);
	});

	it('with Continue On Fail, failed items stay in place among the others', async () => {
		carrierX.latency = 5;
		const result = await runNode({
			items: [{ sid: SEED.roomSid }, { sid: 'not-a-sid' }, { sid: SEED.roomSid }, { sid: '00000000-0000-4000-8000-000000000000' }],
			node: {
				type: 'carrierX',
				parameters: { resource: 'meetingRoom', operation: 'update', meetingRoomSid: '={{ $json.sid }}', updateFields: { name: 'x' }, options: { concurrency: 4 } },
				continueOnFail: true,
			},
			credentials: carrierXCredentials(),
		});
		const json = outputJson(result);
		expect(json.map((item) => (item.error ? 'error' : 'ok'))).toEqual(['ok', 'error', 'ok', 'error']);
		expect(json[3].httpCode).toBe('404');
		expect(result.output.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }, { item: 3 }]);
	});

	it('without Continue On Fail, starts no new item after a failure and reports the earliest failed item', async () => {
		carrierX.latency = 10;
		const result = await runNode({
			items: Array.from({ length: 20 }, (_, i) => ({ sid: i === 3 || i === 4 ? 'not-a-sid' : SEED.roomSid })),
			node: {
				type: 'carrierX',
				parameters: { resource: 'meetingRoom', operation: 'update', meetingRoomSid: '={{ $json.sid }}', updateFields: { name: 'x' }, options: { concurrency: 2 } },
			},
			credentials: carrierXCredentials(),
		});
		expect(result.error?.message).toMatch(/\[item 3\]$/);
		// Items 0-2 were sent; item 3 failed before sending; at most one more item was already under way.
		expect(carrierX.requests.length).toBeGreaterThanOrEqual(3);
		expect(carrierX.requests.length).toBeLessThanOrEqual(4);
	});
});

describe('pool: rate limits', () => {
	it('a 429 with Retry-After pauses the whole pool: every request after it waits, none is lost', async () => {
		// Stop the virtual clock, so the pause is still on when the other workers come for their next item.
		const { retryPolicy } = builtTransport();
		const advancing = retryPolicy.sleep;
		retryPolicy.sleep = async (ms: number) => {
			waits.push(ms);
		};
		try {
			carrierX.latency = (request) => (carrierX.requests.indexOf(request) === 0 ? 0 : 20);
			carrierX.inject({ status: 429, body: { message: 'Too many requests', errors: [] }, headers: { 'Retry-After': '3' } });
			const result = await renameRooms(9, { concurrency: 3 });
			expect(result.error).toBeUndefined();
			expect(outputJson(result)).toHaveLength(9);
			// Items 0-2 were in flight together; item 0's retry and the six items started after the 429 all waited.
			expect(carrierX.requests).toHaveLength(10);
			expect(waits).toEqual(Array.from({ length: 7 }, () => 3000));
		} finally {
			retryPolicy.sleep = advancing;
		}
	});

	it('paces MeetBit at its documented 5 requests per second by default', async () => {
		await createConferences(4, { concurrency: 1 });
		expect(meetBit.requests).toHaveLength(4);
		expect(waits).toEqual([200, 200, 200]);
	});

	it('Max Requests per Second replaces the documented rate', async () => {
		await createConferences(3, { concurrency: 1, requestsPerSecond: 20 });
		expect(waits).toEqual([50, 50]);
	});

	it('paces requests of several workers from one budget', async () => {
		await createConferences(6, { concurrency: 3, requestsPerSecond: 10 });
		expect(meetBit.requests).toHaveLength(6);
		// Six requests at 10 per second span at least half a second of (virtual) waiting.
		expect(waits.reduce((sum, ms) => sum + ms, 0)).toBeGreaterThanOrEqual(500);
		expect(waits.every((ms) => ms <= 500)).toBe(true);
	});
});

describe('pool: nothing is sent twice by accident', () => {
	it('a 503 or a reset connection on a create becomes an error item, never a second POST', async () => {
		meetBit.inject({ status: 503, body: 'Service Unavailable' }, 1, (request) => (request.body as IDataObject)?.public_id === 'pool-1');
		meetBit.inject({ reset: true }, 1, (request) => (request.body as IDataObject)?.public_id === 'pool-3');
		const result = await createConferences(5, { concurrency: 5, requestsPerSecond: 1000 });
		const json = outputJson(result);
		expect(json.map((item) => (item.error ? 'error' : 'ok'))).toEqual(['ok', 'error', 'ok', 'error', 'ok']);
		expect(json[1].description).toMatch(/not sent again automatically/);
		expect(json[3].description).toMatch(/not sent again automatically/);
		const posts = meetBit.requests.map((request) => (request.body as IDataObject).public_id);
		expect(posts.sort()).toEqual(['pool-0', 'pool-1', 'pool-2', 'pool-3', 'pool-4']);
	});

	it('a 429 on a create is retried: the provider refused it without acting', async () => {
		meetBit.inject({ status: 429, body: 'Too Many Attempts.', headers: { 'Retry-After': '1' } }, 1);
		const result = await createConferences(2, { concurrency: 2, requestsPerSecond: 1000 });
		expect(outputJson(result).every((item) => item.error === undefined)).toBe(true);
		expect(meetBit.requests).toHaveLength(3);
		expect(meetBit.conferences.size).toBeGreaterThanOrEqual(2);
	});
});

describe('pool: tokens fetched on demand (Zoom Server-to-Server OAuth)', () => {
	const renameMeetings = (count: number, store: ICredentialDataDecryptedObject) =>
		runNode({
			items: Array.from({ length: count }, (_, i) => ({ i })),
			node: {
				type: 'zoomMeetings',
				parameters: {
					authentication: 'serverToServerOAuth',
					resource: 'meeting',
					operation: 'update',
					meetingId: '85746065432',
					updateFields: { topic: '={{ "Topic " + $json.i }}' },
					options: { concurrency: 6 },
				},
			},
			credentials: { zoomServerToServerOAuthApi: store },
		});

	it('fetches one token for the whole pool, not one per worker', async () => {
		zoom.latency = 10;
		const store: ICredentialDataDecryptedObject = { environment: 'custom', customHost: zoom.url, ...ZOOM };
		const result = await renameMeetings(12, store);
		expect(result.error).toBeUndefined();
		expect(zoom.tokenRequests()).toHaveLength(1);
		expect(zoom.apiRequests()).toHaveLength(12);
		// Renewable tokens are read for every request, so the redaction always knows the current token.
		expect(result.credentialReads.length).toBeGreaterThanOrEqual(24);
		expect(zoom.maxInFlight).toBeGreaterThan(1);
	});

	it('renews an expired token once although several requests in flight got the 401', async () => {
		zoom.latency = 10;
		const store: ICredentialDataDecryptedObject = { environment: 'custom', customHost: zoom.url, ...ZOOM };
		await renameMeetings(1, store);
		zoom.expireTokens();
		zoom.clearRequests();
		const result = await renameMeetings(12, store);
		expect(result.error).toBeUndefined();
		expect(zoom.tokenRequests()).toHaveLength(1);
		expect(outputJson(result).every((item) => item.updated === true)).toBe(true);
	});
});

describe('per-provider defaults', () => {
	it.each([
		['meetBit', 5],
		['zoomMeetings', 10],
		['carrierX', 50],
		['signalWire', 50],
	])('%s offers Options → Concurrency defaulting to %i and Max Requests per Second defaulting to 0 (documented limits)', async (name, concurrency) => {
		const loader = await loadPackage();
		const type = loader.nodeTypes[name].type;
		const properties = ('nodeVersions' in type ? type.getNodeType() : type).description.properties;
		const options = properties.find((property) => property.name === 'options' && property.type === 'collection');
		const entries = (options?.options ?? []) as INodeProperties[];
		expect(entries.find((entry) => entry.name === 'concurrency')?.default).toBe(concurrency);
		expect(entries.find((entry) => entry.name === 'requestsPerSecond')?.default).toBe(0);
	});
});
