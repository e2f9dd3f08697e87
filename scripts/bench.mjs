#!/usr/bin/env node
// `npm run bench`: how fast and how lean the CarrierX node is inside a real n8n, next to n8n's own HTTP Request
// node and a raw Node.js loop. See docs/benchmark.md for how to read the output.
//
//  1. build, `npm pack`, install the tarball into a fresh n8n user folder exactly as the e2e suite does (the
//     cached n8n 2.8.4 from scripts/lib/n8n.mjs);
//  2. a loopback CarrierX stand-in (scripts/lib/bench-server.mjs) with a configurable latency, an in-flight
//     counter and an optional seeded fault mix;
//  3. generated workflows (Webhook → Code making N items → the node under test), imported and published in one
//     `n8n start`, each run by calling its webhook; times come from n8n's own execution records;
//  4. a raw keep-alive HTTP loop in a worker thread as the floor.
//
// It prints figures and whether each target is met; a missed target never fails it. Exit 1 only when the
// benchmark itself broke.
//
// Environment: BENCH_N (items in the main comparison, default 1000), BENCH_LATENCY_MS (default 50),
// BENCH_QUICK=1 (small counts everywhere, for smoke testing), N8N_VERSION (see scripts/lib/n8n.mjs),
// BENCH_KEEP=1 (keep the scratch folder).
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

import { createBenchServer, FAULT_MIX, RETRY_AFTER_SECONDS } from './lib/bench-server.mjs';
import {
	ensureN8n,
	importIntoN8n,
	installPackage,
	N8nRest,
	n8nCliOrThrow,
	n8nEnv,
	startN8nServer,
} from './lib/n8n.mjs';
import { buildDirectory, buildPackage, packageJson, packPackage } from './lib/pack.mjs';
import { freePort, onShutdown, sleep, stop, stopAll } from './lib/proc.mjs';

const started = Date.now();

// ── Configuration ────────────────────────────────────────────────────────────────────────────────────────────
function intFromEnv(name) {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return undefined;
	const value = Number(raw);
	if (!Number.isInteger(value) || value < 0)
		throw new Error(`${name} must be a whole number ≥ 0, got "${raw}"`);
	return value;
}

const QUICK = process.env.BENCH_QUICK === '1';
const N = intFromEnv('BENCH_N') ?? (QUICK ? 100 : 1000);
const LATENCY_MS = intFromEnv('BENCH_LATENCY_MS') ?? 50;
const FAULT_UPDATES = QUICK ? 100 : 1000;
const FAULT_CREATES = QUICK ? 20 : 200;
const MEMORY_LARGE = QUICK ? 1000 : 10_000;
const MEMORY_SMALL = QUICK ? 100 : 1000;
/**
 * HTTP Request's batching, variant (c): 50 items per batch (= our CarrierX default concurrency) and a batch interval equal
 * to the latency, so it starts at most as many requests per latency period as our pool keeps in flight. With an
 * interval of 0 the node's batching does nothing at all (it only sleeps between batches), so (c) would be (b).
 */
const HTTP_BATCH = { batchSize: 50, batchInterval: LATENCY_MS };
/** What our node does when its Options collection has no `concurrency` (before the lead's pool lands). */
const SEQUENTIAL = 1;

const PACKAGE = 'n8n-nodes-conferencing';
const CARRIERX = `${PACKAGE}.carrierX`;
const LOGIN = 'bench_user';
const PASSWORD = 'bench-secret';
const CREDENTIALS = {
	carrierX: { id: 'benchCarrierX', name: 'CarrierX bench server', type: 'carrierXApi' },
	basic: { id: 'benchBasic', name: 'Bench server basic auth', type: 'httpBasicAuth' },
};

