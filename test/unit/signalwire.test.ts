import type { INode, INodeTypes } from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';

import { parseSignalWireError, signalWireProvider } from '../../nodes/SignalWire/provider';
import { accountPathExpression, spaceBaseUrlExpression, spaceOrigin } from '../../nodes/SignalWire/space';

const PROJECT_ID = '6f1b8a2e-4c3d-4e5f-9a7b-1c2d3e4f5a6b';

describe('parseSignalWireError', () => {
	it('reads the Compatibility API error shape, code as a string and more_info as moreInfo', () => {
		expect(
			parseSignalWireError({ code: 20404, message: 'Not Found', more_info: 'https://developer.signalwire.com/x', status: 404 }),
		).toEqual({ code: '20404', message: 'Not Found', moreInfo: 'https://developer.signalwire.com/x', fieldErrors: [] });
	});

	it('reads an errors array of strings and of objects', () => {
		expect(parseSignalWireError({ errors: ['Url is invalid', '  ', 'Status is required'] })).toEqual({
			message: undefined,
			fieldErrors: [{ message: 'Url is invalid' }, { message: 'Status is required' }],
		});
		expect(
			parseSignalWireError({ errors: [{ field: 'AnnounceUrl', message: 'is invalid' }, { detail: 'bad' }, { code: 10000 }, {}, null, 7] }),
		).toEqual({
			message: undefined,
			fieldErrors: [{ field: 'AnnounceUrl', message: 'is invalid' }, { message: 'bad' }, { message: '10000' }, { message: '7' }],
		});
	});

	it('reads errors keyed by field, a bare array and a single error string', () => {
		expect(parseSignalWireError({ errors: { AnnounceUrl: ['is invalid', 'is too long'] } }).fieldErrors).toEqual([
			{ field: 'AnnounceUrl', message: 'is invalid' },
			{ field: 'AnnounceUrl', message: 'is too long' },
		]);
		expect(parseSignalWireError(['one']).fieldErrors).toEqual([{ message: 'one' }]);
		expect(parseSignalWireError({ errors: 'only one' }).fieldErrors).toEqual([{ message: 'only one' }]);
		expect(parseSignalWireError({ error: 'Unauthorized' }).message).toBe('Unauthorized');
	});

	it('never throws on odd bodies', () => {
		for (const body of [undefined, null, '', 42, true, [], {}, { code: { nested: 1 } }, { message: 12 }, { code: true }]) {
			expect(() => parseSignalWireError(body)).not.toThrow();
			expect(parseSignalWireError(body).fieldErrors).toEqual([]);
		}
		expect(parseSignalWireError({ code: true, message: 12 })).toEqual({ message: '12', fieldErrors: [] });
		expect(parseSignalWireError('  Bad gateway  ')).toEqual({ message: 'Bad gateway', fieldErrors: [] });
		expect(parseSignalWireError({ code: '20429', more_info: 'javascript:alert(1)' })).toEqual({ code: '20429', message: undefined, fieldErrors: [] });
	});

	it('shortens a long text body such as an HTML error page', () => {
		const parsed = parseSignalWireError(`<html>${'x'.repeat(2000)}</html>`);
		expect(parsed.message?.length).toBeLessThanOrEqual(501);
		expect(parsed.message?.endsWith('…')).toBe(true);
	});
});

