'use strict';
/**
 * CarrierX Conference API v2 simulator (seed 003, docs "responses" page): HTTP Basic with the conference
 * endpoint's login/password, JSON only (415 otherwise), 400 "No JSON object could be decoded", meeting rooms
 * with PATCH (partial) and PUT (whole object), 404 "Cannot find item by SID", 409 for an access code already
 * used in the same DID group, 422 object validation errors, and the CarrierX list envelope.
 * The error body `{message, errors: [{field, message, reference_sid}]}` is the project's inferred shape.
 */
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
};

function errorBody(message, errors = []) {
	return { message, errors: errors.map((entry) => ({ field: null, reference_sid: null, ...entry })) };
}

const clone = (value) => JSON.parse(JSON.stringify(value));

function createCarrierXSimulator(options = {}) {
	const credentials = { ...DEFAULT_CREDENTIALS, ...(options.credentials || {}) };
	const rooms = new Map();
	const didGroups = new Map();

	function seed() {
		rooms.clear();
		didGroups.clear();
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

	function findRoom(rawSid) {
		let sid;
		try {
			sid = decodeURIComponent(rawSid);
		} catch {
			sid = rawSid;
		}
		const room = rooms.get(sid);
		if (!room) throw new HttpError(404, errorBody('Cannot find item by SID', [{ field: 'meeting_room_sid', message: 'no meeting room with this SID', reference_sid: sid }]));
		return room;
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
			const limit = listParam(record, 'limit', 10, 1000);
			const offset = listParam(record, 'offset', 0);
			const all = [...rooms.values()];
			const items = all.slice(offset, offset + limit);
			return { body: { count: items.length, has_more: offset + items.length < all.length, items, limit, offset, pagination: {}, total: null } };
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
	sim.reset = () => { seed(); sim.clearRequests(); sim.injected.length = 0; };
	return sim;
}

module.exports = { createCarrierXSimulator, DEFAULT_CREDENTIALS, SEED };
