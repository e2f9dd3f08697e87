import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import { parseServiceAddress } from './address';

/**
 * The credential-test request is declarative, so it cannot call code. This expression body (JavaScript as
 * n8n evaluates it between `{{ }}`) applies the same rule as `parseServiceAddress` in a simplified form: a
 * value that is not a bare host (or a scheme + host + port) is never glued into the test URL; it yields
 * `https://<invalidHostLabel>.invalid` instead, so the test fails on a host whose name says what to fix.
 * `value` is the expression that reads the field, e.g. `$credentials.domain` or `$self.customHost`.
 */
export function addressJs(value: string, invalidHostLabel: string): string {
	return (
		`/^(https:\\/\\/[A-Za-z0-9.-]+|http:\\/\\/(localhost|127\\.0\\.0\\.1)|[A-Za-z0-9.-]+)(:[0-9]+)?\\/?$/.test(${value}) ` +
		`? (${value}.startsWith("http") ? ${value}.replace(/\\/$/, "") : "https://" + ${value}.replace(/\\/$/, "")) ` +
		`: "https://${invalidHostLabel}.invalid"`
	);
}

/** `addressJs` as a complete n8n expression for a credential field. */
export function addressExpression(field: string): string {
	return `={{ ${addressJs(`$credentials.${field}`, `${field.toLowerCase()}-must-be-a-host-name-without-path-or-query`)} }}`;
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