describe('spaceOrigin', () => {
	it.each([
		['example', 'https://example.signalwire.com'],
		['Example-Space', 'https://example-space.signalwire.com'],
		['example.signalwire.com', 'https://example.signalwire.com'],
		['https://example.signalwire.com', 'https://example.signalwire.com'],
		['https://example.signalwire.com/', 'https://example.signalwire.com'],
		['http://127.0.0.1:4013', 'http://127.0.0.1:4013'],
		['http://localhost:4013', 'http://localhost:4013'],
		['localhost:4013', 'https://localhost:4013'],
	])('%s → %s', (value, origin) => {
		expect(spaceOrigin(value)).toEqual({ origin });
	});

	it.each([
		['', /is empty/],
		[undefined, /is empty/],
		['example.signalwire.com/api/laml', /contains a path/],
		['https://example.signalwire.com?x=1', /contains a query/],
		['https://user:pw@example.signalwire.com', /contains user info/],
		[' example', /contains whitespace/],
		['exa mple', /contains whitespace/],
		['http://example.signalwire.com', /plain http for a remote host/],
		['ftp://example.signalwire.com', /unsupported scheme/],
		['-example', /not a valid host name/],
	])('refuses %p', (value, problem) => {
		const result = spaceOrigin(value);
		expect('problem' in result && result.problem).toMatch(problem);
	});
});

describe('signalWireProvider.baseUrl', () => {
	it('puts the project ID in the path under the Compatibility API root', () => {
		expect(signalWireProvider.baseUrl({ space: 'example', projectId: PROJECT_ID, apiToken: 't' })).toEqual({
			url: `https://example.signalwire.com/api/laml/2010-04-01/Accounts/${PROJECT_ID}`,
		});
	});

	it('refuses a project ID that is not a UUID, and says which field', () => {
		expect(signalWireProvider.baseUrl({ space: 'example', projectId: '../x', apiToken: 't' })).toMatchObject({
			field: 'Project ID',
			problem: expect.stringMatching(/must be an ID in the form/),
		});
		expect(signalWireProvider.baseUrl({ space: 'a/b', projectId: PROJECT_ID, apiToken: 't' })).toMatchObject({ field: 'Space' });
	});

	it('declares the Basic-auth pair so its base64 form is redacted', () => {
		expect(signalWireProvider.basicAuthPairs?.({ projectId: PROJECT_ID, apiToken: 'tok' })).toEqual([[PROJECT_ID, 'tok']]);
	});
});

describe('credential test URL expressions', () => {
	const node: INode = { id: 'n', name: 'N', type: 'test.none', typeVersion: 1, position: [0, 0], parameters: {} };
	const nodeTypes = {
		getByName: () => undefined,
		getByNameAndVersion: () => ({ description: { properties: [] } }),
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const resolve = (expression: string, credentials: Record<string, string>) =>
		workflow.expression.getSimpleParameterValue(node, expression, 'internal', { $credentials: credentials }, undefined, '');
	const testUrl = (space: string, projectId = PROJECT_ID) =>
		`${String(resolve(spaceBaseUrlExpression('space'), { space }))}${String(resolve(accountPathExpression('projectId'), { projectId }))}`;

	it.each([
		['example', `https://example.signalwire.com/api/laml/2010-04-01/Accounts/${PROJECT_ID}`],
		['example.signalwire.com', `https://example.signalwire.com/api/laml/2010-04-01/Accounts/${PROJECT_ID}`],
		['http://127.0.0.1:4013', `http://127.0.0.1:4013/api/laml/2010-04-01/Accounts/${PROJECT_ID}`],
		['https://example.signalwire.com/', `https://example.signalwire.com/api/laml/2010-04-01/Accounts/${PROJECT_ID}`],
	])('agrees with the node for %s', (space, url) => {
		expect(testUrl(space)).toBe(url);
	});

	it('never glues a path, query or user info into the URL', () => {
		for (const space of ['example.signalwire.com/evil', 'https://example.signalwire.com?x=1', 'https://u:p@example.signalwire.com']) {
			expect(testUrl(space)).toBe(
				`https://space-must-be-a-space-name-or-host-without-path-or-query.invalid/api/laml/2010-04-01/Accounts/${PROJECT_ID}`,
			);
		}
	});

	it('replaces a project ID that is not a UUID', () => {
		expect(testUrl('example', '../Calls')).toBe('https://example.signalwire.com/api/laml/2010-04-01/Accounts/projectid-must-be-a-uuid');
	});
});