/** The room SID of item i: a valid UUID, unique per item, so the server can tell items apart. */
const sidOf = (i) => `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
const SID_JS = "'00000000-0000-4000-8000-' + i.toString(16).padStart(12, '0')";

// ── The create operation: the one place to adjust when it lands with other parameter names ──────────────────
/**
 * Parameters of our node for "create a meeting room named {{$json.name}}". `feature.createName` says where the
 * node's description puts the room name: a top-level `name` parameter, or an option `name` inside a collection
 * (e.g. Additional Fields). Detected from the installed node's description; override here if that guess is wrong.
 */
function createParameters(feature) {
	const name = '={{ $json.name }}';
	const base = { resource: 'meetingRoom', operation: 'create' };
	if (feature.createName?.collection) return { ...base, [feature.createName.collection]: { name } };
	return { ...base, name };
}
/** The body key the server counts creates by (the create body carries a unique `name` per item). */
const createKey = (i) => `create:bench-create-${i}`;

// ── Small helpers ────────────────────────────────────────────────────────────────────────────────────────────
const fmtMs = (ms) =>
	ms === undefined || ms === null || Number.isNaN(ms)
		? '—'
		: ms >= 10_000
			? `${(ms / 1000).toFixed(1)} s`
			: `${Math.round(ms)} ms`;
const fmtMb = (kb) => (kb === undefined ? '—' : `${(kb / 1024).toFixed(0)} MB`);
/** Peak RSS and, in brackets, how far above the RSS before the run it went. */
const fmtPeak = (memory) =>
	memory ? `${fmtMb(memory.peak)} (+${fmtMb(memory.peak - memory.before)})` : '—';
const fmtNum = (value, digits = 0) =>
	value === undefined || Number.isNaN(value) ? '—' : value.toFixed(digits);
const verdict = (ok) => (ok === undefined ? 'n/a' : ok ? 'met' : 'NOT met');

function table(columns, rows) {
	const widths = columns.map((column, index) =>
		Math.max(column.length, ...rows.map((row) => String(row[index] ?? '').length)),
	);
	const line = (cells) =>
		cells
			.map((cell, index) =>
				index === 0 ? String(cell).padEnd(widths[index]) : String(cell).padStart(widths[index]),
			)
			.join('  ');
	return [line(columns), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)]
		.map((text) => `  ${text}`)
		.join('\n');
}

/** VmRSS and VmHWM of a process, in kB. */
function memoryOf(pid) {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const field = (name) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
	return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

/** Reset a process's RSS high-water mark to its current RSS (Linux ≥ 4.0: `5` > /proc/<pid>/clear_refs). */
function resetPeak(pid) {
	try {
		writeFileSync(`/proc/${pid}/clear_refs`, '5');
		return true;
	} catch {
		return false;
	}
}

/**
 * Peak RSS of `pid` while `fn` runs: the kernel's high-water mark after a reset, or (where the reset is not
 * allowed) the highest of VmRSS samples every 20 ms.
 */
async function withPeakRss(pid, fn) {
	const before = memoryOf(pid).rss;
	const reset = resetPeak(pid);
	let sampled = before;
	const timer = setInterval(() => {
		try {
			sampled = Math.max(sampled, memoryOf(pid).rss);
		} catch {
			// process gone; the run fails on its own
		}
	}, 20);
	try {
		const result = await fn();
		const after = memoryOf(pid);
		const peak = reset ? Math.max(after.hwm, sampled) : sampled;
		return {
			result,
			memory: { before, peak, after: after.rss, method: reset ? 'VmHWM' : 'VmRSS samples' },
		};
	} finally {
		clearInterval(timer);
	}
}

/** POST without a client-side timeout (fetch gives up after 300 s); resolves with the status and body text. */
function post(url, body) {
	return new Promise((resolve, reject) => {
		const text = JSON.stringify(body);
		const request = http.request(
			url,
			{
				method: 'POST',
				headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
			},
			(response) => {
				let data = '';
				response.setEncoding('utf8');
				response.on('data', (chunk) => (data += chunk));
				response.on('end', () => resolve({ status: response.statusCode, text: data }));
			},
		);
		request.on('error', reject);
		request.end(text);
	});
}

// ── The raw floor: a keep-alive loop in a worker thread (its own event loop, not the server's) ───────────────
const RAW_LOOP = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { url, auth, n, concurrency } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const target = new URL(url);
function sid(i) { return ${SID_JS}; }
function one(i) {
	return new Promise((resolve, reject) => {
		const body = JSON.stringify({ name: 'bench-' + i });
		const request = http.request({
			host: target.hostname, port: target.port, method: 'PATCH', agent,
			path: '/conference/v2/meeting_rooms/' + sid(i),
			headers: { authorization: auth, 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(body) },
		}, (response) => {
			let data = '';
			response.setEncoding('utf8');
			response.on('data', (chunk) => { data += chunk; });
			response.on('end', () => {
				try { resolve({ status: response.statusCode, json: JSON.parse(data) }); } catch (error) { reject(error); }
			});
		});
		request.on('error', reject);
		request.end(body);
	});
}
(async () => {
	let next = 0;
	let ok = 0;
	const t0 = performance.now();
	await Promise.all(Array.from({ length: concurrency }, async () => {
		for (let i = next++; i < n; i = next++) {
			const answer = await one(i);
			if (answer.status === 200 && answer.json.meeting_room_sid === sid(i)) ok++;
		}
	}));
	const ms = performance.now() - t0;
	agent.destroy();
	parentPort.postMessage({ ms, ok });
})().catch((error) => parentPort.postMessage({ error: String(error && error.stack || error) }));
`;

function rawLoop({ url, n, concurrency }) {
	return new Promise((resolve, reject) => {
		const worker = new Worker(RAW_LOOP, {
			eval: true,
			workerData: {
				url,
				n,
				concurrency,
				auth: `Basic ${Buffer.from(`${LOGIN}:${PASSWORD}`).toString('base64')}`,
			},
		});
		worker.once('message', (message) => {
			void worker.terminate();
			if (message.error) reject(new Error(`raw loop: ${message.error}`));
			else resolve(message);
		});
		worker.once('error', reject);
	});
}

// ── Workflows ────────────────────────────────────────────────────────────────────────────────────────────────
let nodeCounter = 0;
function node(name, type, typeVersion, parameters, extra = {}) {
	nodeCounter++;
	return {
		id: randomUUID(),
		name,
		type,
		typeVersion,
		position: [nodeCounter * 220, 0],
		parameters,
		...extra,
	};
}

function webhook(pathName) {
	return node(
		'Webhook',
		'n8n-nodes-base.webhook',
		2.1,
		{
			httpMethod: 'POST',
			path: pathName,
			responseMode: 'lastNode',
			responseData: 'noData',
			options: {},
		},
		{ webhookId: randomUUID() },
	);
}

/** A Code node that makes `body[countField]` items {i, sid, name} (one run for all items). */
function makeItems(name, countField, namePrefix) {
	return node(name, 'n8n-nodes-base.code', 2, {
		jsCode: [
			`const n = Number($('Webhook').first().json.body.${countField} ?? 0);`,
			'const items = [];',
			'for (let i = 0; i < n; i++) {',
			`\titems.push({ json: { i, sid: ${SID_JS}, name: '${namePrefix}' + i } });`,
			'}',
			'return items;',
		].join('\n'),
	});
}

