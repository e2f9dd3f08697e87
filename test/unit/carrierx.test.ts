import type { INode, INodeTypes } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { CarrierXApi } from '../../credentials/CarrierXApi.credentials';
import { accessCodeChecks, propertyChecks, toProperties } from '../../nodes/CarrierX/actions/meetingRoom/common';
import { buildReplaceBody, replaceChecks } from '../../nodes/CarrierX/actions/meetingRoom/replace.operation';
import { buildUpdateBody, updateChecks } from '../../nodes/CarrierX/actions/meetingRoom/update.operation';
import { buildCreateBody } from '../../nodes/CarrierX/actions/meetingRoom/create.operation';
import { checkFilterText, containsClause, filterClause, joinClauses, quoteFilterValue } from '../../nodes/CarrierX/actions/shared';
import { carrierXProvider, parseCarrierXError } from '../../nodes/CarrierX/provider';
import { expandPath } from '../../nodes/shared/path';
import { collectSecrets } from '../../nodes/shared/redaction';

const SID = '2652635f-10a6-4b2a-a46b-2eeb75ddeab6';
const GROUP = '7a3b2c1d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const problems = (checks: Array<[string, string | undefined]>) => checks.filter(([, problem]) => problem !== undefined);

describe('parseCarrierXError', () => {
	it('reads the inferred shape {message, errors: [{field, message, reference_sid}]}', () => {
		expect(
			parseCarrierXError({
				message: 'Object validation error',
				errors: [
					{ field: 'did_group_sid', message: 'DID group not found', reference_sid: null },
					{ field: 'access_codes', message: 'code taken', reference_sid: SID },
				],
			}),
		).toEqual({
			message: 'Object validation error',
			fieldErrors: [
				{ field: 'did_group_sid', message: 'DID group not found' },
				{ field: 'access_codes', message: `code taken (reference ${SID})` },
			],
		});
	});

	it('reads errors given as one object, as a field map, or as strings', () => {
		expect(parseCarrierXError({ message: 'm', errors: { field: 'name', message: 'too long' } }).fieldErrors).toEqual([
			{ field: 'name', message: 'too long' },
		]);
		expect(parseCarrierXError({ errors: { name: ['too long', 'bad'], role: 'invalid' } }).fieldErrors).toEqual([
			{ field: 'name', message: 'too long' },
			{ field: 'name', message: 'bad' },
			{ field: 'role', message: 'invalid' },
		]);
		expect(parseCarrierXError({ message: 'm', errors: ['first', { message: 'second' }, 42, null, {}] }).fieldErrors).toEqual([
			{ field: undefined, message: 'first' },
			{ field: undefined, message: 'second' },
			{ field: undefined, message: '42' },
		]);
		expect(parseCarrierXError({ message: 'm', errors: 'just text' }).fieldErrors).toEqual([{ field: undefined, message: 'just text' }]);
	});

	it('copes with missing errors, other message keys, bare arrays and odd bodies', () => {
		expect(parseCarrierXError({ message: 'unauthorized' })).toEqual({ message: 'unauthorized', fieldErrors: [] });
		expect(parseCarrierXError({ error: 'Not Found', code: 404 })).toEqual({ message: 'Not Found', code: '404', fieldErrors: [] });
		expect(parseCarrierXError({ detail: 'Throttled' }).message).toBe('Throttled');
		expect(parseCarrierXError([{ field: 'name', message: 'bad' }])).toEqual({ fieldErrors: [{ field: 'name', message: 'bad' }] });
		expect(parseCarrierXError('  Bad Gateway \n')).toEqual({ message: 'Bad Gateway', fieldErrors: [] });
		expect(parseCarrierXError('')).toEqual({ message: undefined, fieldErrors: [] });
		for (const body of [undefined, null, 42, true]) expect(parseCarrierXError(body)).toEqual({ fieldErrors: [] });
		expect(parseCarrierXError({ message: { nested: true }, errors: null })).toEqual({ message: undefined, fieldErrors: [] });
	});

	it('cuts an HTML error page down to a readable length', () => {
		const parsed = parseCarrierXError(`<html>${'x'.repeat(1000)}</html>`);
		expect(parsed.message?.length).toBe(301);
		expect(parsed.message?.endsWith('…')).toBe(true);
	});
});

