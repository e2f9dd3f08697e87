import type { ICredentialDataDecryptedObject, INodeProperties } from 'n8n-workflow';

import { addressJs, originFromCredential } from '../shared/credentialAddress';

/**
 * Where a Zoom credential points: Zoom itself, Zoom for Government, or a custom host (a local sandbox or a
 * simulator). Both Zoom credentials carry the same `environment` and `customHost` fields; the node, the
 * Server-to-Server token request and the declarative credential pieces (test request, OAuth2 URLs) all derive
 * their URLs from them here.
 */

export type ZoomEnvironment = 'zoom' | 'zoomGov' | 'custom';

export const ZOOM_ENVIRONMENTS: Record<Exclude<ZoomEnvironment, 'custom'>, { api: string; oauth: string }> = {
	zoom: { api: 'https://api.zoom.us', oauth: 'https://zoom.us' },
	zoomGov: { api: 'https://api.zoomgov.com', oauth: 'https://zoomgov.com' },
};

export const API_PATH = '/v2';

export interface ZoomUrls {
	/** API base URL without a trailing slash, e.g. https://api.zoom.us/v2. */
	apiBaseUrl: string;
	tokenUrl: string;
	authorizeUrl: string;
}

export interface ZoomUrlProblem {
	field: string;
	problem: string;
	hint: string;
}

const CUSTOM_HOST_HINT =
	'Open the credential and enter only a scheme, host and port for the custom host, such as https://zoom.example.com or http://127.0.0.1:4011 (no path, query or user info).';

/** The URLs a credential points at, or what is wrong with its environment or custom host. */
export function zoomUrls(credentials: ICredentialDataDecryptedObject): ZoomUrls | ZoomUrlProblem {
	const environment = credentials.environment === undefined || credentials.environment === '' ? 'zoom' : credentials.environment;
	if (environment === 'zoom' || environment === 'zoomGov') {
		const hosts = ZOOM_ENVIRONMENTS[environment];
		return {
			apiBaseUrl: `${hosts.api}${API_PATH}`,
			tokenUrl: `${hosts.oauth}/oauth/token`,
			authorizeUrl: `${hosts.oauth}/oauth/authorize`,
		};
	}
	if (environment === 'custom') {
		const origin = originFromCredential(credentials, 'customHost', 'Custom Host');
		if ('problem' in origin) return { ...origin, hint: CUSTOM_HOST_HINT };
		return {
			apiBaseUrl: `${origin.url}${API_PATH}`,
			tokenUrl: `${origin.url}/oauth/token`,
			authorizeUrl: `${origin.url}/oauth/authorize`,
		};
	}
	return {
		field: 'Environment',
		problem: 'must be Zoom, Zoom for Government or Custom Host',
		hint: 'Open the credential and choose an environment.',
	};
}

/**
 * The shared address check for the custom host, as an expression body to combine with the environment
 * choice. `scope` is `$credentials` in test requests and `$self` in credential defaults.
 */
export function customHostJs(scope: '$credentials' | '$self'): string {
	return addressJs(`${scope}.customHost`, 'customhost-must-be-a-host-name-without-path-or-query');
}

/**
 * An n8n expression that yields one of a credential's URLs from its environment fields. A custom host that is
 * not a bare scheme + host + port is never glued into the URL (see `addressExpression`).
 */
export function zoomUrlExpression(kind: 'api' | 'token' | 'authorize', scope: '$credentials' | '$self'): string {
	const suffix = kind === 'api' ? API_PATH : kind === 'token' ? '/oauth/token' : '/oauth/authorize';
	const host = (environment: 'zoom' | 'zoomGov') =>
		JSON.stringify(`${kind === 'api' ? ZOOM_ENVIRONMENTS[environment].api : ZOOM_ENVIRONMENTS[environment].oauth}${suffix}`);
	return (
		`={{ ${scope}.environment === "zoomGov" ? ${host('zoomGov')} ` +
		`: ${scope}.environment === "custom" ? (${customHostJs(scope)}) + "${suffix}" ` +
		`: ${host('zoom')} }}`
	);
}

/** The credential fields both Zoom credentials share, first in their forms. */
export const environmentProperties: INodeProperties[] = [
	{
		displayName: 'Environment',
		name: 'environment',
		type: 'options',
		options: [
			{ name: 'Custom Host', value: 'custom', description: 'A Zoom-compatible server such as a local sandbox' },
			{ name: 'Zoom', value: 'zoom', description: 'API at api.zoom.us, tokens from zoom.us' },
			{ name: 'Zoom for Government', value: 'zoomGov', description: 'API at api.zoomgov.com, tokens from zoomgov.com' },
		],
		default: 'zoom',
	},
	{
		displayName: 'Custom Host',
		name: 'customHost',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. http://127.0.0.1:4011',
		description:
			'Scheme, host and port of the server, without a path. The API is called at {host}/v2 and tokens are requested from {host}/oauth/token. Plain http is accepted only for localhost.',
		displayOptions: { show: { environment: ['custom'] } },
	},
];
