// A loopback CarrierX Conference API stand-in for `npm run bench` (scripts/bench.mjs). It speaks only what the
// benchmark sends:
//   PATCH /conference/v2/meeting_rooms/{sid}  → 200 the room JSON (update)
//   POST  /conference/v2/meeting_rooms        → 200 a new room with a fresh meeting_room_sid (create)
// with HTTP Basic auth (401 otherwise), JSON bodies (415/400 otherwise), a configurable latency added to every
// answer, the most requests in flight at once, and an optional fault mix chosen from a seeded PRNG so runs are
// repeatable. It keeps no rooms (memory stays flat) but remembers, per client-chosen key (the room SID of an
// update, the `name` of a create), every answer it gave, so the benchmark can tell which requests were retried
// and whether a create was ever acted on twice. It is not the contract simulator (test/simulators/carrierx.js).
import { randomUUID } from 'node:crypto';
import http from 'node:http';

const BASE = '/conference/v2/meeting_rooms';
const ACCOUNT_SID = 'a1f38bf7-5879-49c1-be72-50ffa7f249a6';

/** The fault mix the brief asks for: share of requests answered 429 (Retry-After: 1), 503, or reset. */
export const FAULT_MIX = Object.freeze({ rateLimited: 0.1, unavailable: 0.05, reset: 0.02 });
export const RETRY_AFTER_SECONDS = 1;

/** mulberry32: a tiny deterministic PRNG; the same seed gives the same fault sequence in arrival order. */
export function mulberry32(seed) {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function json(res, status, body, headers = {}) {
	const text = JSON.stringify(body);
	res.writeHead(status, {
		'content-type': 'application/json',
		'content-length': Buffer.byteLength(text),
		...headers,
	});
	res.end(text);
}

function errorBody(message, errors = []) {
	return { message, errors };
}

function room(sid, name) {
	return {
		access_codes: [],
		account_sid: ACCOUNT_SID,
		did_group_sid: null,
		meeting_room_sid: sid,
		name,
		properties: {},
	};
}

/**
 * @param {{login: string, password: string, latencyMs?: number, faults?: typeof FAULT_MIX | null, seed?: number}} options
 */
export function createBenchServer({
	login,
	password,
	latencyMs = 0,
	faults = null,
	seed = 20240611,
}) {
	const expectedAuth = `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;
	const state = {
		latencyMs,
		faults,
		seed,
		rng: mulberry32(seed),
		inFlight: 0,
		maxInFlight: 0,
		requests: 0,
		/** status (or 'reset') → count */
		answers: {},
		/** `update:<sid>` / `create:<name>` → [{outcome: 200|429|503|'reset', applied, at}] in arrival order */
		keys: new Map(),
	};

	function pickFault() {
		if (!state.faults) return undefined;
		const r = state.rng();
		const { rateLimited, unavailable, reset } = state.faults;
		if (r < rateLimited) return 429;
		if (r < rateLimited + unavailable) return 503;
		if (r < rateLimited + unavailable + reset) return 'reset';
		return undefined;
	}

	function record(key, outcome, applied) {
		let list = state.keys.get(key);
		if (!list) state.keys.set(key, (list = []));
		// `at` (ms, monotonic) lets the benchmark work out the time a 429's Retry-After held the whole pool.
		list.push({ outcome, applied, at: performance.now() });
		state.answers[outcome] = (state.answers[outcome] ?? 0) + 1;
	}

	const server = http.createServer((req, res) => {
		state.requests++;
		state.inFlight++;
		if (state.inFlight > state.maxInFlight) state.maxInFlight = state.inFlight;
		let closed = false;
		res.on('close', () => {
			if (!closed) {
				closed = true;
				state.inFlight--;
			}
		});
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			const answer = () => handle(req, res, Buffer.concat(chunks).toString('utf8'));
			if (state.latencyMs > 0) setTimeout(answer, state.latencyMs);
			else answer();
		});
	});

	function handle(req, res, raw) {
		const url = req.url.split('?')[0];
		const update =
			req.method === 'PATCH' &&
			url.startsWith(`${BASE}/`) &&
			!url.slice(BASE.length + 1).includes('/');
		const create = req.method === 'POST' && url === BASE;
		if (!update && !create) {
			return json(res, 404, errorBody(`No route for ${req.method} ${url} in the bench server`));
		}
		if (req.headers.authorization !== expectedAuth) {
			return json(
				res,
				401,
				errorBody('unauthorized', [
					{ field: null, message: 'Bad credentials', reference_sid: null },
				]),
			);
		}
		if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
			return json(res, 415, errorBody('Unsupported media type'));
		}
		let body;
		try {
			body = raw === '' ? {} : JSON.parse(raw);
		} catch {
			return json(res, 400, errorBody('No JSON object could be decoded'));
		}
		if (body === null || typeof body !== 'object' || Array.isArray(body)) {
			return json(res, 400, errorBody('No JSON object could be decoded'));
		}
		const sid = update ? decodeURIComponent(url.slice(BASE.length + 1)) : undefined;
		const key = update
			? `update:${sid}`
			: `create:${typeof body.name === 'string' ? body.name : '(no name)'}`;
		const fault = pickFault();
		if (fault === 429) {
			// Refused before acting: a resend is safe.
			record(key, 429, false);
			return json(res, 429, errorBody('Too many requests'), {
				'retry-after': String(RETRY_AFTER_SECONDS),
			});
		}
		if (fault === 503) {
			record(key, 503, false);
			return json(res, 503, errorBody('Service unavailable'));
		}
		// A reset is modelled as "acted on, answer lost": the worst case for a client that resends a create.
		const answerBody = update ? room(sid, body.name) : room(randomUUID(), body.name);
		if (fault === 'reset') {
			record(key, 'reset', true);
			res.socket?.destroy();
			return undefined;
		}
		record(key, 200, true);
		return json(res, 200, answerBody);
	}

	return {
		state,
		get url() {
			const address = server.address();
			return `http://127.0.0.1:${address.port}`;
		},
		/** Set latency and faults for the next run and clear every counter; the PRNG restarts from its seed. */
		reset({ latencyMs: latency = state.latencyMs, faults: mix = null } = {}) {
			state.latencyMs = latency;
			state.faults = mix;
			state.rng = mulberry32(state.seed);
			state.maxInFlight = state.inFlight;
			state.requests = 0;
			state.answers = {};
			state.keys = new Map();
		},
		async start(port = 0) {
			// Many sockets at once (the HTTP Request node sends every item at once): a deep accept queue, and idle
			// keep-alive sockets kept longer than the clients keep them, so no client reuses a socket just closed.
			server.keepAliveTimeout = 60_000;
			server.headersTimeout = 65_000;
			server.requestTimeout = 0;
			await new Promise((resolve, reject) => {
				server.once('error', reject);
				server.listen({ port, host: '127.0.0.1', backlog: 4096 }, resolve);
			});
			return this.url;
		},
		async stop() {
			server.closeAllConnections?.();
			await new Promise((resolve) => server.close(() => resolve()));
		},
	};
}
