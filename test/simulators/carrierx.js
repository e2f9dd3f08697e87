'use strict';
/**
 * CarrierX Conference API v2 simulator (seed 003, docs "responses" page): HTTP Basic with the conference
 * endpoint's login/password, JSON only (415 otherwise), 400 "No JSON object could be decoded", meeting rooms
 * with PATCH (partial) and PUT (whole object), 404 "Cannot find item by SID", 409 for an access code already
 * used in the same DID group, 422 object validation errors, and the CarrierX list envelope.
 * The error body `{message, errors: [{field, message, reference_sid}]}` is the project's inferred shape.
 *
 * Also: meeting rooms created (POST, docs) and deleted (DELETE → 204, inferred); live meetings (GET, PATCH
 * on_hold / participant_muted, DELETE ends them) and their calls (GET, PATCH muted / on_hold / name, DELETE drops
 * the caller). Lists take `limit` / `offset` (at most `sim.pageSizeLimit` records per page, which tests lower to
 * force several pages), `order` (`<field>`, `<field> asc`, `<field> desc`) and `filter` (`<field> <op> <value>`
 * joined by `and`; ops eq, ne, like with %, gt, ge, lt, le; values bare or double-quoted with \" and \\ escapes),
 * and answer 400 for a malformed filter or order. `total` is always null: the end is known from `has_more`.
 */
const { randomUUID } = require('node:crypto');
const { Simulator, HttpError, requireJson, basicAuth } = require('./base');

const BASE = '/conference/v2';
const SID = '([^/]+)';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACCESS_CODE = /^[0-9]{1,32}$/;
const ROLES = ['host', 'participant', 'listener'];
const MODIFIABLE = ['access_codes', 'did_group_sid', 'name', 'properties'];
const READ_ONLY = ['account_sid', 'meeting_room_sid'];

const DEFAULT_CREDENTIALS = { login: 'sandbox_conference_user', password: 'sandbox-conference-password' };

/** Stable SIDs of the seeded objects, for tests and examples. */
const SEED = {
	accountSid: 'a1f38bf7-5879-49c1-be72-50ffa7f249a6',
	/** The room of seed 003; no DID group. */
	roomSid: '2652635f-10a6-4b2a-a46b-2eeb75ddeab6',
	/** A room in the sandbox DID group, holding access codes 555001 (host) and 555002 (participant). */
	didGroupRoomSid: '0b7c4a8e-3f1d-4c2a-9e5b-6d8f7a1c2b3e',
	didGroupSid: '7a3b2c1d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
	/** A second, empty DID group. */
	otherDidGroupSid: 'c9d8e7f6-a5b4-4c3d-8e2f-1a0b9c8d7e6f',
	/** The live meeting in the seed 003 room, with three calls (host, participant, listener). */
	meetingSid: '5b1e0c2a-7d4f-4e8a-9c3b-1f2e3d4c5b6a',
	/** The live meeting in "Sales weekly", with one call. */
	salesMeetingSid: '6c2f1d3b-8e5a-4f9b-8d4c-2a3b4c5d6e7f',
	hostCallSid: 'd1a2b3c4-0001-4e5f-8a6b-7c8d9e0f1a01',
	participantCallSid: 'd1a2b3c4-0002-4e5f-8a6b-7c8d9e0f1a02',
	listenerCallSid: 'd1a2b3c4-0003-4e5f-8a6b-7c8d9e0f1a03',
	salesCallSid: 'd1a2b3c4-0004-4e5f-8a6b-7c8d9e0f1a04',
};

const SEED_DATE = '2026-11-21T15:00:00.000Z';
const ON_HOLD = ['', 'p', 'l', 'pl'];
const PARTICIPANT_MUTED = ['false', 'relaxed', 'true'];
const CALL_FIELDS = ['muted', 'on_hold', 'name'];
const MEETING_FIELDS = ['on_hold', 'participant_muted'];
const FILTER_OPS = ['eq', 'ne', 'like', 'gt', 'ge', 'lt', 'le'];

function errorBody(message, errors = []) {
	return { message, errors: errors.map((entry) => ({ field: null, reference_sid: null, ...entry })) };
}

const clone = (value) => JSON.parse(JSON.stringify(value));

