import type { INode } from 'n8n-workflow';

import { buildApiError, readHttpFailure } from '../../nodes/shared/errors';
import type { HttpFailure } from '../../nodes/shared/errors';
import type { Provider, RequestSpec } from '../../nodes/shared/transport';
import { decideRetry, retryPolicy } from '../../nodes/shared/transport';
import { parseMeetBitError } from '../../nodes/MeetBit/provider';

const provider: Provider = {
	displayName: 'Acme',
	credentialType: () => 'acmeApi',
	baseUrl: () => ({ url: 'https://acme.example.com' }),
	bodyEncoding: 'json',
	parseError: () => ({ fieldErrors: [] }),
	limits: { concurrency: 1, summary: 'none' },
};
const NOW = Date.parse('2026-11-21T12:00:00Z');
const get: RequestSpec = { method: 'GET', path: '/x' };
const post: RequestSpec = { method: 'POST', path: '/x' };
const failure = (status: number | undefined, headers: Record<string, string> = {}, networkCode?: string): HttpFailure => ({
	status,
	body: undefined,
	headers,
	networkCode,
});
const none = { fieldErrors: [] };

describe('decideRetry', () => {
	it('waits for Retry-After on 429, even for a create (the provider refused it)', () => {
		expect(decideRetry(provider, post, failure(429, { 'retry-after': '3' }), none, 1, NOW)).toEqual({ retryInMs: 3000 });
	});

	it('backs off exponentially on 429 without Retry-After', () => {
		expect(decideRetry(provider, get, failure(429), none, 1, NOW)).toEqual({ retryInMs: retryPolicy.baseBackoffMs });
		expect(decideRetry(provider, get, failure(429), none, 3, NOW)).toEqual({ retryInMs: retryPolicy.baseBackoffMs * 4 });
	});

	it('fails clearly when Retry-After is beyond the bound', () => {
		const decision = decideRetry(provider, get, failure(429, { 'retry-after': '7200' }), none, 1, NOW);
		expect(decision).toMatchObject({ fail: true, message: 'Acme is rate limiting requests; retry after 2.0 h (at 2026-11-21T14:00:00.000Z)' });
	});

	it('stops after the bounded number of attempts', () => {
		const decision = decideRetry(provider, get, failure(429, { 'retry-after': '1' }), none, retryPolicy.maxAttempts, NOW);
		expect(decision).toMatchObject({ fail: true, message: expect.stringMatching(/still rate limiting requests after 4 attempts/) });
	});

	it('lets a provider fail fast on a limit that cannot be waited out', () => {
		const daily: Provider = { ...provider, classifyRateLimit: () => ({ failFastMessage: 'Daily limit used up' }) };
		expect(decideRetry(daily, get, failure(429, { 'retry-after': '1' }), none, 1, NOW)).toMatchObject({ fail: true, message: 'Daily limit used up' });
	});

	it('retries transient failures only for repeatable requests', () => {
		expect(decideRetry(provider, get, failure(503), none, 1, NOW)).toEqual({ retryInMs: 1000 });
		expect(decideRetry(provider, get, failure(undefined, {}, 'ECONNRESET'), none, 2, NOW)).toEqual({ retryInMs: 2000 });
		expect(decideRetry(provider, post, failure(503), none, 1, NOW)).toMatchObject({ fail: true, hint: expect.stringMatching(/not sent again/) });
		expect(decideRetry(provider, { ...post, repeatable: true }, failure(502), none, 1, NOW)).toEqual({ retryInMs: 1000 });
		expect(decideRetry(provider, { method: 'PATCH', path: '/x' }, failure(500), none, 1, NOW)).toMatchObject({ fail: true });
	});

	it('never retries other client errors', () => {
		for (const status of [400, 401, 403, 404, 409, 422]) {
			expect(decideRetry(provider, get, failure(status), none, 1, NOW)).toEqual({ fail: true });
		}
		expect(decideRetry(provider, get, failure(undefined, {}, 'ENOTFOUND'), none, 1, NOW)).toEqual({ fail: true });
	});
});

describe('readHttpFailure', () => {
	it('reads an axios-style response', () => {
		expect(readHttpFailure({ response: { status: 429, data: 'Too many requests.', headers: { 'Retry-After': '5' } } })).toEqual({
			status: 429,
			body: 'Too many requests.',
			headers: { 'retry-after': '5' },
		});
	});

	it('reads what an n8n NodeApiError keeps', () => {
		expect(readHttpFailure({ httpCode: '401', description: 'Invalid access token.', message: 'Authorization failed' })).toMatchObject({
			status: 401,
			body: 'Invalid access token.',
		});
	});

	it('recognises socket failures from the messages n8n keeps', () => {
		expect(readHttpFailure({ message: 'x', messages: ['read ECONNRESET'] }).networkCode).toBe('ECONNRESET');
		expect(readHttpFailure({ message: 'socket hang up' }).networkCode).toBe('ECONNRESET');
		expect(readHttpFailure({ message: 'timeout of 300000ms exceeded' }).networkCode).toBe('ETIMEDOUT');
	});
});

describe('buildApiError', () => {
	const node: INode = { id: '1', name: 'Acme', type: 'x', typeVersion: 1, position: [0, 0], parameters: {} };

	it('puts provider message, code and field errors into the description, without secrets', () => {
		const error = buildApiError({
			node,
			providerName: 'Acme',
			failure: { status: 400, body: { token: 'sekret-token' }, headers: {} },
			parsed: { message: 'Validation failed for sekret-token', code: '300', fieldErrors: [{ field: 'topic', message: 'Too long' }] },
			itemIndex: 2,
			secrets: ['sekret-token'],
		});
		expect(error.message).toBe('Acme rejected the request as invalid');
		expect(error.description).toBe('Acme says (code 300): Validation failed for [redacted]\ntopic: Too long');
		expect(error.httpCode).toBe('400');
		expect(error.context.itemIndex).toBe(2);
		expect(error.context.providerCode).toBe('300');
		expect(JSON.stringify(error)).not.toContain('sekret-token');
	});
});

describe('parseMeetBitError', () => {
	it('reads the JSON 400 with field errors', () => {
		expect(parseMeetBitError({ message: 'The title field is required. (and 1 more error)', errors: { title: ['The title field is required.'], is_public: ['x'] } })).toEqual({
			message: 'The title field is required. (and 1 more error)',
			fieldErrors: [
				{ field: 'title', message: 'The title field is required.' },
				{ field: 'is_public', message: 'x' },
			],
		});
	});

	it('reads text/plain bodies and tolerates anything else', () => {
		expect(parseMeetBitError('Access denied.')).toEqual({ message: 'Access denied.', fieldErrors: [] });
		expect(parseMeetBitError(undefined)).toEqual({ fieldErrors: [] });
		expect(parseMeetBitError({ errors: 'odd' })).toEqual({ message: undefined, fieldErrors: [] });
	});
});