function chain(id, name, nodes) {
	const connections = {};
	for (let index = 0; index < nodes.length - 1; index++) {
		connections[nodes[index].name] = {
			main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]],
		};
	}
	return { id, name, nodes, connections, settings: { executionOrder: 'v1' }, pinData: {} };
}

const carrierXCredential = {
	carrierXApi: { id: CREDENTIALS.carrierX.id, name: CREDENTIALS.carrierX.name },
};

function oursUpdate(name = 'CarrierX', extra = {}) {
	// Default options: nothing set in the node's Options collection.
	return node(
		name,
		CARRIERX,
		1,
		{
			resource: 'meetingRoom',
			operation: 'update',
			meetingRoomSid: '={{ $json.sid }}',
			updateFields: { name: '={{ $json.name }}' },
		},
		{ credentials: carrierXCredential, ...extra },
	);
}

function httpRequest(name, serverUrl, version, options = {}) {
	return node(
		name,
		'n8n-nodes-base.httpRequest',
		version,
		{
			method: 'PATCH',
			url: `={{ '${serverUrl}/conference/v2/meeting_rooms/' + $json.sid }}`,
			authentication: 'genericCredentialType',
			genericAuthType: 'httpBasicAuth',
			sendBody: true,
			contentType: 'json',
			specifyBody: 'keypair',
			bodyParameters: { parameters: [{ name: 'name', value: '={{ $json.name }}' }] },
			options,
		},
		{ credentials: { httpBasicAuth: { id: CREDENTIALS.basic.id, name: CREDENTIALS.basic.name } } },
	);
}

/** Every workflow the benchmark runs; `node` is the node whose own execution time is the measure. */
function workflows(serverUrl, feature) {
	nodeCounter = 0;
	const list = {
		ours: {
			node: 'CarrierX',
			wf: chain('benchOurs', 'Bench: CarrierX update', [
				webhook('bench-ours'),
				makeItems('Make items', 'n', 'bench-'),
				oursUpdate(),
			]),
		},
		httpDefault: {
			node: 'HTTP Request',
			wf: chain('benchHttpDefault', 'Bench: HTTP Request default', [
				webhook('bench-http-default'),
				makeItems('Make items', 'n', 'bench-'),
				httpRequest('HTTP Request', serverUrl, feature.httpVersion),
			]),
		},
		httpBatch: {
			node: 'HTTP Request',
			wf: chain('benchHttpBatch', 'Bench: HTTP Request batching', [
				webhook('bench-http-batch'),
				makeItems('Make items', 'n', 'bench-'),
				httpRequest('HTTP Request', serverUrl, feature.httpVersion, {
					batching: { batch: HTTP_BATCH },
				}),
			]),
		},
	};
	const faultNodes = [
		webhook('bench-faults'),
		makeItems('Make updates', 'updates', 'bench-'),
		oursUpdate('Update rooms', { onError: 'continueRegularOutput' }),
	];
	if (feature.create) {
		faultNodes.push(
			makeItems('Make creates', 'creates', 'bench-create-'),
			node('Create rooms', CARRIERX, 1, createParameters(feature), {
				credentials: carrierXCredential,
				onError: 'continueRegularOutput',
			}),
		);
	}
	list.faults = {
		node: 'Update rooms',
		wf: chain('benchFaults', 'Bench: CarrierX with faults', faultNodes),
	};
	return list;
}

// ── Our node's features, read from the installed package's description (n8n export:nodes) ───────────────────
function describeFeatures(types) {
	const ours = types.filter((type) => type.name === CARRIERX);
	if (ours.length === 0) throw new Error(`${CARRIERX} is not among the node types n8n loaded`);
	const description = ours[ours.length - 1];
	const properties = description.properties ?? [];
	const feature = {
		concurrency: SEQUENTIAL,
		concurrencyNote: 'no Options → concurrency: runs sequentially',
		create: false,
	};

	const options = properties.find(
		(property) => property.name === 'options' && property.type === 'collection',
	);
	const concurrency = options?.options?.find((option) => option.name === 'concurrency');
	if (concurrency) {
		feature.concurrency =
			typeof concurrency.default === 'number' && concurrency.default > 0 ? concurrency.default : 25;
		feature.concurrencyNote = `Options → Concurrency, default ${feature.concurrency}${typeof concurrency.default === 'number' && concurrency.default > 0 ? '' : ' (assumed; the description has no numeric default)'}`;
	}
	feature.requestsPerSecond =
		options?.options?.some((option) => option.name === 'requestsPerSecond') ?? false;

	const shownFor = (property, operation) =>
		property.displayOptions?.show?.operation?.includes(operation) &&
		(property.displayOptions?.show?.resource?.includes('meetingRoom') ?? true);
	const operations = properties.find(
		(property) =>
			property.name === 'operation' &&
			property.displayOptions?.show?.resource?.includes('meetingRoom'),
	);
	feature.create = operations?.options?.some((option) => option.value === 'create') ?? false;
	if (feature.create) {
		const forCreate = properties.filter((property) => shownFor(property, 'create'));
		if (forCreate.some((property) => property.name === 'name')) feature.createName = { top: true };
		else {
			const collection = forCreate.find(
				(property) =>
					['collection', 'fixedCollection'].includes(property.type) &&
					property.options?.some((option) => option.name === 'name'),
			);
			feature.createName = collection ? { collection: collection.name } : { top: true };
		}
	}

	const http = types.filter((type) => type.name === 'n8n-nodes-base.httpRequest');
	const versions = http.flatMap((type) =>
		Array.isArray(type.version) ? type.version : [type.version],
	);
	feature.httpVersion = Math.max(...versions.filter((version) => version >= 4 && version < 5));
	if (!Number.isFinite(feature.httpVersion))
		throw new Error('n8n has no HTTP Request node version 4.x');
	return feature;
}

