// What each example workflow must produce in a real n8n, and what the sandboxes must have received.
// Used by scripts/e2e.mjs. `items(node)` gives a node's output items; `sims` the simulators (reset before
// each run, so their `requests` hold only this run's requests).
import assert from 'node:assert/strict';

function basicUser(request) {
	const match = /^Basic\s+(.+)$/i.exec(request.headers.authorization || '');
	assert.ok(match, `${request.method} ${request.path} has no Basic authorization header`);
	const decoded = Buffer.from(match[1], 'base64').toString('utf8');
	const colon = decoded.indexOf(':');
	return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function contentType(request) {
	return (request.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
}

function assertJsonRequest(request) {
	assert.equal(
		contentType(request),
		'application/json',
		`${request.method} ${request.path} was not sent as JSON`,
	);
	assert.doesNotThrow(
		() => JSON.parse(request.rawBody),
		`${request.method} ${request.path} body is not JSON`,
	);
}

function assertMeetBitAuth(request, simulators) {
	const { accessKeyId, accessKeySecret } = simulators.meetbit.DEFAULT_CREDENTIALS;
	assert.equal(
		request.headers['x-access-key-id'],
		accessKeyId,
		`${request.method} ${request.path}: X-Access-Key-Id missing or wrong`,
	);
	assert.equal(
		request.headers['x-access-key-secret'],
		accessKeySecret,
		`${request.method} ${request.path}: X-Access-Key-Secret missing or wrong`,
	);
}

const MEETBIT = '/api/public/v2.0';

export const WEBHOOK_EXAMPLE = {
	id: 'exSignalWireEndConf',
	/** Call the published webhook, check the answer and the request SignalWire received. Returns a summary. */
	async call(base, { sims, simulators }) {
		const sid = simulators.signalwire.SEED_CONFERENCES[1].sid;
		const response = await fetch(`${base}/webhook/end-conference`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ conferenceSid: sid }),
		});
		const text = await response.text();
		assert.equal(
			response.status,
			200,
			`webhook answered ${response.status}: ${text.slice(0, 300)}`,
		);
		const answer = JSON.parse(text);
		assert.deepEqual(answer, {
			ended: true,
			conferenceSid: sid,
			name: 'Support bridge',
			status: 'completed',
		});
		const requests = sims.signalwire.requests;
		assert.equal(requests.length, 1, `SignalWire received ${requests.length} requests, expected 1`);
		assert.equal(requests[0].method, 'POST');
		assert.match(requests[0].path, new RegExp(`/Conferences/${sid}$`));
		assert.equal(contentType(requests[0]), 'application/x-www-form-urlencoded');
		assert.equal(requests[0].rawBody, 'Status=completed');
		assert.equal(sims.signalwire.conferences.get(sid).status, 'completed');
		// An invalid SID: the node refuses it before sending anything; the caller gets an error status.
		const bad = await fetch(`${base}/webhook/end-conference`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ conferenceSid: 'not-a-sid' }),
		});
		await bad.text();
		assert.ok(bad.status >= 400, `an invalid conference SID answered ${bad.status}`);
		assert.equal(
			sims.signalwire.requests.length,
			1,
			'a request was sent for an invalid conference SID',
		);
		return `200 ${JSON.stringify(answer)}; invalid SID → ${bad.status}, nothing sent`;
	},
};

