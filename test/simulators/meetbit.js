'use strict';
/**
 * MeetBit Public API v2.0 simulator (seeds 000 and 001): header auth, JSON bodies, JSON 400 with
 * field errors, text/plain 401/404/409/429/500, `{message, data}` envelopes.
 */
const { Simulator, HttpError, requireJson } = require('./base');

const BASE = '/api/public/v2.0';
const PUBLIC_ID = /^[a-zA-Z0-9_-]+$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CREATE_FIELDS = new Set(['online_conference_account_id', 'public_id', 'title', 'is_public', 'backer_event_id', 'online_conference_attendees']);
const UPDATE_FIELDS = new Set(['title', 'is_public']);

const DEFAULT_CREDENTIALS = { accessKeyId: 'sandbox-key-id', accessKeySecret: 'sandbox-key-secret' };

function validationError(errors) {
	const messages = Object.values(errors).flat();
	const more = messages.length > 1 ? ` (and ${messages.length - 1} more error${messages.length > 2 ? 's' : ''})` : '';
	return new HttpError(400, { message: `${messages[0]}${more}`, errors });
}

function createMeetBitSimulator(options = {}) {
	const credentials = { ...DEFAULT_CREDENTIALS, ...(options.credentials || {}) };
	const conferences = new Map();
	let nextId = 1;
	const now = () => new Date().toISOString();

	function seed() {
		conferences.clear();
		// A conference that has already started, so update answers 409 (used by examples and tests).
		conferences.set(1001, {
			id: 1001, online_conference_account_id: 2, backer_event_id: null, public_id: 'already-started',
			title: 'Already started', is_public: false, is_occurred: true, started_at: now(), ended_at: null,
			deleted_at: null, created_at: now(), updated_at: now(),
		});
		nextId = 1;
	}
	seed();

	function authenticate(record) {
		if (record.headers['x-access-key-id'] !== credentials.accessKeyId || record.headers['x-access-key-secret'] !== credentials.accessKeySecret) {
			throw new HttpError(401, 'Invalid or missing access key.');
		}
	}

	const jsonError = (message) => ({ message, errors: { body: [message] } });

	function checkTitle(body, errors) {
		if (body.title === undefined || body.title === null || body.title === '') errors.title = ['The title field is required.'];
		else if (typeof body.title !== 'string') errors.title = ['The title field must be a string.'];
		else if (body.title.length > 255) errors.title = ['The title field must not be greater than 255 characters.'];
	}
	function checkIsPublic(body, errors) {
		if (body.is_public === undefined || body.is_public === null) errors.is_public = ['The is public field is required.'];
		else if (typeof body.is_public !== 'boolean') errors.is_public = ['The is public field must be true or false.'];
	}
	function rejectUnknown(body, allowed, errors) {
		for (const key of Object.keys(body)) if (!allowed.has(key)) errors[key] = [`The ${key} field is prohibited.`];
	}

	const sim = new Simulator('MeetBit', [
		['GET', new RegExp(`^${BASE}/users$`), (record) => {
			authenticate(record);
			return { body: { message: 'Users retrieved.', data: [{ id: 1, name: 'Sandbox Owner', email: 'owner@example.com', online_conference_account_id: 2 }] } };
		}],
		['POST', new RegExp(`^${BASE}/online_conferences$`), (record) => {
			authenticate(record);
			const body = requireJson(record, jsonError);
			const errors = {};
			rejectUnknown(body, CREATE_FIELDS, errors);
			if (!Number.isInteger(body.online_conference_account_id)) errors.online_conference_account_id = ['The online conference account id field must be an integer.'];
			if (typeof body.public_id !== 'string' || body.public_id === '') errors.public_id = ['The public id field is required.'];
			else if (!PUBLIC_ID.test(body.public_id)) errors.public_id = ['The public id field format is invalid.'];
			else if ([...conferences.values()].some((conference) => conference.public_id === body.public_id)) errors.public_id = ['The public id has already been taken.'];
			checkTitle(body, errors);
			checkIsPublic(body, errors);
			if (body.backer_event_id !== undefined && body.backer_event_id !== null && !Number.isInteger(body.backer_event_id)) errors.backer_event_id = ['The backer event id field must be an integer.'];
			const attendees = body.online_conference_attendees;
			if (attendees !== undefined) {
				if (!Array.isArray(attendees)) errors.online_conference_attendees = ['The online conference attendees field must be an array.'];
				else if (attendees.length > 5) errors.online_conference_attendees = ['The online conference attendees field must not have more than 5 items.'];
				else attendees.forEach((attendee, index) => {
					if (!attendee || typeof attendee.email !== 'string' || !EMAIL.test(attendee.email)) errors[`online_conference_attendees.${index}.email`] = [`The online_conference_attendees.${index}.email field must be a valid email address.`];
					if (attendee && attendee.name !== undefined && attendee.name !== null && (typeof attendee.name !== 'string' || attendee.name.length > 255)) errors[`online_conference_attendees.${index}.name`] = [`The online_conference_attendees.${index}.name field must not be greater than 255 characters.`];
				});
			}
			if (Object.keys(errors).length > 0) throw validationError(errors);
			const conference = {
				id: nextId++, online_conference_account_id: body.online_conference_account_id,
				backer_event_id: body.backer_event_id ?? null, public_id: body.public_id, title: body.title,
				is_public: body.is_public, is_occurred: false, started_at: null, ended_at: null, deleted_at: null,
				created_at: now(), updated_at: now(),
			};
			conferences.set(conference.id, conference);
			return { body: { message: 'Online conference created.', data: conference } };
		}],
		['PATCH', new RegExp(`^${BASE}/online_conferences/([^/]+)$`), (record, match) => {
			authenticate(record);
			const id = /^\d+$/.test(match[1]) ? Number(match[1]) : NaN;
			const conference = conferences.get(id);
			if (!conference) throw new HttpError(404, 'Resource object does not exist.');
			const body = requireJson(record, jsonError);
			const errors = {};
			rejectUnknown(body, UPDATE_FIELDS, errors);
			checkTitle(body, errors);
			checkIsPublic(body, errors);
			if (Object.keys(errors).length > 0) throw validationError(errors);
			if (conference.started_at) throw new HttpError(409, 'Cannot modify an online conference that has started.');
			Object.assign(conference, { title: body.title, is_public: body.is_public, updated_at: now() });
			return { body: { message: 'Online conference updated.', data: conference } };
		}],
	]);
	sim.notFoundBody = () => 'Resource object does not exist.';
	sim.credentials = credentials;
	sim.conferences = conferences;
	sim.reset = () => { seed(); sim.clearRequests(); sim.injected.length = 0; };
	/** Mark a conference as started, so updates answer 409. */
	sim.startConference = (id) => { conferences.get(id).started_at = now(); };
	return sim;
}

module.exports = { createMeetBitSimulator, DEFAULT_CREDENTIALS };
