'use strict';
/**
 * SignalWire Compatibility (LaML / cXML) REST API simulator, conferences only (seed 004 and SignalWire's
 * own spec): HTTP Basic project:token, the project ID in the path, form-urlencoded request bodies with
 * PascalCase fields, JSON answers with snake_case fields, errors as `{code, message, more_info, status}`.
 *
 * Error shapes chosen per SignalWire's spec: update_conference declares its 400/401/404/422/503 answers as
 * `CompatibilityErrorResponse` (`{code, ...}`), so invalid fields and updates of a completed conference answer
 * 422 code 10000. `{errors: [...]}` is declared only for recording and stream updates; tests inject it.
 * Codes for cases the docs do not name (415, 405, 5xx) follow the Twilio-compatible numbering.
 */
const { Simulator, HttpError, basicAuth } = require('./base');

const BASE = '/api/laml/2010-04-01';
const MORE_INFO = 'https://developer.signalwire.com/compatibility-api/reference/error-codes';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UPDATE_FIELDS = new Set(['Status', 'AnnounceUrl', 'AnnounceMethod']);

const DEFAULT_CREDENTIALS = { projectId: '6f1b8a2e-4c3d-4e5f-9a7b-1c2d3e4f5a6b', apiToken: 'PTsandbox-api-token' };

/** In-progress conferences present after start and after every `reset()`, for examples and tests. */
const SEED_CONFERENCES = [
	{ sid: 'a1c2e3f4-0001-4b5c-8d7e-9f0a1b2c3d01', friendly_name: 'Team standup', status: 'in-progress' },
	{ sid: 'a1c2e3f4-0002-4b5c-8d7e-9f0a1b2c3d02', friendly_name: 'Support bridge', status: 'in-progress' },
	{ sid: 'a1c2e3f4-0003-4b5c-8d7e-9f0a1b2c3d03', friendly_name: 'Yesterday all-hands', status: 'completed' },
];
const SEED_DATE = 'Mon, 01 Jun 2026 09:00:00 +0000';

function rfc2822(date = new Date()) {
	return date.toUTCString().replace(/GMT$/, '+0000');
}

function swError(status, code, message) {
	return new HttpError(status, { code, message, more_info: MORE_INFO, status });
}

const invalid = (message) => swError(422, 10000, message);

function isHttpUrl(value) {
	try {
		const url = new URL(value);
		return url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		return false;
	}
}

