import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

import type { FieldError, HttpFailure, ProviderError } from '../shared/errors';
import { isRecordValue, textOf } from '../shared/errors';
import type { Provider, RateLimitVerdict } from '../shared/transport';
import { zoomUrls } from './environment';

export const USER_APP_TYPE = 'zoomMeetingsOAuth2Api';
export const ACCOUNT_APP_TYPE = 'zoomServerToServerOAuthApi';

/** Longest provider text kept in an error (an HTML page from a proxy is not worth showing whole). */
const MAX_TEXT = 500;

function shortText(value: unknown): string | undefined {
	const text = textOf(value);
	if (text === undefined) return undefined;
	return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/**
 * Zoom's API answers errors as `{code, message}` and validation failures as
 * `{code: 300, message: "Validation Failed.", errors: [{field, message}]}`; its token endpoint answers
 * `{reason, error}`. Anything else (plain text, HTML, an empty body) is read as far as it makes sense.
 */
export function parseZoomError(body: unknown): ProviderError {
	if (typeof body === 'string') return { message: shortText(body), fieldErrors: [] };
	if (!isRecordValue(body)) return { fieldErrors: [] };
	const fieldErrors: FieldError[] = [];
	if (Array.isArray(body.errors)) {
		for (const entry of body.errors) {
			if (isRecordValue(entry)) {
				const message = shortText(entry.message) ?? shortText(entry.reason);
				const field = textOf(entry.field);
				if (message) fieldErrors.push(field ? { field, message } : { message });
				else if (field) fieldErrors.push({ field, message: 'Invalid field.' });
			} else {
				const message = shortText(entry);
				if (message) fieldErrors.push({ message });
			}
		}
	}
	const parsed: ProviderError = {
		message: shortText(body.message) ?? shortText(body.reason) ?? shortText(body.error_description) ?? shortText(body.error),
		fieldErrors,
	};
	const code = textOf(body.code) ?? (typeof body.error === 'string' && body.reason !== undefined ? textOf(body.error) : undefined);
	if (code !== undefined) parsed.code = code;
	return parsed;
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * Zoom's per-second limits clear within a second or two and are waited out. Its daily limits (at most 100
 * creates/updates of a meeting per day; daily caps on some plans) reset at 00:00 GMT: Zoom marks them with
 * `X-RateLimit-Type: Daily-limit`, a message about the daily limit, and a `Retry-After` date hours away. Those
 * fail at once.
 */
export function classifyZoomRateLimit(failure: HttpFailure, parsed: ProviderError, retryAfterMs: number | undefined): RateLimitVerdict {
	const type = failure.headers['x-ratelimit-type'] ?? '';
	const message = parsed.message ?? '';
	const daily = /daily/i.test(type) || /daily/i.test(message) || (retryAfterMs !== undefined && retryAfterMs >= HOUR_MS);
	if (!daily) return {};
	if (/create\/update|update/i.test(message)) {
		const limit = /\((\d+)\)/.exec(message)?.[1] ?? failure.headers['x-ratelimit-limit'] ?? '100';
		return {
			failFastMessage: `Zoom's daily limit of ${limit} meeting updates is used up; Zoom accepts no more updates until the limit resets at 00:00 GMT`,
		};
	}
	return {
		failFastMessage: "Zoom's daily rate limit for this request is used up; Zoom accepts no more of these requests until the limit resets",
	};
}

function basicAuthPairs(credentials: ICredentialDataDecryptedObject): Array<[string, string]> {
	const clientId = typeof credentials.clientId === 'string' ? credentials.clientId : '';
	const clientSecret = typeof credentials.clientSecret === 'string' ? credentials.clientSecret : '';
	return clientId || clientSecret ? [[clientId, clientSecret]] : [];
}

/**
 * Zoom's account-wide limits by endpoint category on a Pro plan (Business and up allow more; Free less, where
 * Zoom's 429s take over). A user on another plan sets Options → Max Requests per Second.
 */
const ZOOM_RATES_PER_SECOND = { light: 30, medium: 20, heavy: 10, resourceIntensive: 10 / 60 } as const;

export const zoomProvider: Provider = {
	displayName: 'Zoom',
	limits: {
		concurrency: 10,
		rateFor: (spec) => {
			const category = spec.rateCategory ?? 'light';
			return { bucket: category, perSecond: ZOOM_RATES_PER_SECOND[category] };
		},
		summary: 'per endpoint category on a Pro plan: Light 30/s, Medium 20/s, Heavy 10/s, Resource-intensive 10/min',
	},
	credentialType(parameter) {
		return parameter('authentication', 'serverToServerOAuth') === 'oAuth2'
			? USER_APP_TYPE
			: ACCOUNT_APP_TYPE;
	},
	baseUrl(credentials) {
		const urls = zoomUrls(credentials);
		return 'problem' in urls ? urls : { url: urls.apiBaseUrl };
	},
	bodyEncoding: 'json',
	parseError: parseZoomError,
	basicAuthPairs,
	refreshesCredentialsOn401: true,
	classifyRateLimit: classifyZoomRateLimit,
};