function createCarrierXSimulator(options = {}) {
	const credentials = { ...DEFAULT_CREDENTIALS, ...(options.credentials || {}) };
	const rooms = new Map();
	const didGroups = new Map();
	const meetings = new Map();
	const calls = new Map();

	function addCall(meetingSid, fields) {
		const meeting = meetings.get(meetingSid);
		const call = {
			call_sid: fields.call_sid || randomUUID(),
			meeting_sid: meetingSid,
			meeting_room_sid: meeting.meeting_room_sid,
			account_sid: SEED.accountSid,
			access_code: '143623',
			role: 'participant',
			direction: 'In',
			number_src: '15162065319',
			number_dst: '15162065320',
			name: '',
			muted: false,
			on_hold: false,
			codecs: 'PCMU',
			gain_level: 0,
			duration: 60,
			date_created: SEED_DATE,
			date_joined: SEED_DATE,
			...fields,
		};
		calls.set(call.call_sid, call);
		return call;
	}

	function addMeeting(roomSid, fields = {}) {
		const meeting = {
			meeting_sid: fields.meeting_sid || randomUUID(),
			meeting_room_sid: roomSid,
			account_sid: SEED.accountSid,
			date_created: SEED_DATE,
			duration: 300,
			locked: false,
			on_hold: '',
			participant_muted: 'false',
			recording: false,
			...fields,
		};
		meetings.set(meeting.meeting_sid, meeting);
		return meeting;
	}

	function seed() {
		rooms.clear();
		didGroups.clear();
		meetings.clear();
		calls.clear();
		didGroups.set(SEED.didGroupSid, { did_group_sid: SEED.didGroupSid, account_sid: SEED.accountSid, name: 'Sandbox DID group', call_flow_sid: null, properties: {} });
		didGroups.set(SEED.otherDidGroupSid, { did_group_sid: SEED.otherDidGroupSid, account_sid: SEED.accountSid, name: 'Second DID group', call_flow_sid: null, properties: {} });
		rooms.set(SEED.roomSid, {
			access_codes: [
				{ access_code: '890671', role: 'host' },
				{ access_code: '265423', role: 'listener' },
				{ access_code: '143623', role: 'participant' },
			],
			account_sid: SEED.accountSid,
			properties: {},
			did_group_sid: null,
			meeting_room_sid: SEED.roomSid,
			name: 'My meeting room',
		});
		rooms.set(SEED.didGroupRoomSid, {
			access_codes: [
				{ access_code: '555001', role: 'host' },
				{ access_code: '555002', role: 'participant' },
			],
			account_sid: SEED.accountSid,
			properties: { intro_prompt: 'welcome' },
			did_group_sid: SEED.didGroupSid,
			meeting_room_sid: SEED.didGroupRoomSid,
			name: 'Sales weekly',
		});
		addMeeting(SEED.roomSid, { meeting_sid: SEED.meetingSid });
		addMeeting(SEED.didGroupRoomSid, { meeting_sid: SEED.salesMeetingSid, date_created: '2026-11-21T16:00:00.000Z' });
		addCall(SEED.meetingSid, { call_sid: SEED.hostCallSid, access_code: '890671', role: 'host', name: 'Alice Host' });
		addCall(SEED.meetingSid, { call_sid: SEED.participantCallSid, name: 'Bob "Bobby" Smith', number_src: '15162065321' });
		addCall(SEED.meetingSid, { call_sid: SEED.listenerCallSid, access_code: '265423', role: 'listener', name: '', number_src: '15162065322' });
		addCall(SEED.salesMeetingSid, { call_sid: SEED.salesCallSid, access_code: '555002', name: 'Carol Sales', number_src: '15162065323' });
	}
	seed();

	function authenticate(record) {
		const given = basicAuth(record);
		if (!given || given.user !== credentials.login || given.password !== credentials.password) {
			throw new HttpError(401, errorBody('unauthorized', [{ message: 'Bad credentials' }]));
		}
	}

	function jsonObject(record) {
		return requireJson(record, (message) =>
			message.startsWith('Content-Type')
				? errorBody('Unsupported media type', [{ message: 'Send Content-Type: application/json' }])
				: errorBody('No JSON object could be decoded'),
		);
	}

	function findIn(map, rawSid, field, what) {
		let sid;
		try {
			sid = decodeURIComponent(rawSid);
		} catch {
			sid = rawSid;
		}
		const found = map.get(sid);
		if (!found) throw new HttpError(404, errorBody('Cannot find item by SID', [{ field, message: `no ${what} with this SID`, reference_sid: sid }]));
		return found;
	}
	const findRoom = (rawSid) => findIn(rooms, rawSid, 'meeting_room_sid', 'meeting room');
	const findMeeting = (rawSid) => findIn(meetings, rawSid, 'meeting_sid', 'meeting');
	const findCall = (rawSid) => findIn(calls, rawSid, 'call_sid', 'call');

	/** A meeting as CarrierX shows it: attendee counts follow the calls in it. */
	function meetingView(meeting) {
		const attendees = { hosts: 0, participants: 0, listeners: 0 };
		for (const call of calls.values()) if (call.meeting_sid === meeting.meeting_sid) attendees[`${call.role}s`] += 1;
		return { ...meeting, attendees };
	}

	function unknownFields(body, allowed) {
		const errors = Object.keys(body).filter((field) => !allowed.includes(field)).map((field) => ({ field, message: 'unknown field' }));
		return errors;
	}

	function validateMeetingPatch(body) {
		const errors = unknownFields(body, MEETING_FIELDS);
		if ('on_hold' in body && !ON_HOLD.includes(body.on_hold)) errors.push({ field: 'on_hold', message: 'must be one of: "", "p", "l", "pl"' });
		if ('participant_muted' in body && !PARTICIPANT_MUTED.includes(body.participant_muted)) {
			errors.push({ field: 'participant_muted', message: 'must be one of: "false", "relaxed", "true"' });
		}
		if (errors.length > 0) throw new HttpError(422, errorBody('Object validation error', errors));
	}

	/** Booleans; the documentation's sample sends "true" / "false" strings, which are accepted too. */
	function validateCallPatch(body) {
		const errors = unknownFields(body, CALL_FIELDS);
		for (const field of ['muted', 'on_hold']) {
			if (field in body && ![true, false, 'true', 'false'].includes(body[field])) errors.push({ field, message: 'must be a boolean' });
		}
		if ('name' in body && typeof body.name !== 'string') errors.push({ field: 'name', message: 'must be a string' });
		if (errors.length > 0) throw new HttpError(422, errorBody('Object validation error', errors));
		const changes = { ...body };
		for (const field of ['muted', 'on_hold']) if (typeof changes[field] === 'string') changes[field] = changes[field] === 'true';
		return changes;
	}

	/** Field errors for the fields present in `body`; `required` lists fields that must be present (PUT). */
	function validate(body, room, required) {
		const errors = [];
		const fail = (field, message) => errors.push({ field, message });
		for (const field of Object.keys(body)) {
			if (READ_ONLY.includes(field)) {
				if (body[field] !== room[field]) fail(field, 'field is read-only and cannot be changed');
			} else if (!MODIFIABLE.includes(field)) {
				fail(field, 'unknown field');
			}
		}
		for (const field of required) if (!(field in body)) fail(field, 'field is required');
		if ('name' in body && typeof body.name !== 'string') fail('name', 'must be a string');
		if ('properties' in body && (body.properties === null || typeof body.properties !== 'object' || Array.isArray(body.properties))) {
			fail('properties', 'must be an object');
		}
		if ('did_group_sid' in body && body.did_group_sid !== null) {
			if (typeof body.did_group_sid !== 'string' || !UUID.test(body.did_group_sid)) fail('did_group_sid', 'must be a valid SID or null');
			else if (!didGroups.has(body.did_group_sid)) fail('did_group_sid', 'DID group not found');
		}
		if ('access_codes' in body) {
			if (!Array.isArray(body.access_codes)) {
				fail('access_codes', 'must be a list');
			} else {
				const seen = new Set();
				body.access_codes.forEach((entry, index) => {
					const field = `access_codes.${index}`;
					if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return fail(field, 'must be an object');
					for (const key of Object.keys(entry)) if (key !== 'access_code' && key !== 'role') fail(`${field}.${key}`, 'unknown field');
					if (typeof entry.access_code !== 'string' || !ACCESS_CODE.test(entry.access_code)) fail(`${field}.access_code`, 'must be a string of 1 to 32 digits');
					else if (seen.has(entry.access_code)) fail(`${field}.access_code`, `duplicate access code ${entry.access_code}`);
					else seen.add(entry.access_code);
					if (!ROLES.includes(entry.role)) fail(`${field}.role`, `must be one of: ${ROLES.join(', ')}`);
				});
			}
		}
		if (errors.length > 0) throw new HttpError(422, errorBody('Object validation error', errors));
	}

	/** Access codes must be unique across the rooms of one DID group (rooms without a group form one too). */
	function checkConflicts(candidate) {
		for (const other of rooms.values()) {
			if (other.meeting_room_sid === candidate.meeting_room_sid || other.did_group_sid !== candidate.did_group_sid) continue;
			const taken = new Set(other.access_codes.map((entry) => entry.access_code));
			const clash = candidate.access_codes.find((entry) => taken.has(entry.access_code));
			if (clash) {
				throw new HttpError(409, errorBody('Conflict', [{
					field: 'access_codes',
					message: `access code ${clash.access_code} is already used by another meeting room of the same DID group`,
					reference_sid: other.meeting_room_sid,
				}]));
			}
		}
	}

	function apply(room, body) {
		const candidate = clone(room);
		for (const field of MODIFIABLE) if (field in body) candidate[field] = clone(body[field]);
		checkConflicts(candidate);
		rooms.set(room.meeting_room_sid, candidate);
		return candidate;
	}

	function badRequest(field, message) {
		return new HttpError(400, errorBody('Bad Request', [{ field, message }]));
	}

	/**
	 * Parses `<field> <op> <value> [and …]`. Values are bare (no spaces or quotes) or double-quoted, where \"
	 * and \\ stand for " and \. Anything else (a control character, an unknown operator, an unclosed quote) is a 400.
	 */
	function parseFilter(text) {
		if (/[\u0000-\u001f\u007f]/.test(text)) throw badRequest('filter', 'contains a control character');
		const clauses = [];
		let rest = text.trim();
		const fail = () => badRequest('filter', `cannot parse filter: ${text}`);
		while (true) {
			const head = /^([A-Za-z_][A-Za-z0-9_.]*)\s+([a-z]+)\s+/.exec(rest);
			if (!head || !FILTER_OPS.includes(head[2])) throw fail();
			rest = rest.slice(head[0].length);
			let value;
			if (rest.startsWith('"')) {
				let index = 1;
				value = '';
				while (index < rest.length && rest[index] !== '"') {
					if (rest[index] === '\\') {
						if (index + 1 >= rest.length) throw fail();
						index += 1;
					}
					value += rest[index];
					index += 1;
				}
				if (index >= rest.length) throw fail();
				rest = rest.slice(index + 1);
			} else {
				const bare = /^[^\s"]+/.exec(rest);
				if (!bare) throw fail();
				value = bare[0];
				rest = rest.slice(value.length);
			}
			clauses.push({ field: head[1], op: head[2], value });
			rest = rest.trimStart();
			if (rest === '') return clauses;
			const join = /^and\s+/.exec(rest);
			if (!join) throw fail();
			rest = rest.slice(join[0].length);
		}
	}

	function fieldValue(object, path) {
		return path.split('.').reduce((value, key) => (value !== null && typeof value === 'object' ? value[key] : undefined), object);
	}

	function likeToRegExp(pattern) {
		const source = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/%/g, '.*').replace(/_/g, '.');
		return new RegExp(`^${source}$`, 'is');
	}

	function matches(object, clauses) {
		return clauses.every(({ field, op, value }) => {
			const actual = fieldValue(object, field);
			if (actual === undefined || (actual !== null && typeof actual === 'object')) return op === 'ne';
			const text = actual === null ? 'null' : String(actual);
			switch (op) {
				case 'eq': return text === value;
				case 'ne': return text !== value;
				case 'like': return likeToRegExp(value).test(text);
				case 'gt': return text > value;
				case 'ge': return text >= value;
				case 'lt': return text < value;
				default: return text <= value;
			}
		});
	}

	function sortBy(records, order, fields) {
		if (order === undefined) return records;
		const match = /^\s*([a-z_]+)(?:\s+(asc|desc))?\s*$/.exec(order);
		if (!match || !fields.includes(match[1])) throw badRequest('order', `cannot order by: ${order}`);
		const [, field, direction] = match;
		const sorted = [...records].sort((a, b) => String(a[field]).localeCompare(String(b[field])));
		return direction === 'desc' ? sorted.reverse() : sorted;
	}

	/** One page in CarrierX's envelope; `total` is null, as CarrierX may answer. */
	function listPage(record, all, orderFields) {
		const limit = listParam(record, 'limit', 10, 1000);
		const offset = listParam(record, 'offset', 0);
		const clauses = record.query.filter === undefined ? [] : parseFilter(record.query.filter);
		const selected = sortBy(all.filter((entry) => matches(entry, clauses)), record.query.order, orderFields);
		const size = Math.min(limit, sim.pageSizeLimit);
		const items = selected.slice(offset, offset + size);
		return { body: { count: items.length, has_more: offset + items.length < selected.length, items, limit, offset, pagination: {}, total: null } };
	}

	function listParam(record, name, fallback, max) {
		const raw = record.query[name];
		if (raw === undefined) return fallback;
		const value = /^\d+$/.test(raw) ? Number(raw) : NaN;
		if (!Number.isSafeInteger(value) || (max !== undefined && value > max)) {
			throw new HttpError(400, errorBody('Bad Request', [{ field: name, message: `must be a whole number${max !== undefined ? ` up to ${max}` : ''}` }]));
		}
		return value;
	}

	const sim = new Simulator('CarrierX', [
		['GET', new RegExp(`^${BASE}/meeting_rooms$`), (record) => {
			authenticate(record);
			return listPage(record, [...rooms.values()], ['name', 'meeting_room_sid']);
		}],
		['POST', new RegExp(`^${BASE}/meeting_rooms$`), (record) => {
			authenticate(record);
			const body = jsonObject(record);
			const room = { access_codes: [], account_sid: SEED.accountSid, properties: {}, did_group_sid: null, meeting_room_sid: randomUUID(), name: '' };
			const errors = Object.keys(body).filter((field) => READ_ONLY.includes(field));
			if (errors.length > 0) {
				throw new HttpError(422, errorBody('Object validation error', errors.map((field) => ({ field, message: 'field is read-only' }))));
			}
			validate(body, room, []);
			const created = { ...room };
			for (const field of MODIFIABLE) if (field in body) created[field] = clone(body[field]);
			checkConflicts(created);
			rooms.set(created.meeting_room_sid, created);
			return { body: created };
		}],
		['DELETE', new RegExp(`^${BASE}/meeting_rooms/${SID}$`), (record, match) => {
			authenticate(record);
			const room = findRoom(match[1]);
			rooms.delete(room.meeting_room_sid);
			return { status: 204 };
		}],
		['GET', new RegExp(`^${BASE}/meetings$`), (record) => {
			authenticate(record);
			return listPage(record, [...meetings.values()].map(meetingView), ['date_created', 'duration', 'meeting_room_sid', 'meeting_sid']);
		}],
		['GET', new RegExp(`^${BASE}/meetings/${SID}$`), (record, match) => {
			authenticate(record);
			return { body: meetingView(findMeeting(match[1])) };
		}],
		['PATCH', new RegExp(`^${BASE}/meetings/${SID}$`), (record, match) => {
			authenticate(record);
			const body = jsonObject(record);
			const meeting = findMeeting(match[1]);
			validateMeetingPatch(body);
			Object.assign(meeting, body);
			return { body: meetingView(meeting) };
		}],
		['DELETE', new RegExp(`^${BASE}/meetings/${SID}$`), (record, match) => {
			authenticate(record);
			const meeting = findMeeting(match[1]);
			meetings.delete(meeting.meeting_sid);
			for (const call of [...calls.values()]) if (call.meeting_sid === meeting.meeting_sid) calls.delete(call.call_sid);
			return { status: 204 };
		}],
		['GET', new RegExp(`^${BASE}/calls$`), (record) => {
			authenticate(record);
			return listPage(record, [...calls.values()], ['date_created', 'date_joined', 'duration', 'name', 'call_sid']);
		}],
		['GET', new RegExp(`^${BASE}/calls/${SID}$`), (record, match) => {
			authenticate(record);
			return { body: findCall(match[1]) };
		}],
		['PATCH', new RegExp(`^${BASE}/calls/${SID}$`), (record, match) => {
			authenticate(record);
			const body = jsonObject(record);
			const call = findCall(match[1]);
			Object.assign(call, validateCallPatch(body));
			return { body: call };
		}],
		['DELETE', new RegExp(`^${BASE}/calls/${SID}$`), (record, match) => {
			authenticate(record);
			const call = findCall(match[1]);
			calls.delete(call.call_sid);
			return { status: 204 };
		}],
		['GET', new RegExp(`^${BASE}/meeting_rooms/${SID}$`), (record, match) => {
			authenticate(record);
			return { body: findRoom(match[1]) };
		}],
		['PATCH', new RegExp(`^${BASE}/meeting_rooms/${SID}$`), (record, match) => {
			authenticate(record);
			const body = jsonObject(record);
			const room = findRoom(match[1]);
			validate(body, room, []);
			return { body: apply(room, body) };
		}],
		['PUT', new RegExp(`^${BASE}/meeting_rooms/${SID}$`), (record, match) => {
			authenticate(record);
			const body = jsonObject(record);
			const room = findRoom(match[1]);
			validate(body, room, MODIFIABLE);
			return { body: apply(room, body) };
		}],
	]);
	sim.notFoundBody = () => errorBody('Not Found');

	// The base answers unparsable JSON with its own wording; CarrierX says "No JSON object could be decoded".
	const baseSend = sim.send.bind(sim);
	sim.send = (res, answer) => {
		const unparsable = answer && answer.status === 400 && answer.body && answer.body.message === 'Body is not valid JSON';
		baseSend(res, unparsable ? { status: 400, body: errorBody('No JSON object could be decoded') } : answer);
	};

	sim.credentials = credentials;
	sim.rooms = rooms;
	sim.didGroups = didGroups;
	sim.meetings = meetings;
	sim.calls = calls;
	sim.pageSizeLimit = 1000;
	/** Adds `count` rooms named `${prefix} n` (no DID group, no codes), for paging tests; returns their SIDs. */
	sim.addRooms = (count, prefix = 'Room') => {
		const sids = [];
		for (let n = 1; n <= count; n++) {
			const sid = `e0000000-${String(n).padStart(4, '0')}-4000-8000-${String(rooms.size).padStart(12, '0')}`;
			rooms.set(sid, { access_codes: [], account_sid: SEED.accountSid, properties: {}, did_group_sid: null, meeting_room_sid: sid, name: `${prefix} ${n}` });
			sids.push(sid);
		}
		return sids;
	};
	/** Adds `count` live meetings in `roomSid`; returns their SIDs. */
	sim.addMeetings = (count, roomSid = SEED.roomSid) => {
		const sids = [];
		for (let n = 1; n <= count; n++) {
			sids.push(addMeeting(roomSid, { meeting_sid: `f0000000-${String(n).padStart(4, '0')}-4000-8000-${String(meetings.size).padStart(12, '0')}` }).meeting_sid);
		}
		return sids;
	};
	/** Adds `count` participant calls named `${prefix} n` to `meetingSid`; returns their SIDs. */
	sim.addCalls = (count, meetingSid = SEED.meetingSid, prefix = 'Caller') => {
		const sids = [];
		for (let n = 1; n <= count; n++) {
			sids.push(addCall(meetingSid, { call_sid: `c0000000-${String(n).padStart(4, '0')}-4000-8000-${String(calls.size).padStart(12, '0')}`, name: `${prefix} ${n}` }).call_sid);
		}
		return sids;
	};
	sim.reset = () => { seed(); sim.clearRequests(); sim.injected.length = 0; sim.pageSizeLimit = 1000; };
	return sim;
}

module.exports = { createCarrierXSimulator, DEFAULT_CREDENTIALS, SEED, SEED_DATE };