// ── Fault accounting ─────────────────────────────────────────────────────────────────────────────────────────
// These mirror `retryPolicy` in nodes/shared/transport.ts: a 429 waits for its Retry-After; a 503 or a reset of a
// repeatable request waits base × 2^(attempt-1), capped. They are only used to turn the server's log into waits.
const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 10_000;

/**
 * The waits the node must have made, derived from the server's log: for every key (one item), each answer that
 * was followed by another attempt cost one wait (a 429: its Retry-After; a 503/reset: the backoff for that
 * attempt). A 429 pauses the whole pool, so its waits are counted as the time covered by the union of the
 * windows [answer, answer + Retry-After]; backoffs hold only their own item. Returns the count of 429 pauses, the
 * union of their windows, the backoff total, the longest backoff total of one item, and all waits as if serial.
 */
function pausesFromLog(keys) {
	let rateLimitPauses = 0;
	let backoffPauses = 0;
	let totalMs = 0;
	let backoffMs = 0;
	let longestItemBackoffMs = 0;
	let attempts = 0;
	const windows = [];
	for (const outcomes of keys.values()) {
		attempts += outcomes.length;
		let itemBackoffMs = 0;
		for (let index = 0; index < outcomes.length - 1; index++) {
			const { outcome, at } = outcomes[index];
			if (outcome === 429) {
				rateLimitPauses++;
				totalMs += RETRY_AFTER_SECONDS * 1000;
				windows.push([at, at + RETRY_AFTER_SECONDS * 1000]);
			} else if (outcome === 503 || outcome === 'reset') {
				backoffPauses++;
				const wait = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** index);
				itemBackoffMs += wait;
				totalMs += wait;
			}
		}
		backoffMs += itemBackoffMs;
		longestItemBackoffMs = Math.max(longestItemBackoffMs, itemBackoffMs);
	}
	windows.sort((a, b) => a[0] - b[0]);
	let pausedMs = 0;
	let end = -Infinity;
	for (const [from, to] of windows) {
		if (to <= end) continue;
		pausedMs += to - Math.max(from, end);
		end = to;
	}
	return { rateLimitPauses, backoffPauses, totalMs, pausedMs, backoffMs, longestItemBackoffMs, attempts };
}

function pairedIndex(item) {
	const paired = Array.isArray(item.pairedItem) ? item.pairedItem[0] : item.pairedItem;
	if (typeof paired === 'number') return paired;
	return paired?.item;
}

/**
 * Every input item comes out exactly once, paired to itself, as a result (the right room) or an error item,
 * and the kind agrees with the server's last answer for that item.
 */