function createSignalWireSimulator(options = {}) {
	const credentials = { ...DEFAULT_CREDENTIALS, ...(options.credentials || {}) };
	const accountPath = () => `${BASE}/Accounts/${credentials.projectId}`;
	const conferences = new Map();
	/** Announcements asked for, in order: { conferenceSid, url, method }. */
	const announcements = [];

	function seed() {
		conferences.clear();
		announcements.length = 0;
		for (const entry of SEED_CONFERENCES) {
			conferences.set(entry.sid, {
				sid: entry.sid,
				account_sid: credentials.projectId,
				date_created: SEED_DATE,
				date_updated: SEED_DATE,
				friendly_name: entry.friendly_name,
				status: entry.status,
				api_version: '2010-04-01',
				region: 'us1',
				uri: `${accountPath()}/Conferences/${entry.sid}`,
				subresource_uris: {
					participants: `${accountPath()}/Conferences/${entry.sid}/Participants`,
					recordings: `${accountPath()}/Conferences/${entry.sid}/Recordings`,
				},
			});
		}
	}
	seed();

	/** Basic project:token, and the project in the path must be the authenticated one. */
	function authenticate(record, accountSegment) {
		const auth = basicAuth(record);
		let pathProject;
		try {
			pathProject = decodeURIComponent(accountSegment);
		} catch {
			pathProject = undefined;
		}
		if (!auth || auth.user !== credentials.projectId || auth.password !== credentials.apiToken || pathProject !== auth.user) {
			throw swError(401, 20003, 'Authentication Error - invalid username');
		}
	}

	function findConference(sidSegment) {
		const conference = UUID.test(sidSegment) ? conferences.get(sidSegment.toLowerCase()) : undefined;
		if (!conference) throw swError(404, 20404, 'Not Found');
		return conference;
	}

	function formBody(record) {
		if (record.rawBody.length === 0) return {};
		const type = (record.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
		if (type !== 'application/x-www-form-urlencoded') {
			throw swError(415, 10000, `Unsupported Content-Type "${type || '(none)'}"; send application/x-www-form-urlencoded`);
		}
		return record.body;
	}

	/**
	 * One page of a list, SignalWire-style: `PageSize` (default 50, at most 1000, and at most `sim.pageSizeLimit`,
	 * which tests lower to force several pages), then an opaque `PageToken` in `next_page_uri`.
	 */
	function listPage(record, records, key, listPath) {
		const rawSize = record.query.PageSize;
		if (rawSize !== undefined && !/^\d+$/.test(rawSize)) throw invalid(`Invalid PageSize "${rawSize}"`);
		const requested = rawSize === undefined ? 50 : Number(rawSize);
		if (requested < 1 || requested > 1000) throw invalid('PageSize must be between 1 and 1000');
		const size = Math.min(requested, sim.pageSizeLimit);
		let start = 0;
		if (record.query.PageToken !== undefined) {
			const match = /^PA(\d+)$/.exec(record.query.PageToken);
			if (!match) throw invalid(`Invalid PageToken "${record.query.PageToken}"`);
			start = Number(match[1]);
		}
		const page = start / size;
		const slice = records.slice(start, start + size);
		const uri = (pageStart, pageNumber) => `${listPath}?PageSize=${requested}&Page=${pageNumber}${pageStart ? `&PageToken=PA${pageStart}` : ''}`;
		return {
			body: {
				uri: uri(start, Math.floor(page)),
				first_page_uri: uri(0, 0),
				next_page_uri: start + size < records.length ? uri(start + size, Math.floor(page) + 1) : null,
				previous_page_uri: start > 0 ? uri(Math.max(0, start - size), Math.max(0, Math.floor(page) - 1)) : null,
				page: Math.floor(page),
				page_size: size,
				start,
				end: start + slice.length - 1,
				[key]: slice,
			},
		};
	}

	/** SignalWire's date filters compare days (YYYY-MM-DD); `<` and `>` are inclusive there. */
	function dayOf(rfcDate) {
		return new Date(rfcDate).toISOString().slice(0, 10);
	}

	function matchesDates(record, query, field, param) {
		const day = dayOf(record[field]);
		for (const [suffix, test] of [['', (a, b) => a === b], ['<', (a, b) => a <= b], ['>', (a, b) => a >= b]]) {
			const value = query[`${param}${suffix}`];
			if (value === undefined) continue;
			if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw invalid(`Invalid ${param}${suffix} "${value}": use YYYY-MM-DD`);
			if (!test(day, value)) return false;
		}
		return true;
	}

	const sim = new Simulator('SignalWire', [
		['GET', new RegExp(`^${BASE}/Accounts/([^/]+)/Conferences(?:\\.json)?$`), (record, match) => {
			authenticate(record, match[1]);
			const { FriendlyName, Status } = record.query;
			if (FriendlyName !== undefined && FriendlyName.length > 64) throw invalid('FriendlyName must be at most 64 characters');
			if (Status !== undefined && !['init', 'in-progress', 'completed'].includes(Status)) throw invalid(`Invalid Status "${Status}"`);
			const list = [...conferences.values()]
				.filter((conference) => FriendlyName === undefined || conference.friendly_name === FriendlyName)
				.filter((conference) => Status === undefined || conference.status === Status)
				.filter((conference) => matchesDates(conference, record.query, 'date_created', 'DateCreated'))
				.filter((conference) => matchesDates(conference, record.query, 'date_updated', 'DateUpdated'));
			return listPage(record, list, 'conferences', `${accountPath()}/Conferences`);
		}],
		['GET', new RegExp(`^${BASE}/Accounts/([^/]+)$`), (record, match) => {
			authenticate(record, match[1]);
			return {
				body: {
					sid: credentials.projectId,
					friendly_name: 'Sandbox project',
					status: 'active',
					type: 'Full',
					date_created: SEED_DATE,
					date_updated: SEED_DATE,
					owner_account_sid: credentials.projectId,
					uri: accountPath(),
					subresource_uris: { conferences: `${accountPath()}/Conferences` },
				},
			};
		}],
		['GET', new RegExp(`^${BASE}/Accounts/([^/]+)/Conferences/([^/]+)$`), (record, match) => {
			authenticate(record, match[1]);
			return { body: findConference(match[2]) };
		}],
		['POST', new RegExp(`^${BASE}/Accounts/([^/]+)/Conferences/([^/]+)$`), (record, match) => {
			authenticate(record, match[1]);
			const conference = findConference(match[2]);
			const body = formBody(record);
			const unknown = Object.keys(body).filter((key) => !UPDATE_FIELDS.has(key));
			if (unknown.length > 0) throw invalid(`Unknown parameter${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
			if (body.Status !== undefined && body.Status !== 'completed') throw invalid(`Invalid Status "${body.Status}": only "completed" is allowed`);
			if (body.AnnounceUrl !== undefined && !isHttpUrl(body.AnnounceUrl)) throw invalid('AnnounceUrl must be a valid http or https URL');
			if (body.AnnounceMethod !== undefined && body.AnnounceMethod !== 'GET' && body.AnnounceMethod !== 'POST') {
				throw invalid(`Invalid AnnounceMethod "${body.AnnounceMethod}": use GET or POST`);
			}
			if (conference.status === 'completed') throw invalid('Cannot update a conference that is already completed');
			if (body.AnnounceUrl !== undefined) {
				announcements.push({ conferenceSid: conference.sid, url: body.AnnounceUrl, method: body.AnnounceMethod || 'POST' });
			}
			if (body.Status === 'completed') conference.status = 'completed';
			conference.date_updated = rfc2822();
			return { body: conference };
		}],
	]);

	// The base server answers its own failures (unknown path, wrong method, a field sent twice, broken JSON)
	// with `{message}`; give them SignalWire's shape. Test-injected bodies with a code, an errors list or
	// plain text pass through unchanged.
	const send = sim.send.bind(sim);
	sim.send = (res, answer) => {
		const status = answer.status ?? 200;
		const body = answer.body;
		const plain = body !== null && typeof body === 'object' && !Array.isArray(body) && body.code === undefined && body.errors === undefined;
		if (status >= 400 && plain) {
			const code = status === 404 ? 20404 : status === 405 ? 20004 : status >= 500 ? 20500 : 10000;
			const message = status === 404 ? 'Not Found' : status === 405 ? 'Method not allowed' : body.message || 'Bad Request';
			return send(res, { ...answer, body: { code, message, more_info: MORE_INFO, status } });
		}
		return send(res, answer);
	};

	sim.pageSizeLimit = 1000;
	/** Adds `count` in-progress conferences named `${prefix} n`, for paging tests. */
	sim.addConferences = (count, prefix = 'Conference') => {
		for (let n = 1; n <= count; n++) {
			const sid = `c0ffee00-${String(n).padStart(4, '0')}-4000-8000-${String(conferences.size).padStart(12, '0')}`;
			conferences.set(sid, {
				sid,
				account_sid: credentials.projectId,
				date_created: SEED_DATE,
				date_updated: SEED_DATE,
				friendly_name: `${prefix} ${n}`,
				status: 'in-progress',
				api_version: '2010-04-01',
				region: 'us1',
				uri: `${accountPath()}/Conferences/${sid}`,
				subresource_uris: { participants: `${accountPath()}/Conferences/${sid}/Participants`, recordings: `${accountPath()}/Conferences/${sid}/Recordings` },
			});
		}
	};
	sim.credentials = credentials;
	sim.conferences = conferences;
	sim.announcements = announcements;
	sim.seedSids = SEED_CONFERENCES.map((entry) => entry.sid);
	sim.reset = () => { seed(); sim.clearRequests(); sim.injected.length = 0; sim.pageSizeLimit = 1000; };
	/** The next `count` requests get SignalWire's rate-limit answer (HTTP 429, code 20429). */
	sim.injectRateLimit = (count = 1, retryAfterSeconds) => sim.inject({
		status: 429,
		body: { code: 20429, message: 'Too Many Requests', more_info: MORE_INFO, status: 429 },
		headers: retryAfterSeconds === undefined ? {} : { 'Retry-After': String(retryAfterSeconds) },
	}, count);
	/** The next `count` requests fail with a 5xx in SignalWire's error shape (default 503). */
	sim.injectServerError = (status = 503, count = 1) => sim.inject({
		status,
		body: { code: status === 503 ? 20503 : 20500, message: status === 503 ? 'Service Unavailable' : 'Internal Server Error', more_info: MORE_INFO, status },
	}, count);
	return sim;
}

module.exports = { createSignalWireSimulator, DEFAULT_CREDENTIALS, SEED_CONFERENCES };
