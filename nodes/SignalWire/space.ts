import type { AddressResult } from '../shared/address';
import { parseServiceAddress } from '../shared/address';
import { addressJs } from '../shared/credentialAddress';
import { UUID } from '../shared/validation';

/**
 * A SignalWire space can be given three ways: its name (`example` → `https://example.signalwire.com`), its
 * host (`example.signalwire.com`), or, for local testing, a loopback URL (`http://127.0.0.1:4013`). Anything
 * else that would end up glued into request URLs (a path, a query, user info, whitespace) is refused by the
 * shared address parser.
 */

export const SIGNALWIRE_DOMAIN = 'signalwire.com';

export const API_PATH = '/api/laml/2010-04-01';

/** A space name is one DNS label: letters, digits and inner hyphens. */
const SPACE_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

export function spaceOrigin(value: unknown): AddressResult {
	if (typeof value === 'string' && SPACE_NAME.test(value) && value.toLowerCase() !== 'localhost') {
		return { origin: `https://${value.toLowerCase()}.${SIGNALWIRE_DOMAIN}` };
	}
	return parseServiceAddress(value);
}

/**
 * The credential test is declarative and cannot call `spaceOrigin`, so this n8n expression applies the same
 * rules in a simplified form. A value that is not a space name, a bare host or a scheme + host + port is never
 * glued into the test URL: the test then fails on a host whose name says what to fix.
 */
export function spaceBaseUrlExpression(field: string): string {
	const space = `$credentials.${field}`;
	return (
		`={{ /${SPACE_NAME.source}/.test(${space}) && ${space}.toLowerCase() !== "localhost" ` +
		`? "https://" + ${space}.toLowerCase() + ".${SIGNALWIRE_DOMAIN}" ` +
		`: (${addressJs(space, `${field.toLowerCase()}-must-be-a-space-name-or-host-without-path-or-query`)}) }}${API_PATH}`
	);
}

/** `/Accounts/{projectId}` for the credential test; a project ID that is not a UUID never reaches the path. */
export function accountPathExpression(field: string): string {
	const projectId = `$credentials.${field}`;
	return (
		`=/Accounts/{{ /${UUID.source}/i.test(${projectId}) ` +
		`? ${projectId} : "${field.toLowerCase()}-must-be-a-uuid" }}`
	);
}

/**
 * A regex (source) that reads the SID after `/{collection}/` from a SignalWire API URL, such as the `uri` field of
 * its answers, with or without the space host and the `.json` suffix.
 */
export function API_URL_ID(collection: string): string {
	return `(?:https?:\\/\\/[^/?#]+)?${API_PATH.replace(/[/.-]/g, '\\$&')}\\/Accounts\\/[^/]+\\/(?:[^?#]*\\/)?${collection}\\/([0-9a-fA-F-]{36})(?:\\.json)?(?:[?#].*)?$`;
}
