'use strict';
/**
 * SignalWire Compatibility (LaML / cXML) REST API simulator: conferences, their participants and their
 * recordings (seed 004 and SignalWire's own spec): HTTP Basic project:token, the project ID in the path, form-urlencoded request bodies with
 * PascalCase fields, JSON answers with snake_case fields, errors as `{code, message, more_info, status}`.
 *
 * Error shapes chosen per SignalWire's spec: update_conference declares its 400/401/404/422/503 answers as
 * `CompatibilityErrorResponse` (`{code, ...}`), so invalid fields and updates of a completed conference answer
 * 422 code 10000. `{errors: [...]}` is declared only for recording and stream updates, so recording updates
 * answer their 422s that way (conference updates get it only when a test injects it).
 *
 * Participants (the participant ID is the call SID) answer 422 code 10000 when the participant or its
 * conference has completed, and 422 code 16002 when the call to coach is not in the conference. SignalWire
 * documents neither the exact wording nor whether "PauseBehavior" without "paused" is refused; the simulator
 * refuses it, as the node never sends it.
 * Codes for cases the docs do not name (415, 405, 5xx) follow the Twilio-compatible numbering.
 */
const { Simulator, HttpError, basicAuth } = require('./base');

const BASE = '/api/laml/2010-04-01';
const MORE_INFO = 'https://developer.signalwire.com/compatibility-api/reference/error-codes';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UPDATE_FIELDS = new Set(['Status', 'AnnounceUrl', 'AnnounceMethod']);
const PARTICIPANT_UPDATE_FIELDS = new Set([
	'Muted', 'Hold', 'HoldUrl', 'HoldMethod', 'AnnounceUrl', 'AnnounceMethod', 'WaitUrl', 'WaitMethod', 'Coaching', 'CallSidToCoach',
]);
const RECORDING_UPDATE_FIELDS = new Set(['Status', 'PauseBehavior']);

const DEFAULT_CREDENTIALS = { projectId: '6f1b8a2e-4c3d-4e5f-9a7b-1c2d3e4f5a6b', apiToken: 'PTsandbox-api-token' };

/** In-progress conferences present after start and after every `reset()`, for examples and tests. */
const SEED_CONFERENCES = [
	{ sid: 'a1c2e3f4-0001-4b5c-8d7e-9f0a1b2c3d01', friendly_name: 'Team standup', status: 'in-progress' },
	{ sid: 'a1c2e3f4-0002-4b5c-8d7e-9f0a1b2c3d02', friendly_name: 'Support bridge', status: 'in-progress' },
	{ sid: 'a1c2e3f4-0003-4b5c-8d7e-9f0a1b2c3d03', friendly_name: 'Yesterday all-hands', status: 'completed' },
];
const SEED_DATE = 'Mon, 01 Jun 2026 09:00:00 +0000';
const EARLIER_DATE = 'Sun, 31 May 2026 17:30:00 +0000';

/** Participants (call SIDs) per seeded conference; every participant of the completed conference has left. */
const SEED_PARTICIPANTS = [
	{ conferenceSid: SEED_CONFERENCES[0].sid, callSid: 'ca11e000-0101-4a00-8000-000000000101', muted: false, hold: false },
	{ conferenceSid: SEED_CONFERENCES[0].sid, callSid: 'ca11e000-0102-4a00-8000-000000000102', muted: true, hold: false },
	{ conferenceSid: SEED_CONFERENCES[0].sid, callSid: 'ca11e000-0103-4a00-8000-000000000103', muted: false, hold: true },
	{ conferenceSid: SEED_CONFERENCES[1].sid, callSid: 'ca11e000-0201-4a00-8000-000000000201', muted: false, hold: false },
	{ conferenceSid: SEED_CONFERENCES[2].sid, callSid: 'ca11e000-0301-4a00-8000-000000000301', muted: false, hold: false, status: 'completed' },
];

/** Recordings per seeded conference: one running and one finished earlier in the first, a paused one, a completed one. */
const SEED_RECORDINGS = [
	{ conferenceSid: SEED_CONFERENCES[0].sid, sid: '4ec0d000-0101-4a00-8000-000000000101', status: 'in-progress', date: SEED_DATE },
	{ conferenceSid: SEED_CONFERENCES[0].sid, sid: '4ec0d000-0102-4a00-8000-000000000102', status: 'completed', date: EARLIER_DATE, duration: 1800 },
	{ conferenceSid: SEED_CONFERENCES[1].sid, sid: '4ec0d000-0201-4a00-8000-000000000201', status: 'paused', date: SEED_DATE },
	{ conferenceSid: SEED_CONFERENCES[2].sid, sid: '4ec0d000-0301-4a00-8000-000000000301', status: 'completed', date: EARLIER_DATE, duration: 3600 },
];

