import type { FieldError, ProviderError } from '../shared/errors';
import { isRecordValue, textOf } from '../shared/errors';
import type { Provider } from '../shared/transport';
import { checkUuid } from '../shared/validation';
import { API_PATH, spaceOrigin } from './space';

/** Longest provider text kept in an error (an HTML page from a proxy is not worth showing whole). */
const MAX_TEXT = 500;

function shortText(value: unknown): string | undefined {
	const text = textOf(value);
	if (text === undefined) return undefined;
	return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

function entryToFieldError(entry: unknown, field?: string): FieldError | undefined {
	const text = shortText(entry);
	if (text) return field ? { field, message: text } : { message: text };
	if (!isRecordValue(entry)) return undefined;
	const message = shortText(entry.message) ?? shortText(entry.detail) ?? shortText(entry.error) ?? shortText(entry.code);
	if (!message) return undefined;
	const name = textOf(entry.field) ?? textOf(entry.param) ?? textOf(entry.parameter) ?? field;
	return name ? { field: name, message } : { message };
}

/**
 * SignalWire's Compatibility API answers errors as `{code, message, more_info, status}`; some 422s carry
 * `{errors: [...]}` instead (strings, or objects with a message). Anything else (an HTML page from a proxy,
 * an empty body, a bare array) is read as far as it makes sense and never throws.
 */
export function parseSignalWireError(body: unknown): ProviderError {
	if (typeof body === 'string') return { message: shortText(body), fieldErrors: [] };
	if (Array.isArray(body)) return parseSignalWireError({ errors: body });
	if (!isRecordValue(body)) return { fieldErrors: [] };
	const fieldErrors: FieldError[] = [];
	const errors = body.errors;
	if (Array.isArray(errors)) {
		for (const entry of errors) {
			const fieldError = entryToFieldError(entry);
			if (fieldError) fieldErrors.push(fieldError);
		}
	} else if (isRecordValue(errors)) {
		for (const [field, messages] of Object.entries(errors)) {
			for (const entry of Array.isArray(messages) ? messages : [messages]) {
				const fieldError = entryToFieldError(entry, field);
				if (fieldError) fieldErrors.push(fieldError);
			}
		}
	} else if (errors !== undefined) {
		const fieldError = entryToFieldError(errors);
		if (fieldError) fieldErrors.push(fieldError);
	}
	const code = typeof body.code === 'number' || typeof body.code === 'string' ? textOf(body.code) : undefined;
	const moreInfo = textOf(body.more_info);
	const parsed: ProviderError = { message: shortText(body.message) ?? shortText(body.error), fieldErrors };
	if (code !== undefined) parsed.code = code;
	if (moreInfo !== undefined && /^https?:\/\//i.test(moreInfo)) parsed.moreInfo = moreInfo;
	return parsed;
}

export const signalWireProvider: Provider = {
	displayName: 'SignalWire',
	credentialType: () => 'signalWireApi',
	limits: {
		// 50 requests in flight stay far below the write limit at any realistic latency (50 per 50 ms = 1,000/s).
		concurrency: 50,
		// 13,800 POST/PUT/PATCH requests per 10 s per space; GET and DELETE are "effectively unlimited".
		rateFor: (spec) => (['POST', 'PUT', 'PATCH'].includes(spec.method) ? { bucket: 'write', perSecond: 1380 } : undefined),
		summary: '1,380 write requests per second (13,800 per 10 s per space); reads are not capped',
	},
	baseUrl(credentials) {
		const origin = spaceOrigin(credentials.space);
		if ('problem' in origin) {
			return {
				field: 'Space',
				problem: origin.problem,
				hint: 'Open the credential and enter your space name (example for example.signalwire.com), the space host, or a local URL such as http://127.0.0.1:4013.',
			};
		}
		const projectIdProblem = checkUuid(credentials.projectId);
		if (projectIdProblem) {
			return {
				field: 'Project ID',
				problem: projectIdProblem,
				hint: 'Open the credential and copy the Project ID from your SignalWire space (Dashboard → API).',
			};
		}
		return { url: `${origin.origin}${API_PATH}/Accounts/${encodeURIComponent(String(credentials.projectId))}` };
	},
	bodyEncoding: 'form',
	parseError: parseSignalWireError,
	basicAuthPairs: (credentials) => [[String(credentials.projectId ?? ''), String(credentials.apiToken ?? '')]],
};