describe('update body (PATCH)', () => {
	it('sends only the chosen fields, in CarrierX names', () => {
		const fields = {
			name: 'Renamed',
			accessCodes: { code: [{ accessCode: '1234', role: 'host' }] },
			didGroupSid: GROUP,
			properties: { property: [{ key: 'intro_prompt', value: 'hi' }] },
		};
		expect(problems(updateChecks(fields))).toEqual([]);
		expect(buildUpdateBody(fields)).toEqual({
			name: 'Renamed',
			access_codes: [{ access_code: '1234', role: 'host' }],
			did_group_sid: GROUP,
			properties: { intro_prompt: 'hi' },
		});
		expect(buildUpdateBody({ name: 'Only' })).toEqual({ name: 'Only' });
	});

	it('clears the DID group with null, and only when asked', () => {
		expect(buildUpdateBody({ clearDidGroup: true })).toEqual({ did_group_sid: null });
		expect(buildUpdateBody({ clearDidGroup: false, name: 'x' })).toEqual({ name: 'x' });
		expect(problems(updateChecks({ clearDidGroup: true }))).toEqual([]);
	});

	it('refuses an empty update, including a Clear DID Group left off', () => {
		expect(problems(updateChecks({}))).toEqual([['Update Fields', expect.stringMatching(/^has nothing to change/)]]);
		expect(problems(updateChecks({ clearDidGroup: false }))).toEqual([['Update Fields', expect.stringMatching(/^has nothing to change/)]]);
	});

	it('refuses chosen fields left empty or contradicting each other', () => {
		expect(problems(updateChecks({ accessCodes: {} }))).toEqual([['Access Codes', expect.stringMatching(/^has no entries/)]]);
		expect(problems(updateChecks({ properties: { property: [] } }))).toEqual([['Properties', expect.stringMatching(/^has no entries/)]]);
		expect(problems(updateChecks({ name: '' }))).toEqual([['Name', expect.stringMatching(/^is empty/)]]);
		expect(problems(updateChecks({ name: 5 }))).toEqual([['Name', 'must be text']]);
		expect(problems(updateChecks({ didGroupSid: '' }))).toEqual([['DID Group SID', expect.stringMatching(/use Clear DID Group/)]]);
		expect(problems(updateChecks({ didGroupSid: 'x' }))).toEqual([['DID Group SID', expect.stringMatching(/must be an ID/)]]);
		expect(problems(updateChecks({ clearDidGroup: true, didGroupSid: GROUP }))).toEqual([
			['Clear DID Group', expect.stringMatching(/cannot be combined/)],
		]);
		expect(problems(updateChecks({ clearDidGroup: 'yes' }))).toEqual([['Clear DID Group', 'must be true or false']]);
	});
});

describe('replace body (PUT)', () => {
	it('sends every modifiable field, with omitted values in their empty form', () => {
		expect(buildReplaceBody({ name: 'Bare', accessCodes: {}, didGroupSid: '', properties: {} })).toEqual({
			name: 'Bare',
			access_codes: [],
			did_group_sid: null,
			properties: {},
		});
		expect(buildReplaceBody({ name: 'Bare' })).toEqual({ name: 'Bare', access_codes: [], did_group_sid: null, properties: {} });
		expect(
			buildReplaceBody({
				name: 'Full',
				accessCodes: { code: [{ accessCode: '1', role: 'listener' }] },
				didGroupSid: GROUP,
				properties: { property: [{ key: 'a', value: 1 }, { key: 'b' }] },
			}),
		).toEqual({ name: 'Full', access_codes: [{ access_code: '1', role: 'listener' }], did_group_sid: GROUP, properties: { a: 1, b: '' } });
	});

	it('requires the name and validates the rest', () => {
		expect(problems(replaceChecks({ name: 'ok', didGroupSid: '' }))).toEqual([]);
		expect(problems(replaceChecks({ name: 'ok', didGroupSid: null }))).toEqual([]);
		expect(problems(replaceChecks({ name: '', didGroupSid: 'nope' }))).toEqual([
			['Name', 'is required'],
			['DID Group SID', expect.stringMatching(/must be an ID/)],
		]);
	});
});

