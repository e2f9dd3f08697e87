'use strict';
/**
 * A small HTTP server base shared by the provider simulators. Each simulator enforces its provider's
 * contract (auth, content type, field rules, error bodies) and keeps state in memory. Tests, the sandbox
 * command and the end-to-end suite all use the same simulators. They bind to 127.0.0.1 only.
 */
const http = require('node:http');

class HttpError extends Error {
	constructor(status, body, headers = {}) {
		super(typeof body === 'string' ? body : JSON.stringify(body));
		this.status = status;
		this.body = body;
		this.headers = headers;
	}
}

function parseBody(contentType, raw) {
	if (raw.length === 0) return undefined;
	const type = (contentType || '').split(';')[0].trim().toLowerCase();
	if (type === 'application/json') return JSON.parse(raw);
	if (type === 'application/x-www-form-urlencoded') {
		const params = new URLSearchParams(raw);
		const result = {};
		for (const [key, value] of params) {
			if (key in result) throw new HttpError(400, { message: `Field ${key} sent twice` });
			result[key] = value;
		}
		return result;
	}
	return raw;
}

class Simulator {
	/**
	 * @param {string} name provider name, used in logs
	 * @param {Array<[string, RegExp, Function]>} routes method, path pattern, handler(req, match) → {status, body, headers}
	 */
	constructor(name, routes) {
		this.name = name;
		this.routes = routes;
		/** Every request received, in order: method, path, query, headers, raw body, parsed body. */
		this.requests = [];
		/** One-shot answers injected by tests: {match(req) → boolean, status, body, headers}. */
		this.injected = [];
		this.server = undefined;
		this.url = undefined;
		/** Delay before answering: ms, or a function of the recorded request (tests and the benchmark set it). */
		this.latency = 0;
		/** Requests being answered now, and the most there ever were at once (since `clearRequests`). */
		this.inFlight = 0;
		this.maxInFlight = 0;
	}

	/** Answer the next `count` requests that `match` accepts with `response` instead of the real handler. */
	inject(response, count = 1, match = () => true) {
		for (let i = 0; i < count; i++) this.injected.push({ ...response, match });
	}

	clearRequests() {
		this.requests.length = 0;
		this.maxInFlight = this.inFlight;
	}

	async start(port = 0, host = '127.0.0.1') {
		this.server = http.createServer((req, res) => this.handle(req, res));
		await new Promise((resolve, reject) => {
			this.server.once('error', reject);
			this.server.listen(port, host, resolve);
		});
		const address = this.server.address();
		this.url = `http://127.0.0.1:${address.port}`;
		return this.url;
	}

	async stop() {
		if (!this.server) return;
		const server = this.server;
		this.server = undefined;
		server.closeAllConnections?.();
		await new Promise((resolve) => server.close(() => resolve()));
	}

	handle(req, res) {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		this.inFlight++;
		this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
		let done = false;
		const finish = () => {
			if (done) return;
			done = true;
			this.inFlight--;
		};
		res.on('close', finish);
		req.on('end', () => {
			const raw = Buffer.concat(chunks).toString('utf8');
			const url = new URL(req.url, 'http://127.0.0.1');
			const record = {
				method: req.method,
				path: url.pathname,
				rawPath: req.url.split('?')[0],
				query: Object.fromEntries(url.searchParams),
				headers: req.headers,
				rawBody: raw,
				body: undefined,
			};
			this.requests.push(record);
			let answer;
			try {
				record.body = parseBody(req.headers['content-type'], raw);
				const injectedIndex = this.injected.findIndex((entry) => entry.match(record));
				if (injectedIndex !== -1) {
					answer = this.injected.splice(injectedIndex, 1)[0];
				} else {
					answer = this.route(record);
				}
			} catch (error) {
				if (error instanceof HttpError) answer = { status: error.status, body: error.body, headers: error.headers };
				else if (error instanceof SyntaxError) answer = { status: 400, body: { message: 'Body is not valid JSON' } };
				else answer = { status: 500, body: { message: String(error && error.message) } };
			}
			const delay = typeof this.latency === 'function' ? this.latency(record) : this.latency;
			if (delay > 0) setTimeout(() => this.send(res, answer), delay);
			else this.send(res, answer);
		});
	}

	route(record) {
		for (const [method, pattern, handler] of this.routes) {
			const match = pattern.exec(record.rawPath);
			if (match && method === record.method) return handler(record, match);
		}
		const pathKnown = this.routes.some(([, pattern]) => pattern.test(record.rawPath));
		throw new HttpError(pathKnown ? 405 : 404, this.notFoundBody ? this.notFoundBody(record) : { message: 'Not found' });
	}

	send(res, answer) {
		if (answer.reset) {
			// A connection reset: the request arrived, and the client never learns what happened to it.
			res.socket?.destroy();
			return;
		}
		const status = answer.status ?? 200;
		const headers = { ...(answer.headers || {}) };
		if (answer.body === undefined || status === 204) {
			res.writeHead(status, headers);
			res.end();
			return;
		}
		if (typeof answer.body === 'string') {
			if (!Object.keys(headers).some((key) => key.toLowerCase() === 'content-type')) {
				headers['Content-Type'] = 'text/plain; charset=utf-8';
			}
			res.writeHead(status, headers);
			res.end(answer.body);
			return;
		}
		headers['Content-Type'] = 'application/json';
		res.writeHead(status, headers);
		res.end(JSON.stringify(answer.body));
	}
}

function requireJson(record, errorBody) {
	const type = (record.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
	if (type !== 'application/json') throw new HttpError(415, errorBody('Content-Type must be application/json'));
	if (record.body === null || typeof record.body !== 'object' || Array.isArray(record.body)) {
		throw new HttpError(400, errorBody('The body must be a JSON object'));
	}
	return record.body;
}

function basicAuth(record) {
	const header = record.headers.authorization || '';
	const match = /^Basic\s+(.+)$/i.exec(header);
	if (!match) return undefined;
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	if (colon === -1) return undefined;
	return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

module.exports = { Simulator, HttpError, requireJson, basicAuth };
