import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { parseServiceAddress } from './address';

/**
 * The credential-test request is declarative, so it cannot call code. This expression applies the same
 * rule as `parseServiceAddress` in a simplified form: a value that is not a bare host (or a scheme + host +
 * port) is never glued into the test URL; the test then fails on a host whose name says what to fix.
 */
export function addressExpression(field: string): string {
	const value = `$credentials.${field}`;
	return (
		`={{ /^(https:\\/\\/[A-Za-z0-9.-]+|http:\\/\\/(localhost|127\\.0\\.0\\.1)|[A-Za-z0-9.-]+)(:[0-9]+)?\\/?$/.test(${value}) ` +
		`? (${value}.startsWith("http") ? ${value}.replace(/\\/$/, "") : "https://" + ${value}.replace(/\\/$/, "")) ` +
		`: "https://${field.toLowerCase()}-must-be-a-host-name-without-path-or-query.invalid" }}`
	);
}

/** Resolves a credential address field for the nodes, with the strict parser. */
export function originFromCredential(
	credentials: ICredentialDataDecryptedObject,
	field: string,
	fieldLabel: string,
): { url: string } | { field: string; problem: string } {
	const parsed = parseServiceAddress(credentials[field]);
	return 'origin' in parsed ? { url: parsed.origin } : { field: fieldLabel, problem: parsed.problem };
}