describe('access codes and properties', () => {
	it('accepts digit codes with a known role', () => {
		expect(problems(accessCodeChecks([{ accessCode: '890671', role: 'host' }, { accessCode: '0012', role: 'listener' }]))).toEqual([]);
	});

	it.each([
		[{ accessCode: '', role: 'host' }, 'Access Codes › Access Code (code 1)', 'is required'],
		[{ accessCode: '12 34', role: 'host' }, 'Access Codes › Access Code (code 1)', 'may contain only the digits 0-9'],
		[{ accessCode: '-1', role: 'host' }, 'Access Codes › Access Code (code 1)', 'may contain only the digits 0-9'],
		[{ accessCode: 1234, role: 'host' }, 'Access Codes › Access Code (code 1)', 'must be text'],
		[{ accessCode: '1'.repeat(33), role: 'host' }, 'Access Codes › Access Code (code 1)', expect.stringMatching(/at most 32/)],
		[{ accessCode: '1', role: 'moderator' }, 'Access Codes › Role (code 1)', 'must be one of: host, participant, listener'],
		[{ accessCode: '1', role: 'Host' }, 'Access Codes › Role (code 1)', 'must be one of: host, participant, listener'],
		[{ accessCode: '1' }, 'Access Codes › Role (code 1)', 'is required'],
	])('refuses %p', (entry, field, problem) => {
		expect(problems(accessCodeChecks([entry]))).toEqual([[field, problem]]);
	});

	it('refuses the same code twice in one list, whatever the roles', () => {
		expect(
			problems(
				accessCodeChecks([
					{ accessCode: '1', role: 'host' },
					{ accessCode: '2', role: 'host' },
					{ accessCode: '1', role: 'listener' },
				]),
			),
		).toEqual([['Access Codes', 'lists the access code "1" more than once; each code must be unique']]);
	});

	it('refuses empty and duplicate property keys and non-scalar values', () => {
		expect(problems(propertyChecks([{ key: 'a', value: 'x' }, { key: 'b', value: 2 }, { key: 'c', value: true }]))).toEqual([]);
		expect(problems(propertyChecks([{ key: '', value: 'x' }]))).toEqual([['Properties › Key (property 1)', 'is required']]);
		expect(problems(propertyChecks([{ key: 'a', value: { deep: 1 } }]))).toEqual([
			['Properties › Value (property 1)', 'must be text, a number or true/false'],
		]);
		expect(problems(propertyChecks([{ key: 'a', value: '1' }, { key: 'a', value: '2' }]))).toEqual([
			['Properties', 'lists the key "a" more than once; each key must be unique'],
		]);
		expect(toProperties([{ key: 'a', value: 'x' }, { key: 'b', value: null }])).toEqual({ a: 'x', b: '' });
	});
});

describe('meeting room SID in the path', () => {
	it('is encoded as one segment even if validation were bypassed', () => {
		expect(expandPath('/meeting_rooms/{meeting_room_sid}', { meeting_room_sid: '../meeting_rooms' })).toBe('/meeting_rooms/..%2Fmeeting_rooms');
		expect(expandPath('/meeting_rooms/{meeting_room_sid}', { meeting_room_sid: 'a/b' })).toBe('/meeting_rooms/a%2Fb');
		const url = new URL(`https://api.carrierx.com/conference/v2${expandPath('/meeting_rooms/{sid}', { sid: '../x?y' })}`);
		expect(url.pathname).toBe('/conference/v2/meeting_rooms/..%2Fx%3Fy');
		expect(() => expandPath('/meeting_rooms/{sid}', { sid: '..' })).toThrow();
	});
});