export const EXAMPLE_CHECKS = {
	exZoomWeeklyAgenda: {
		async check({ items, sims, simulators }) {
			const { DEFAULT_CREDENTIALS } = simulators.zoom;
			const out = items('Set topic and agenda');
			assert.equal(out?.length, 1, 'Set topic and agenda should output 1 item');
			assert.match(out[0].topic, /^Weekly sync, week \d{1,2}$/);
			assert.match(
				out[0].agenda,
				/^1\. Wins of week \d{1,2}\n2\. Plans until \w+ \d{1,2} \w+\n3\. Blockers$/,
			);
			assert.equal(String(out[0].id), '85746065432');
			const meeting = sims.zoom.meetings.get('85746065432');
			assert.equal(meeting.topic, out[0].topic);

			const requests = sims.zoom.requests;
			assert.deepEqual(
				requests.map((request) => `${request.method} ${request.path}`),
				['POST /oauth/token', 'PATCH /v2/meetings/85746065432', 'GET /v2/meetings/85746065432'],
			);
			const [token, patch, get] = requests;
			assert.deepEqual(basicUser(token), {
				user: DEFAULT_CREDENTIALS.clientId,
				password: DEFAULT_CREDENTIALS.clientSecret,
			});
			const tokenParams = {
				...token.query,
				...(token.body && typeof token.body === 'object' ? token.body : {}),
			};
			assert.equal(tokenParams.grant_type, 'account_credentials');
			assert.equal(tokenParams.account_id, DEFAULT_CREDENTIALS.accountId);
			for (const request of [patch, get]) {
				assert.match(
					request.headers.authorization || '',
					/^Bearer zs2s_/,
					`${request.method} ${request.path} has no bearer token`,
				);
			}
			assertJsonRequest(patch);
			assert.deepEqual(Object.keys(patch.body).sort(), ['agenda', 'topic']);
			return `token (Basic client auth) → PATCH (Bearer, JSON topic+agenda) → GET; topic "${out[0].topic}"`;
		},
		/** Second run after the sandbox forgot its tokens: the stored token is stale, n8n must renew it once. */
		again: {
			name: 'Zoom: a stale stored token is renewed (401 → new token → retry)',
			async check({ items, sims }) {
				const out = items('Set topic and agenda');
				assert.equal(out?.length, 1);
				const seen = sims.zoom.requests.map(
					(request) =>
						`${request.method} ${request.path} [${(request.headers.authorization || '').slice(0, 14)}…]`,
				);
				const tokenIndex = sims.zoom.requests.findIndex(
					(request) => request.path === '/oauth/token',
				);
				assert.equal(
					sims.zoom.tokenRequests().length,
					1,
					`expected exactly one token request; got: ${seen.join(', ')}`,
				);
				const before = sims.zoom.requests.slice(0, tokenIndex);
				const after = sims.zoom.requests.slice(tokenIndex + 1);
				// The node sends a 401'd request once more in throwing mode, so n8n renews the token (see
				// nodes/shared/transport.ts): one or two refused PATCHes with the stale token, then the new token.
				assert.ok(
					before.length >= 1 &&
						before.length <= 2 &&
						before.every((request) => request.method === 'PATCH'),
					`got: ${seen.join(', ')}`,
				);
				const stale = before[0].headers.authorization;
				assert.deepEqual(
					after.map((request) => request.method),
					['PATCH', 'GET'],
					`got: ${seen.join(', ')}`,
				);
				for (const request of after) {
					assert.match(request.headers.authorization || '', /^Bearer zs2s_/);
					assert.notEqual(request.headers.authorization, stale, 'the retry must use the new token');
				}
				return `${before.length} refused PATCH, 1 token request, retried PATCH + GET with the new token`;
			},
		},
	},

	exMeetBitCreate: {
		async check({ items, sims, simulators }) {
			const created = items('Create conference');
			assert.equal(created?.length, 1, 'Create conference should output 1 item');
			assert.equal(created[0].title, 'Team sync');
			assert.match(created[0].public_id, /^team-sync-\d+$/);
			const renamed = items('Rename conference');
			assert.equal(renamed?.length, 1, 'Rename conference should output 1 item');
			assert.equal(renamed[0].id, created[0].id);
			assert.equal(renamed[0].title, 'Team sync: Q3 planning');
			assert.equal(renamed[0].is_public, false);

			const requests = sims.meetbit.requests;
			assert.deepEqual(
				requests.map((request) => `${request.method} ${request.path}`),
				[
					`POST ${MEETBIT}/online_conferences`,
					`PATCH ${MEETBIT}/online_conferences/${created[0].id}`,
				],
			);
			for (const request of requests) {
				assertMeetBitAuth(request, simulators);
				assertJsonRequest(request);
			}
			assert.deepEqual(requests[0].body.online_conference_attendees, [
				{ email: 'ada@example.com', name: 'Ada Lovelace' },
				{ email: 'grace@example.com', name: 'Grace Hopper' },
			]);
			assert.equal(requests[0].body.online_conference_account_id, 2);
			assert.equal(requests[0].body.is_public, false);
			assert.deepEqual(requests[1].body, { title: 'Team sync: Q3 planning', is_public: false });
			return `conference ${created[0].id} "${renamed[0].title}"; 2 JSON requests with access-key headers`;
		},
	},

	exMeetBitContinueFail: {
		async check({ items, sims, simulators }) {
			const created = items('Create a conference')[0];
			const out = items('Rename conferences');
			assert.equal(
				out?.length,
				3,
				'Rename conferences should output 3 items (2 errors, 1 success)',
			);
			assert.match(
				String(out[0].error),
				/started|409|conflict/i,
				`item 0 should be the 409 error: ${JSON.stringify(out[0])}`,
			);
			assert.equal(String(out[0].httpCode), '409');
			assert.equal(out[1].error, undefined, `item 1 should succeed: ${JSON.stringify(out[1])}`);
			assert.equal(out[1].id, created.id);
			assert.equal(out[1].title, 'Sprint retro (moved to Friday)');
			assert.ok(
				out[2].error,
				`item 2 (empty title) should be an error item: ${JSON.stringify(out[2])}`,
			);
			assert.match(`${out[2].error} ${out[2].description ?? ''}`, /title/i);
			assert.equal(out[2].httpCode, undefined, 'the empty-title item must fail before any request');
			assert.equal(
				items('Tell the organiser')?.length,
				2,
				'both error items should reach "Tell the organiser"',
			);
			assert.equal(items('Renamed')?.length, 1, 'the renamed conference should reach "Renamed"');

			const patches = sims.meetbit.requests.filter((request) => request.method === 'PATCH');
			assert.deepEqual(
				patches.map((request) => request.path),
				[`${MEETBIT}/online_conferences/1001`, `${MEETBIT}/online_conferences/${created.id}`],
				'exactly one PATCH per valid item, none for the item with an empty title',
			);
			for (const request of sims.meetbit.requests) {
				assertMeetBitAuth(request, simulators);
				assertJsonRequest(request);
			}
			return `409 error item, success, validation error item; ${patches.length} PATCH requests (none for the invalid item)`;
		},
	},

	exCarrierXAccessCodes: {
		async check({ items, sims, simulators }) {
			const { SEED, DEFAULT_CREDENTIALS } = simulators.carrierx;
			const out = items('Replace access codes');
			assert.equal(out?.length, 3, 'Replace access codes should output 3 items');
			assert.deepEqual(out[0].access_codes, [
				{ access_code: '700101', role: 'host' },
				{ access_code: '700102', role: 'participant' },
			]);
			assert.equal(out[0].meeting_room_sid, SEED.roomSid);
			assert.deepEqual(out[1].access_codes, [
				{ access_code: '555101', role: 'host' },
				{ access_code: '555102', role: 'participant' },
			]);
			assert.ok(
				out[2].error,
				`item 2 (code "7001-01") should be an error item: ${JSON.stringify(out[2])}`,
			);
			assert.equal(
				out[2].httpCode,
				undefined,
				'the invalid code must be refused before any request',
			);

			const requests = sims.carrierx.requests;
			assert.deepEqual(
				requests.map((request) => `${request.method} ${request.path}`),
				[
					`PATCH /conference/v2/meeting_rooms/${SEED.roomSid}`,
					`PATCH /conference/v2/meeting_rooms/${SEED.didGroupRoomSid}`,
				],
				'one PATCH per valid item, none for the invalid one',
			);
			for (const request of requests) {
				assert.deepEqual(basicUser(request), {
					user: DEFAULT_CREDENTIALS.login,
					password: DEFAULT_CREDENTIALS.password,
				});
				assertJsonRequest(request);
				assert.deepEqual(
					Object.keys(request.body),
					['access_codes'],
					'Update must send only access_codes',
				);
			}
			assert.deepEqual(
				sims.carrierx.rooms.get(SEED.roomSid).access_codes.map((code) => code.access_code),
				['700101', '700102'],
			);
			return '2 rooms updated with Basic auth + JSON, 1 invalid item refused without a request';
		},
	},

	exSignalWireEndConf: {
		async check({ items, sims, simulators }) {
			const { DEFAULT_CREDENTIALS, SEED_CONFERENCES } = simulators.signalwire;
			const sid = SEED_CONFERENCES[0].sid;
			const answer = items('Answer');
			assert.deepEqual(answer, [
				{ ended: true, conferenceSid: sid, name: 'Team standup', status: 'completed' },
			]);
			const requests = sims.signalwire.requests;
			assert.equal(
				requests.length,
				1,
				`SignalWire received ${requests.length} requests, expected 1`,
			);
			const [request] = requests;
			assert.equal(request.method, 'POST');
			assert.equal(
				request.path,
				`/api/laml/2010-04-01/Accounts/${DEFAULT_CREDENTIALS.projectId}/Conferences/${sid}`,
			);
			assert.deepEqual(basicUser(request), {
				user: DEFAULT_CREDENTIALS.projectId,
				password: DEFAULT_CREDENTIALS.apiToken,
			});
			assert.equal(
				contentType(request),
				'application/x-www-form-urlencoded',
				'SignalWire needs a form body',
			);
			assert.equal(request.rawBody, 'Status=completed');
			return 'conference ended; form-encoded body, Basic project:token';
		},
	},
};