function checkItems(items, count, keyOf, expected, serverKeys) {
	const seen = new Array(count).fill(0);
	let results = 0;
	let errors = 0;
	let wrong = 0;
	let disagree = 0;
	let unpaired = 0;
	for (const item of items ?? []) {
		const index = pairedIndex(item);
		if (!Number.isInteger(index) || index < 0 || index >= count) {
			unpaired++;
			continue;
		}
		seen[index]++;
		const log = serverKeys.get(keyOf(index)) ?? [];
		const lastOk = log.length > 0 && log[log.length - 1].outcome === 200;
		if (item.json?.error !== undefined) {
			errors++;
			if (lastOk) disagree++;
		} else {
			results++;
			if (!expected(item.json, index)) wrong++;
			if (!lastOk) disagree++;
		}
	}
	const missing = seen.filter((times) => times === 0).length;
	const duplicated = seen.filter((times) => times > 1).length;
	const ok =
		missing === 0 &&
		duplicated === 0 &&
		wrong === 0 &&
		unpaired === 0 &&
		disagree === 0 &&
		(items?.length ?? 0) === count;
	return {
		ok,
		total: items?.length ?? 0,
		results,
		errors,
		missing,
		duplicated,
		wrong,
		unpaired,
		disagree,
	};
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────────────────────────
async function main() {
	const keep = process.env.BENCH_KEEP === '1';
	const tmp = mkdtempSync(path.join(os.tmpdir(), 'conferencing-bench-'));
	const userFolder = path.join(tmp, 'n8n');
	const build = buildDirectory();
	let n8nServer;
	const server = createBenchServer({ login: LOGIN, password: PASSWORD });
	let serverStarted = false;
	onShutdown(async () => {
		await stopAll(3000);
		if (serverStarted) await server.stop();
	});

	console.log(
		`benchmark: ${PACKAGE} ${packageJson(build.dir).version}; N = ${N}, L = ${LATENCY_MS} ms${QUICK ? ' (BENCH_QUICK: small counts)' : ''}; ${os.cpus().length} CPUs; scratch ${tmp}`,
	);
	const step = async (label, fn) => {
		const t0 = Date.now();
		const value = await fn();
		console.log(`  ${label} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
		return value;
	};

	try {
		// ── Setup ──
		const n8n = await step(
			'n8n from cache or installed',
			async () => await ensureN8n({ log: (line) => console.log(`     ${line}`) }),
		);
		await step("build, npm pack, install like n8n's community-package installer", async () => {
			await buildPackage(build.dir);
			const pack = await packPackage(build.dir, tmp);
			await installPackage(pack.path, userFolder);
		});
		const serverUrl = await step('bench server', async () => {
			await server.start(await freePort());
			serverStarted = true;
			return server.url;
		});
		const env = n8nEnv({
			userFolder,
			encryptionKey: randomBytes(24).toString('hex'),
			port: await freePort(),
			brokerPort: await freePort(),
			extra: { N8N_LOG_FORMAT: 'text', N8N_PUBLIC_API_DISABLED: 'false' },
		});
		const feature = await step('node types (n8n export:nodes)', async () => {
			const file = path.join(tmp, 'nodes.json');
			await n8nCliOrThrow(n8n.bin, ['export:nodes', `--output=${file}`], env);
			return describeFeatures(JSON.parse(readFileSync(file, 'utf8')));
		});
		const flows = workflows(serverUrl, feature);
		await step('import credentials and workflows', async () => {
			await importIntoN8n(n8n.bin, env, {
				credentials: [
					{
						...CREDENTIALS.carrierX,
						data: { apiHost: serverUrl, login: LOGIN, password: PASSWORD },
					},
					{ ...CREDENTIALS.basic, data: { user: LOGIN, password: PASSWORD } },
				],
				workflows: Object.values(flows).map((entry) => entry.wf),
				scratchDir: path.join(tmp, 'import'),
			});
		});
		n8nServer = await step(
			`n8n start (n8n ${n8n.version})`,
			async () => await startN8nServer(n8n.bin, env),
		);
		const pid = n8nServer.child.pid;
		const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();
		const rest = new N8nRest(n8nServer.base);
		const api = await step('owner, API key, publish workflows', async () => {
			await rest.ensureOwner();
			const wanted = ['execution:read', 'execution:list', 'workflow:activate'];
			let key = await rest.request('POST', '/rest/api-keys', {
				label: 'bench',
				scopes: wanted,
				expiresAt: null,
			});
			if (!key.ok) {
				const scopes = await rest.request('GET', '/rest/api-keys/scopes');
				key = await rest.request('POST', '/rest/api-keys', {
					label: 'bench2',
					scopes: scopes.json?.data ?? [],
					expiresAt: null,
				});
			}
			const apiKey = key.json?.data?.rawApiKey ?? key.json?.data?.apiKey;
			if (!key.ok || !apiKey)
				throw new Error(`could not create an API key: ${key.status} ${key.text.slice(0, 300)}`);
			const call = async (method, urlPath) => {
				const response = await fetch(`${n8nServer.base}/api/v1${urlPath}`, {
					method,
					headers: { 'x-n8n-api-key': apiKey, accept: 'application/json' },
				});
				const text = await response.text();
				if (!response.ok)
					throw new Error(
						`${method} /api/v1${urlPath} answered ${response.status}: ${text.slice(0, 300)}`,
					);
				return JSON.parse(text);
			};
			for (const { wf } of Object.values(flows)) await call('POST', `/workflows/${wf.id}/activate`);
			return call;
		});

		/** Call a workflow's webhook, wait for n8n's execution record, return it with its run data. */
		const execute = async (entry, body) => {
			const before = await api('GET', `/executions?workflowId=${entry.wf.id}&limit=1`);
			const lastId = Number(before.data?.[0]?.id ?? 0);
			const webhookPath = entry.wf.nodes[0].parameters.path;
			const answer = await post(`${n8nServer.base}/webhook/${webhookPath}`, body);
			if (answer.status !== 200)
				throw new Error(
					`webhook ${webhookPath} answered ${answer.status}: ${answer.text.slice(0, 300)}`,
				);
			for (let tries = 0; tries < 600; tries++) {
				const list = await api('GET', `/executions?workflowId=${entry.wf.id}&limit=1`);
				const latest = list.data?.[0];
				if (latest && Number(latest.id) > lastId && latest.stoppedAt) {
					const record = await api('GET', `/executions/${latest.id}?includeData=true`);
					const runData = record.data?.resultData?.runData ?? {};
					const error = record.data?.resultData?.error;
					if (error) throw new Error(`workflow "${entry.wf.name}" failed: ${error.message}`);
					const nodeRun = (name) => runData[name]?.[0];
					return {
						record,
						workflowMs: Date.parse(record.stoppedAt) - Date.parse(record.startedAt),
						nodeMs: (name = entry.node) => nodeRun(name)?.executionTime,
						items: (name = entry.node) => nodeRun(name)?.data?.main?.[0] ?? [],
					};
				}
				await sleep(100);
			}
			throw new Error(`no finished execution of "${entry.wf.name}" appeared`);
		};

		/** One measured run of an n8n workflow: server reset to `latency`, peak RSS of the n8n process. */
		const measure = async (key, n, latency, { check } = {}) => {
			server.reset({ latencyMs: latency });
			const { result, memory } = await withPeakRss(
				pid,
				async () => await execute(flows[key], { n }),
			);
			const items = result.items();
			if (items.length !== n) throw new Error(`${key}: ${items.length} items came out of ${n}`);
			if (check) {
				const bad = items.filter(
					(item, index) =>
						item.json?.meeting_room_sid !== sidOf(index) || item.json?.name !== `bench-${index}`,
				);
				if (bad.length > 0)
					throw new Error(
						`${key}: ${bad.length} items do not carry their room (first: ${JSON.stringify(bad[0].json).slice(0, 200)})`,
					);
			}
			return {
				wallMs: result.nodeMs(),
				workflowMs: result.workflowMs,
				maxInFlight: server.state.maxInFlight,
				requests: server.state.requests,
				peakKb: memory.peak,
				memory,
				items,
			};
		};
		const measureRaw = async (n, latency, concurrency) => {
			server.reset({ latencyMs: latency });
			const result = await rawLoop({ url: serverUrl, n, concurrency });
			if (result.ok !== n) throw new Error(`raw loop: ${result.ok} of ${n} answers were right`);
			return {
				wallMs: result.ms,
				maxInFlight: server.state.maxInFlight,
				requests: server.state.requests,
			};
		};

		console.log('');
		console.log(`n8n process: pid ${pid} (${cmdline.slice(0, 120)})`);
		console.log(
			`our node: ${feature.concurrencyNote}; requestsPerSecond option: ${feature.requestsPerSecond ? 'present (left at its default)' : 'absent'}; create: ${feature.create ? `available (name ${feature.createName.collection ? `in ${feature.createName.collection}` : 'top-level'})` : 'not available'}`,
		);
		console.log(
			`HTTP Request: version ${feature.httpVersion}; (c) batching = batch size ${HTTP_BATCH.batchSize}, interval ${HTTP_BATCH.batchInterval} ms`,
		);

		// ── Warm-up: JIT, first-execution costs, keep-alive sockets, and n8n's heap grown to its working size.
		// A first full-size run is markedly slower (measured here: 7.6 ms per item against 3.1 ms later), so every
		// variant runs its N items once at L = 0 before anything is measured; (c) only a few, as it is paced. ──
		await step(
			`warm-up (${N} items through (a), (b), (d) and ${Math.min(N, 50)} through (c), L = 0)`,
			async () => {
				for (const key of ['ours', 'httpDefault']) await measure(key, N, 0);
				await measure('httpBatch', Math.min(N, 50), 0);
				await measureRaw(N, 0, feature.concurrency);
			},
		);

		const c = feature.concurrency;
		const variants = [
			{ key: 'ours', label: '(a) CarrierX node, default options', concurrency: c },
			{ key: 'httpDefault', label: '(b) HTTP Request, default', concurrency: N },
			{
				key: 'httpBatch',
				label: `(c) HTTP Request, batch ${HTTP_BATCH.batchSize}/${HTTP_BATCH.batchInterval} ms`,
				concurrency: HTTP_BATCH.batchSize,
			},
			{ key: 'raw', label: '(d) raw Node.js keep-alive loop', concurrency: c },
		];
		const runVariant = async (variant, latency) =>
			variant.key === 'raw'
				? await measureRaw(N, latency, variant.concurrency)
				: await measure(variant.key, N, latency, { check: true });

		// ── Pass 1: L = 0, per-item cost ──
		const zero = {};
		await step(`pass L = 0 ms (${N} items each)`, async () => {
			for (const variant of variants) {
				// (c) at L = 0 would only measure its batch interval; it uses (b)'s per-item cost (same node code).
				if (variant.key === 'httpBatch' && HTTP_BATCH.batchInterval > 0) continue;
				zero[variant.key] = await runVariant(variant, 0);
			}
		});
		// ── Pass 2: L = LATENCY_MS, the main comparison ──
		const main = {};
		await step(`pass L = ${LATENCY_MS} ms (${N} items each)`, async () => {
			for (const variant of variants) main[variant.key] = await runVariant(variant, LATENCY_MS);
		});

		const costOf = (key) => (zero[key] ?? zero.httpDefault).wallMs / N;
		const ideal = (variant) =>
			Math.max(
				(N * LATENCY_MS) / variant.concurrency,
				N * costOf(variant.key === 'httpBatch' ? 'httpDefault' : variant.key),
			);
		const rows = variants.map((variant) => {
			const figures = main[variant.key];
			const best = ideal(variant);
			return [
				variant.label,
				variant.concurrency,
				fmtMs(figures.wallMs),
				variant.key === 'raw' ? '—' : fmtMs(figures.workflowMs),
				fmtMs(best),
				fmtNum(figures.wallMs / best, 2),
				fmtNum((N * 1000) / figures.wallMs),
				figures.maxInFlight,
				variant.key === 'raw' ? '—' : fmtPeak(figures.memory),
			];
		});

		// ── Fault run ──
		const faultRun = await step(
			`fault run (${FAULT_UPDATES} updates${feature.create ? ` + ${FAULT_CREATES} creates` : ''}, L = ${LATENCY_MS} ms)`,
			async () => {
				server.reset({ latencyMs: LATENCY_MS, faults: FAULT_MIX });
				const result = await execute(flows.faults, {
					updates: FAULT_UPDATES,
					creates: FAULT_CREATES,
				});
				const keys = server.state.keys;
				const updates = checkItems(
					result.items('Update rooms'),
					FAULT_UPDATES,
					(i) => `update:${sidOf(i)}`,
					(json, i) => json.meeting_room_sid === sidOf(i) && json.name === `bench-${i}`,
					keys,
				);
				let creates;
				let createLog;
				if (feature.create) {
					creates = checkItems(
						result.items('Create rooms'),
						FAULT_CREATES,
						createKey,
						(json, i) =>
							typeof json.meeting_room_sid === 'string' && json.name === `bench-create-${i}`,
						keys,
					);
					createLog = { twice: 0, resentAfterAmbiguous: 0, resentAfter429: 0, reached: 0 };
					for (const [key, outcomes] of keys) {
						if (!key.startsWith('create:')) continue;
						createLog.reached++;
						if (outcomes.filter((entry) => entry.applied).length > 1) createLog.twice++;
						outcomes.slice(0, -1).forEach((entry) => {
							if (entry.outcome === 429) createLog.resentAfter429++;
							else createLog.resentAfterAmbiguous++;
						});
					}
				}
				const nodeMs =
					(result.nodeMs('Update rooms') ?? 0) +
					(feature.create ? (result.nodeMs('Create rooms') ?? 0) : 0);
				return {
					result,
					updates,
					creates,
					createLog,
					pauses: pausesFromLog(keys),
					answers: { ...server.state.answers },
					requests: server.state.requests,
					nodeMs,
					maxInFlight: server.state.maxInFlight,
				};
			},
		);

		// ── Memory run ──
		const memory = {};
		await step(`memory run (${MEMORY_SMALL} and ${MEMORY_LARGE} items, L = 0)`, async () => {
			// For scale: the same small run through HTTP Request (default), whose output is the same room JSON. First,
			// so that it does not start with a heap our large run has already grown.
			memory.http = await measure('httpDefault', MEMORY_SMALL, 0);
			memory.small = await measure('ours', MEMORY_SMALL, 0);
			memory.large = await measure('ours', MEMORY_LARGE, 0);
		});

		// ── Report ──
		console.log('');
		console.log(
			`Main comparison: N = ${N} PATCH /meeting_rooms/{sid}, server latency L = ${LATENCY_MS} ms`,
		);
		console.log(
			table(
				[
					'variant',
					'c',
					'wall',
					'workflow',
					'ideal',
					'wall/ideal',
					'items/s',
					'max in flight',
					'peak RSS',
				],
				rows,
			),
		);
		console.log(
			"  wall: the node's own execution time from n8n's execution record (runData[node].executionTime; it leaves",
		);
		console.log(
			"        out n8n start-up, the webhook and the Code node making the items); (d): the loop's own clock.",
		);
		console.log(
			"  workflow: the execution record's startedAt → stoppedAt (Webhook + Code node + the node).",
		);
		console.log(
			`  ideal: max(N·L/c, N × per-item cost at L = 0); c = the concurrency each variant is configured for (HTTP Request`,
		);
		console.log(
			`        default sends every item at once: c = N); (c) uses (b)'s per-item cost. peak RSS: the n8n main process's`,
		);
		console.log(
			`        ${main.ours.memory.method} during the run (reset before each run through /proc/<pid>/clear_refs); in brackets`,
		);
		console.log('        its rise over the RSS before the run.');

		console.log('');
		console.log('Per-item overhead at L = 0 (node execution time / N):');
		console.log(
			table(
				['variant', 'wall', 'per item', 'max in flight', 'peak RSS'],
				variants
					.filter((variant) => zero[variant.key])
					.map((variant) => [
						variant.label,
						fmtMs(zero[variant.key].wallMs),
						`${fmtNum((zero[variant.key].wallMs / N) * 1000, 0)} µs`,
						zero[variant.key].maxInFlight,
						variant.key === 'raw' ? '—' : fmtPeak(zero[variant.key].memory),
					]),
			),
		);

		const oursMaxInFlight = Math.max(
			zero.ours.maxInFlight,
			main.ours.maxInFlight,
			faultRun.maxInFlight,
			memory.small.maxInFlight,
			memory.large.maxInFlight,
		);
		const targets = [
			[
				`our wall time ≤ HTTP Request default's at L = ${LATENCY_MS} ms`,
				`${fmtMs(main.ours.wallMs)} vs ${fmtMs(main.httpDefault.wallMs)}`,
				main.ours.wallMs <= main.httpDefault.wallMs,
			],
			[
				'our wall time ≤ 1.2 × ideal',
				`${fmtMs(main.ours.wallMs)} vs ${fmtMs(1.2 * ideal(variants[0]))}`,
				main.ours.wallMs <= 1.2 * ideal(variants[0]),
			],
			[
				'server max in flight ≤ our configured concurrency (every run of ours)',
				`${oursMaxInFlight} vs ${c}`,
				oursMaxInFlight <= c,
			],
			[
				"at L = 0, our per-item overhead ≤ HTTP Request default's",
				`${fmtNum((zero.ours.wallMs / N) * 1000)} µs vs ${fmtNum((zero.httpDefault.wallMs / N) * 1000)} µs`,
				zero.ours.wallMs <= zero.httpDefault.wallMs,
			],
		];
		console.log('');
		console.log('Targets:');
		console.log(
			table(
				['target', 'figures', 'verdict'],
				targets.map(([name, figures, ok]) => [name, figures, verdict(ok)]),
			),
		);

		// The fault run's time bound. Our clean time per request at L comes from the main pass (ours, L = LATENCY_MS,
		// already shared among the c lanes). A 429 pauses every lane for its Retry-After, so the pool is idle for the
		// union of the windows [429 answer, + Retry-After] (pausedMs). A 503/reset backoff holds only its own item;
		// with c lanes that each take the next item when free, list scheduling bounds those by Σbackoffs / c plus
		// the longest backoff total of one item. So:
		//     bound = clean time for every request sent + pausedMs + Σbackoffs / c + longest item's backoffs
		// For reference, clean time + the sum of all waits is the time if no two waits had overlapped at all.
		const { pauses } = faultRun;
		const cleanPerRequest = main.ours.wallMs / N;
		const cleanMs = cleanPerRequest * pauses.attempts;
		const serialMs = cleanMs + pauses.totalMs;
		const bound = cleanMs + pauses.pausedMs + pauses.backoffMs / c + pauses.longestItemBackoffMs;
		console.log('');
		console.log(
			`Fault run: ${FAULT_UPDATES} updates${feature.create ? ` + ${FAULT_CREATES} creates` : ' (create operation not available: creates skipped)'}, L = ${LATENCY_MS} ms, faults ${Math.round(FAULT_MIX.rateLimited * 100)}% 429 (Retry-After: ${RETRY_AFTER_SECONDS}) / ${Math.round(FAULT_MIX.unavailable * 100)}% 503 / ${Math.round(FAULT_MIX.reset * 100)}% reset, On Error: Continue (regular output)`,
		);
		console.log(
			`  server: ${faultRun.requests} requests, answers ${JSON.stringify(faultRun.answers)}, max in flight ${faultRun.maxInFlight}`,
		);
		const itemLine = (label, check) =>
			`  ${label}: ${check.total} items out (${check.results} results, ${check.errors} error items); missing ${check.missing}, duplicated ${check.duplicated}, wrong room ${check.wrong}, unpaired ${check.unpaired}, disagreeing with the server's last answer ${check.disagree} → ${check.ok ? 'every item exactly once, paired: met' : 'NOT met'}`;
		console.log(itemLine('updates', faultRun.updates));
		if (faultRun.creates) {
			console.log(itemLine('creates', faultRun.creates));
			const log = faultRun.createLog;
			console.log(
				`  creates at the server: ${log.reached} names; acted on twice ${log.twice}; sent again after a 503/reset ${log.resentAfterAmbiguous}; sent again after a 429 (safe) ${log.resentAfter429} → no create reached the server twice: ${verdict(log.twice === 0 && log.resentAfterAmbiguous === 0)}`,
			);
		} else {
			console.log('  creates: create operation not available on this branch; skipped');
		}
		console.log(
			`  waits implied by the server's log: ${pauses.rateLimitPauses} 429s (Retry-After ${RETRY_AFTER_SECONDS} s; their windows cover ${fmtMs(pauses.pausedMs)}), ${pauses.backoffPauses} backoffs after a 503/reset (${fmtMs(pauses.backoffMs)}, longest for one item ${fmtMs(pauses.longestItemBackoffMs)}); ${pauses.attempts} requests`,
		);
		console.log(
			`  time: node ${fmtMs(faultRun.nodeMs)} (workflow ${fmtMs(faultRun.result.workflowMs)}); clean time for ${pauses.attempts} requests ${fmtMs(cleanMs)} (${fmtNum(cleanPerRequest, 2)} ms each, from the main pass)`,
		);
		console.log(
			`  bound = clean + 429 pause windows + Σbackoffs/c + longest item's backoffs = ${fmtMs(cleanMs)} + ${fmtMs(pauses.pausedMs)} + ${fmtMs(pauses.backoffMs)}/${c} + ${fmtMs(pauses.longestItemBackoffMs)} = ${fmtMs(bound)} → node time within the bound: ${verdict(faultRun.nodeMs <= bound)}`,
		);
		console.log(`  (no waits overlapping at all would take clean + Σwaits = ${fmtMs(serialMs)})`);

		const perItem = (run, n) => ((run.memory.peak - run.memory.before) * 1024) / n;
		const outputBytes =
			memory.small.items.reduce((sum, item) => sum + JSON.stringify(item.json).length, 0) /
			MEMORY_SMALL;
		console.log('');
		console.log('Memory (L = 0, n8n main process):');
		console.log(
			table(
				['run', 'items', 'node time', 'RSS before', 'peak RSS', 'growth', 'growth per item'],
				[
					['(b) HTTP Request, default (for scale)', MEMORY_SMALL, memory.http],
					['(a) CarrierX node', MEMORY_SMALL, memory.small],
					['(a) CarrierX node', MEMORY_LARGE, memory.large],
				].map(([label, n, run]) => [
					label,
					n,
					fmtMs(run.wallMs),
					fmtMb(run.memory.before),
					fmtMb(run.memory.peak),
					fmtMb(run.memory.peak - run.memory.before),
					`${fmtNum(perItem(run, n) / 1024, 1)} kB`,
				]),
			),
		);
		console.log(
			`  output size: ${fmtNum(outputBytes)} bytes of JSON per item; growth is peak − RSS before the run and includes`,
		);
		console.log(
			"  the Code node's input items, n8n's run data and saving the execution to SQLite.",
		);
		console.log('');
		console.log(`Total: ${((Date.now() - started) / 1000).toFixed(0)} s`);
	} finally {
		if (n8nServer) await stop(n8nServer.child);
		await stopAll(5000);
		if (serverStarted) await server.stop();
		build.cleanup();
		if (!keep) rmSync(tmp, { recursive: true, force: true });
		else console.log(`kept ${tmp}`);
	}
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error(`\nbenchmark broke: ${error.stack || error.message || error}`);
		process.exit(1);
	},
);