describe('carrierXProvider', () => {
	it('builds the base URL from the API host', () => {
		expect(carrierXProvider.baseUrl({ apiHost: 'api.carrierx.com' })).toEqual({ url: 'https://api.carrierx.com/conference/v2' });
		expect(carrierXProvider.baseUrl({ apiHost: 'http://127.0.0.1:4012' })).toEqual({ url: 'http://127.0.0.1:4012/conference/v2' });
		expect(carrierXProvider.baseUrl({ apiHost: 'https://api.carrierx.com/' })).toEqual({ url: 'https://api.carrierx.com/conference/v2' });
	});

	it.each([
		['api.carrierx.com/conference/v2', /contains a path/],
		['api.carrierx.com?x=1', /contains a query/],
		['user:pw@api.carrierx.com', /contains user info/],
		['api.carrierx .com', /contains whitespace/],
		['', /is empty/],
	])('refuses the host %p', (apiHost, problem) => {
		expect(carrierXProvider.baseUrl({ apiHost })).toEqual({ field: 'API Host', problem: expect.stringMatching(problem) });
	});

	it('declares the Basic pair so its base64 form is redacted too', () => {
		const credentials = { apiHost: 'api.carrierx.com', login: 'conference_user_123', password: 'qwerty123' };
		const secrets = collectSecrets(credentials, carrierXProvider.basicAuthPairs?.(credentials));
		expect(secrets).toContain('qwerty123');
		expect(secrets).toContain(Buffer.from('conference_user_123:qwerty123').toString('base64'));
	});
});

describe('CarrierXApi credential', () => {
	const credential = new CarrierXApi();
	const nodeTypes = { getByName: () => undefined, getByNameAndVersion: () => undefined, getKnownTypes: () => ({}) } as unknown as INodeTypes;
	const node: INode = { id: 'n', name: 'n', type: 'x', typeVersion: 1, position: [0, 0], parameters: {} };
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const resolve = (value: string, apiHost: string) =>
		workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: { apiHost } }, undefined, '');

	it('authenticates with Basic login/password and tests with a read-only list call', async () => {
		const options = await credential.authenticate({ login: 'user-1', password: 'pw-1' }, { url: '/x', headers: { Accept: 'a' } });
		expect(options).toEqual({ url: '/x', headers: { Accept: 'a' }, auth: { username: 'user-1', password: 'pw-1' } });
		expect(credential.test.request).toMatchObject({ method: 'GET', url: '/meeting_rooms', qs: { limit: 1 } });
		expect(credential.properties.find((property) => property.name === 'apiHost')?.default).toBe('api.carrierx.com');
		expect(credential.properties.find((property) => property.name === 'password')?.typeOptions).toEqual({ password: true });
	});

	it.each([
		['api.carrierx.com', 'https://api.carrierx.com/conference/v2'],
		['http://127.0.0.1:4012', 'http://127.0.0.1:4012/conference/v2'],
		['api.carrierx.com/evil', 'https://apihost-must-be-a-host-name-without-path-or-query.invalid/conference/v2'],
		['evil.example.com?x=', 'https://apihost-must-be-a-host-name-without-path-or-query.invalid/conference/v2'],
	])('points the credential test for host %p at %p', (apiHost, expected) => {
		expect(resolve(credential.test.request.baseURL as string, apiHost)).toBe(expected);
	});
});

describe('CarrierX filter building', () => {
	it('quotes values so quotes, backslashes and spaces stay inside one value', () => {
		expect(quoteFilterValue('Bob "Bobby" Smith')).toBe('"Bob \\"Bobby\\" Smith"');
		expect(quoteFilterValue('a\\" and role eq "host')).toBe('"a\\\\\\" and role eq \\"host"');
		expect(filterClause('meeting_sid', 'eq', SID)).toBe(`meeting_sid eq "${SID}"`);
		expect(containsClause('name', 'x y')).toBe('name like "%x y%"');
	});

	it('joins only non-empty clauses with and', () => {
		expect(joinClauses([undefined, ' a eq b ', '', 'c eq "d"'])).toBe('a eq b and c eq "d"');
		expect(joinClauses([undefined, '  '])).toBeUndefined();
	});

	it('refuses control characters and overlong text', () => {
		expect(checkFilterText('name eq "x"')).toBeUndefined();
		expect(checkFilterText(undefined)).toBeUndefined();
		for (const bad of ['a\nb', 'a\tb', 'a\u0000', 'a\u007f']) expect(checkFilterText(bad)).toMatch(/control characters/);
		expect(checkFilterText('x'.repeat(2001))).toMatch(/at most 2000/);
		expect(checkFilterText(42)).toBe('must be text');
	});

	it('sends the default properties for a create with nothing given, as n8n drops an empty body', () => {
		expect(buildCreateBody({})).toEqual({});
		expect(buildCreateBody({ name: 'Room' })).toEqual({ name: 'Room' });
	});
});
