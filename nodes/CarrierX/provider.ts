import type { ProviderError } from '../shared/errors';
import { isRecordValue, textOf } from '../shared/errors';
import { originFromCredential } from '../shared/credentialAddress';
import type { Provider } from '../shared/transport';

/** Long non-JSON bodies (an HTML error page from a proxy, say) are cut to this many characters. */
const MAX_TEXT_BODY = 300;

function shorten(text: string | undefined): string | undefined {
	if (text === undefined) return undefined;
	return text.length > MAX_TEXT_BODY ? `${text.slice(0, MAX_TEXT_BODY)}…` : text;
}

function fieldErrorFrom(entry: unknown, fallbackField?: string): ProviderError['fieldErrors'][number] | undefined {
	if (typeof entry === 'string' || typeof entry === 'number') {
		const message = textOf(entry);
		return message ? { field: fallbackField, message: shorten(message) as string } : undefined;
	}
	if (!isRecordValue(entry)) return undefined;
	const message = textOf(entry.message) ?? textOf(entry.error) ?? textOf(entry.detail);
	if (!message) return undefined;
	const field = textOf(entry.field) ?? fallbackField;
	const reference = textOf(entry.reference_sid);
	return { field, message: shorten(reference ? `${message} (reference ${reference})` : message) as string };
}

function fieldErrorsFrom(errors: unknown): ProviderError['fieldErrors'] {
	const result: ProviderError['fieldErrors'] = [];
	const push = (entry: unknown, field?: string) => {
		const parsed = fieldErrorFrom(entry, field);
		if (parsed) result.push(parsed);
	};
	if (Array.isArray(errors)) {
		for (const entry of errors) push(entry);
	} else if (isRecordValue(errors)) {
		// `{message, field}` as a single object, or `{field: message | [messages]}`.
		if (textOf(errors.message) !== undefined) {
			push(errors);
		} else {
			for (const [field, messages] of Object.entries(errors)) {
				for (const entry of Array.isArray(messages) ? messages : [messages]) push(entry, field);
			}
		}
	} else {
		push(errors);
	}
	return result;
}

/**
 * CarrierX does not document its error body. The working assumption is
 * `{message, errors: [{field, message, reference_sid}]}`; this parser also copes with `errors` as an object or
 * missing, a bare array, a plain-text body and anything else, so whatever the API says reaches the user.
 */
export function parseCarrierXError(body: unknown): ProviderError {
	if (typeof body === 'string') return { message: shorten(textOf(body)), fieldErrors: [] };
	if (Array.isArray(body)) return { fieldErrors: fieldErrorsFrom(body) };
	if (!isRecordValue(body)) return { fieldErrors: [] };
	const message = textOf(body.message) ?? textOf(body.error) ?? textOf(body.detail);
	const code = textOf(body.code);
	const parsed: ProviderError = { message: shorten(message), fieldErrors: fieldErrorsFrom(body.errors) };
	if (code !== undefined) parsed.code = code;
	return parsed;
}

export const carrierXProvider: Provider = {
	displayName: 'CarrierX',
	credentialType: () => 'carrierXApi',
	limits: {
		// CarrierX documents no rate limit; 429s are still honoured if it sends them. 50 in flight keeps up with
		// n8n's HTTP Request node (which sends everything at once) while staying bounded.
		concurrency: 50,
		summary: 'none documented, so no cap (429 answers are still waited out)',
	},
	baseUrl(credentials) {
		const origin = originFromCredential(credentials, 'apiHost', 'API Host');
		return 'url' in origin ? { url: `${origin.url}/conference/v2` } : origin;
	},
	bodyEncoding: 'json',
	parseError: parseCarrierXError,
	basicAuthPairs(credentials) {
		const login = typeof credentials.login === 'string' ? credentials.login : '';
		const password = typeof credentials.password === 'string' ? credentials.password : '';
		return [[login, password]];
	},
};