function rfc2822(date = new Date()) {
	return date.toUTCString().replace(/GMT$/, '+0000');
}

function swError(status, code, message) {
	return new HttpError(status, { code, message, more_info: MORE_INFO, status });
}

const invalid = (message) => swError(422, 10000, message);
/** Recording (and stream) updates answer 422 as a list of strings, per SignalWire's spec. */
const invalidRecording = (...messages) => new HttpError(422, { errors: messages });

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
	/** conference SID → (call SID → participant). */
	const participants = new Map();
	/** conference SID → (recording SID → recording). */
	const recordings = new Map();
	/** Announcements asked for, in order: { conferenceSid, url, method }, plus callSid for one participant. */
	const announcements = [];

	function participantsOf(conferenceSid) {
		if (!participants.has(conferenceSid)) participants.set(conferenceSid, new Map());
		return participants.get(conferenceSid);
	}

	function recordingsOf(conferenceSid) {
		if (!recordings.has(conferenceSid)) recordings.set(conferenceSid, new Map());
		return recordings.get(conferenceSid);
	}

	function addParticipant({ conferenceSid, callSid, muted = false, hold = false, status = 'in-progress' }) {
		participantsOf(conferenceSid).set(callSid, {
			account_sid: credentials.projectId,
			call_sid: callSid,
			call_sid_to_coach: null,
			coaching: false,
			conference_sid: conferenceSid,
			date_created: SEED_DATE,
			date_updated: SEED_DATE,
			status,
			end_conference_on_exit: false,
			muted,
			hold,
			start_conference_on_enter: true,
			uri: `${accountPath()}/Conferences/${conferenceSid}/Participants/${callSid}`,
		});
	}

	function addRecording({ conferenceSid, sid, status, date, duration = -1 }) {
		const done = status === 'completed' || status === 'stopped';
		recordingsOf(conferenceSid).set(sid, {
			sid,
			account_sid: credentials.projectId,
			api_version: '2010-04-01',
			call_sid: null,
			conference_sid: conferenceSid,
			channel: '1',
			channels: '1',
			date_created: date,
			date_updated: date,
			start_time: date,
			end_time: done ? date : null,
			duration,
			price: done ? '-0.0025' : null,
			price_unit: 'USD',
			source: 'StartConferenceRecording',
			status,
			error_code: null,
			uri: `${accountPath()}/Conferences/${conferenceSid}/Recordings/${sid}`,
			subresource_uris: { transcriptions: `${accountPath()}/Recordings/${sid}/Transcriptions` },
			encryption_details: null,
			trim: 'do-not-trim',
		});
	}

	function seed() {
		conferences.clear();
		participants.clear();
		recordings.clear();
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
		for (const entry of SEED_PARTICIPANTS) addParticipant(entry);
		for (const entry of SEED_RECORDINGS) addRecording(entry);
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

	/** 404 when either the conference or the participant is unknown, as SignalWire answers both. */
	function findParticipant(conferenceSegment, callSidSegment) {
		const conference = findConference(conferenceSegment);
		const participant = UUID.test(callSidSegment) ? participantsOf(conference.sid).get(callSidSegment.toLowerCase()) : undefined;
		if (!participant) throw swError(404, 20404, 'Not Found');
		return { conference, participant };
	}

	function findRecording(conferenceSegment, sidSegment) {
		const conference = findConference(conferenceSegment);
		const recording = UUID.test(sidSegment) ? recordingsOf(conference.sid).get(sidSegment.toLowerCase()) : undefined;
		if (!recording) throw swError(404, 20404, 'Not Found');
		return { conference, recording };
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
		// Like SignalWire, the page links repeat the list's filters, so following them keeps the list filtered.
		const filters = new URLSearchParams(
			Object.entries(record.query).filter(([name]) => !['Page', 'PageSize', 'PageToken'].includes(name)),
		).toString();
		const uri = (pageStart, pageNumber) =>
			`${listPath}?${filters ? `${filters}&` : ''}PageSize=${requested}&Page=${pageNumber}${pageStart ? `&PageToken=PA${pageStart}` : ''}`;
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

		// Participants: the ID is the participant's call SID.
		['GET', new RegExp(`^${BASE}/Accounts/([^/]+)/Conferences/([^/]+)/Participants(?:\\.json)?$`), (record, match) => {
			authenticate(record, match[1]);
			const conference = findConference(match[2]);
			const flags = {};
			for (const name of ['Muted', 'Hold']) {
				const value = record.query[name];
				if (value === undefined) continue;
				if (value !== 'true' && value !== 'false') throw invalid(`Invalid ${name} "${value}": use true or false`);
				flags[name.toLowerCase()] = value === 'true';
			}
			const list = [...participantsOf(conference.sid).values()].filter(
				(participant) => Object.entries(flags).every(([field, wanted]) => participant[field] === wanted),
			);
			return listPage(record, list, 'participants', `${accountPath()}/Conferences/${conference.sid}/Participants`);
		}],
		['GET', new RegExp(`^${BASE}/Accounts/([^/]+)/Conferences/([^/]+)/Participants/([^/]+)$`), (record, match) => {
			authenticate(record, match[1]);
			return { body: findParticipant(match[2], match[3]).participant };
		}],
		['POST', new RegExp(`^${BASE}/Accounts/([^/]+)/Conferences/([^/]+)/Participants/([^/]+)$`), (record, match) => {
			authenticate(record, match[1]);
			const { conference, participant } = findParticipant(match[2], match[3]);
			const body = formBody(record);
			const unknown = Object.keys(body).filter((key) => !PARTICIPANT_UPDATE_FIELDS.has(key));
			if (unknown.length > 0) throw invalid(`Unknown parameter${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}`);
			for (const name of ['Muted', 'Hold', 'Coaching']) {
				if (body[name] !== undefined && body[name] !== 'true' && body[name] !== 'false') throw invalid(`Invalid ${name} "${body[name]}": use true or false`);
			}
			for (const name of ['HoldUrl', 'AnnounceUrl', 'WaitUrl']) {
				if (body[name] !== undefined && !isHttpUrl(body[name])) throw invalid(`${name} must be a valid http or https URL`);
			}
			for (const name of ['HoldMethod', 'AnnounceMethod', 'WaitMethod']) {
				if (body[name] !== undefined && body[name] !== 'GET' && body[name] !== 'POST') throw invalid(`Invalid ${name} "${body[name]}": use GET or POST`);
			}
			if (body.CallSidToCoach !== undefined && !UUID.test(body.CallSidToCoach)) throw invalid(`Invalid CallSidToCoach "${body.CallSidToCoach}"`);
			if (conference.status === 'completed' || participant.status === 'completed') {
				throw invalid('Cannot update a participant whose call or conference has already completed');
			}
			if (body.Coaching === 'true' && body.CallSidToCoach === undefined && !participant.call_sid_to_coach) {
				throw invalid('CallSidToCoach is required when Coaching is true');
			}
			if (body.CallSidToCoach !== undefined) {
				const coached = participantsOf(conference.sid).get(body.CallSidToCoach.toLowerCase());
				if (!coached || coached.status !== 'in-progress' || coached === participant) {
					throw swError(422, 16002, `Invalid conference attributes: call ${body.CallSidToCoach} is not a participant of this conference`);
				}
			}
			if (body.Muted !== undefined) participant.muted = body.Muted === 'true';
			if (body.Hold !== undefined) participant.hold = body.Hold === 'true';
			if (body.Coaching !== undefined) participant.coaching = body.Coaching === 'true';
			if (body.CallSidToCoach !== undefined) participant.call_sid_to_coach = body.CallSidToCoach.toLowerCase();
			if (body.Coaching === 'false') participant.call_sid_to_coach = null;
			if (body.AnnounceUrl !== undefined) {
				announcements.push({ conferenceSid: conference.sid, callSid: participant.call_sid, url: body.AnnounceUrl, method: body.AnnounceMethod || 'POST' });
			}
			participant.date_updated = rfc2822();
			return { body: participant };
		}],
		['DELETE', new RegExp(`^${BASE}/Accounts/([^/]+)/Conferences/([^/]+)/Participants/([^/]+)$`), (record, match) => {
			authenticate(record, match[1]);
			const { conference, participant } = findParticipant(match[2], match[3]);
			if (conference.status === 'completed' || participant.status === 'completed') {
				throw invalid('Cannot remove a participant whose call or conference has already completed');
			}
			// Kicking the participant ends its call leg; it leaves the conference's list.
			participantsOf(conference.sid).delete(participant.call_sid);
			return { status: 204 };
		}],

		// Conference recordings.
		['GET', new RegExp(`^${BASE}/Accounts/([^/]+)/Conferences/([^/]+)/Recordings(?:\\.json)?$`), (record, match) => {
			authenticate(record, match[1]);
			const conference = findConference(match[2]);
			const list = [...recordingsOf(conference.sid).values()].filter((recording) => matchesDates(recording, record.query, 'date_created', 'DateCreated'));
			return listPage(record, list, 'recordings', `${accountPath()}/Conferences/${conference.sid}/Recordings`);
		}],
		['GET', new RegExp(`^${BASE}/Accounts/([^/]+)/Conferences/([^/]+)/Recordings/([^/]+)$`), (record, match) => {
			authenticate(record, match[1]);
			return { body: findRecording(match[2], match[3]).recording };
		}],
		['POST', new RegExp(`^${BASE}/Accounts/([^/]+)/Conferences/([^/]+)/Recordings/([^/]+)$`), (record, match) => {
			authenticate(record, match[1]);
			const { recording } = findRecording(match[2], match[3]);
			const body = formBody(record);
			const unknown = Object.keys(body).filter((key) => !RECORDING_UPDATE_FIELDS.has(key));
			if (unknown.length > 0) throw invalidRecording(...unknown.map((key) => `Unknown parameter ${key}`));
			if (body.Status === undefined) throw invalidRecording('Status is required');
			if (!['paused', 'in-progress', 'stopped'].includes(body.Status)) throw invalidRecording(`Status "${body.Status}" must be one of paused, in-progress, stopped`);
			if (body.PauseBehavior !== undefined && !['skip', 'silence'].includes(body.PauseBehavior)) {
				throw invalidRecording(`PauseBehavior "${body.PauseBehavior}" must be skip or silence`);
			}
			if (body.PauseBehavior !== undefined && body.Status !== 'paused') throw invalidRecording('PauseBehavior applies only when Status is paused');
			if (!['in-progress', 'paused', 'resumed'].includes(recording.status)) {
				throw invalidRecording(`Recording ${recording.sid} is ${recording.status} and can no longer be changed`);
			}
			recording.status = body.Status;
			if (body.Status === 'stopped') {
				recording.end_time = rfc2822();
				recording.duration = 60;
			}
			recording.date_updated = rfc2822();
			return { body: recording };
		}],
		['DELETE', new RegExp(`^${BASE}/Accounts/([^/]+)/Conferences/([^/]+)/Recordings/([^/]+)$`), (record, match) => {
			authenticate(record, match[1]);
			const { conference, recording } = findRecording(match[2], match[3]);
			recordingsOf(conference.sid).delete(recording.sid);
			return { status: 204 };
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
	/** Adds `count` in-progress, unmuted participants to a conference, for paging tests. */
	sim.addParticipants = (conferenceSid, count) => {
		for (let n = 1; n <= count; n++) {
			const callSid = `ca11ed00-${String(n).padStart(4, '0')}-4000-8000-${String(participantsOf(conferenceSid).size).padStart(12, '0')}`;
			addParticipant({ conferenceSid, callSid });
		}
	};
	/** Adds `count` completed recordings, created on the seed day, to a conference, for paging tests. */
	sim.addRecordings = (conferenceSid, count) => {
		for (let n = 1; n <= count; n++) {
			const sid = `4ec0de00-${String(n).padStart(4, '0')}-4000-8000-${String(recordingsOf(conferenceSid).size).padStart(12, '0')}`;
			addRecording({ conferenceSid, sid, status: 'completed', date: SEED_DATE, duration: n });
		}
	};
	sim.credentials = credentials;
	sim.conferences = conferences;
	sim.participants = participants;
	sim.recordings = recordings;
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

module.exports = { createSignalWireSimulator, DEFAULT_CREDENTIALS, SEED_CONFERENCES, SEED_PARTICIPANTS, SEED_RECORDINGS };
