import type { IDataObject } from 'n8n-workflow';

const REDACTED = '[redacted]';

/** Credential fields whose values are, or may contain, secrets. */
const SECRET_KEY = /secret|token|password|passwd|key|auth|cookie|signature/i;

/** Any credential value shorter than this is too short to be worth matching (and would over-redact). */
const MIN_SECRET_LENGTH = 4;

const AUTH_SCHEME_VALUE = /\b(Basic|Bearer)\s+[A-Za-z0-9\-._~+/]+=*/gi;

function collect(value: unknown, underSecretKey: boolean, found: Set<string>): void {
	if (typeof value === 'string') {
		if (underSecretKey && value.length >= MIN_SECRET_LENGTH) found.add(value);
		return;
	}
	if (Array.isArray(value)) {
		for (const entry of value) collect(entry, underSecretKey, found);
		return;
	}
	if (value !== null && typeof value === 'object') {
		for (const [key, entry] of Object.entries(value)) {
			collect(entry, underSecretKey || SECRET_KEY.test(key), found);
		}
	}
}

/**
 * The secret strings held by a credential: every string under a key that names a key, secret, token or
 * password, nested objects included (OAuth2 keeps its tokens under `oauthTokenData`). Basic-auth pairs are
 * added in their base64 form too, because that is how they travel in a header.
 */
export function collectSecrets(credentials: IDataObject | undefined, basicAuthPairs: Array<[string, string]> = []): string[] {
	const found = new Set<string>();
	collect(credentials ?? {}, false, found);
	for (const [user, password] of basicAuthPairs) {
		if (user || password) found.add(Buffer.from(`${user}:${password}`).toString('base64'));
	}
	// Longest first, so a secret that contains another is replaced whole.
	return [...found].sort((a, b) => b.length - a.length);
}

export function redactText(text: string, secrets: readonly string[]): string {
	let result = text.replace(AUTH_SCHEME_VALUE, `$1 ${REDACTED}`);
	for (const secret of secrets) {
		if (secret.length >= MIN_SECRET_LENGTH) result = result.split(secret).join(REDACTED);
	}
	return result;
}

/** A deep copy of `value` with every secret string replaced; keys that name credentials are blanked. */
export function redactValue<T>(value: T, secrets: readonly string[]): T {
	return redactAny(value, secrets) as T;
}

function redactAny(value: unknown, secrets: readonly string[]): unknown {
	if (typeof value === 'string') return redactText(value, secrets);
	if (Array.isArray(value)) return value.map((entry) => redactAny(entry, secrets));
	if (value !== null && typeof value === 'object') {
		const copy: Record<string, unknown> = {};
		for (const [key, entry] of Object.entries(value)) {
			copy[key] = /^(authorization|x-access-key-secret|x-access-key-id|cookie)$/i.test(key)
				? REDACTED
				: redactAny(entry, secrets);
		}
		return copy;
	}
	return value;
}
