/**
 * Credential tests are declarative requests whose base URL is an n8n expression. Evaluate those expressions
 * with n8n's own expression engine to prove a valid address becomes the right URL and an invalid one is
 * never glued into a request.
 */
import type { ICredentialType, INode } from 'n8n-workflow';
import { NodeConnectionTypes, Workflow } from 'n8n-workflow';

import { loadPackage } from '../support/harness';

const node: INode = { id: '1', name: 'Test', type: 'test.noop', typeVersion: 1, position: [0, 0], parameters: {} };

function workflow(): Workflow {
	const noop = {
		description: {
			displayName: 'Noop', name: 'noop', group: [], version: 1, description: '', defaults: {},
			inputs: [NodeConnectionTypes.Main], outputs: [NodeConnectionTypes.Main], properties: [],
		},
	};
	return new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: { getByName: () => noop, getByNameAndVersion: () => noop, getKnownTypes: () => ({}) } as never,
	});
}

async function credentialType(name: string): Promise<ICredentialType> {
	const loader = await loadPackage();
	return loader.credentialTypes[name].type;
}

function resolve(expression: string, credentials: Record<string, unknown>): string {
	return String(workflow().expression.getSimpleParameterValue(node, expression, 'internal', { $credentials: credentials }, undefined, ''));
}

describe('MeetBit API credential test request', () => {
	it.each([
		['acme.example.com', 'https://acme.example.com/api/public/v2.0'],
		['acme.example.com/', 'https://acme.example.com/api/public/v2.0'],
		['https://acme.example.com', 'https://acme.example.com/api/public/v2.0'],
		['http://127.0.0.1:4010', 'http://127.0.0.1:4010/api/public/v2.0'],
	])('builds the base URL from %s', async (domain, expected) => {
		const type = await credentialType('meetBitApi');
		expect(resolve(String(type.test?.request.baseURL), { domain })).toBe(expected);
	});

	it.each([['acme.example.com/evil'], ['acme.example.com?x=1'], ['user@acme.example.com'], ['acme .example.com'], ['http://acme.example.com']])(
		'never glues %p into the URL',
		async (domain) => {
			const type = await credentialType('meetBitApi');
			const url = resolve(String(type.test?.request.baseURL), { domain });
			expect(url).toBe('https://domain-must-be-a-host-name-without-path-or-query.invalid/api/public/v2.0');
		},
	);
});

describe('every credential has a read-only test request at the documented address', () => {
	const PROJECT = '6f1b8a2e-4c3d-4e5f-9a7b-1c2d3e4f5a6b';
	it.each([
		['meetBitApi', { domain: 'acme.example.com' }, 'https://acme.example.com/api/public/v2.0/users'],
		['zoomServerToServerOAuthApi', { environment: 'zoom' }, 'https://api.zoom.us/v2/users'],
		['zoomServerToServerOAuthApi', { environment: 'zoomGov' }, 'https://api.zoomgov.com/v2/users'],
		['zoomServerToServerOAuthApi', { environment: 'custom', customHost: 'http://127.0.0.1:4011' }, 'http://127.0.0.1:4011/v2/users'],
		['zoomMeetingsOAuth2Api', { environment: 'zoom' }, 'https://api.zoom.us/v2/users/me'],
		['zoomMeetingsOAuth2Api', { environment: 'zoomGov' }, 'https://api.zoomgov.com/v2/users/me'],
		['carrierXApi', { apiHost: 'api.carrierx.com' }, 'https://api.carrierx.com/conference/v2/meeting_rooms'],
		['signalWireApi', { space: 'example', projectId: PROJECT }, `https://example.signalwire.com/api/laml/2010-04-01/Accounts/${PROJECT}`],
	])('%s %j', async (name, data, expected) => {
		const type = await credentialType(name);
		const request = type.test?.request;
		expect(request?.method ?? 'GET').toBe('GET');
		expect(`${resolve(String(request?.baseURL), data)}${resolve(String(request?.url), data)}`).toBe(expected);
	});

	it('covers every credential the package registers', async () => {
		const loader = await loadPackage();
		for (const type of Object.values(loader.credentialTypes)) expect(type.type.test).toBeDefined();
		expect(Object.keys(loader.credentialTypes).sort()).toEqual(
			['carrierXApi', 'meetBitApi', 'signalWireApi', 'zoomMeetingsOAuth2Api', 'zoomServerToServerOAuthApi'].sort(),
		);
	});
});
