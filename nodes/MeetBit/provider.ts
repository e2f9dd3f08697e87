import type { ProviderError } from '../shared/errors';
import { isRecordValue, textOf } from '../shared/errors';
import { originFromCredential } from '../shared/credentialAddress';
import type { Provider } from '../shared/transport';

/**
 * MeetBit answers 400 with JSON `{message, errors: {field: [messages]}}`; every other failure
 * (401, 404, 409, 429, 500) is a text/plain sentence.
 */
export function parseMeetBitError(body: unknown): ProviderError {
	if (typeof body === 'string') return { message: textOf(body), fieldErrors: [] };
	if (!isRecordValue(body)) return { fieldErrors: [] };
	const fieldErrors: ProviderError['fieldErrors'] = [];
	if (isRecordValue(body.errors)) {
		for (const [field, messages] of Object.entries(body.errors)) {
			for (const message of Array.isArray(messages) ? messages : [messages]) {
				const text = textOf(message);
				if (text) fieldErrors.push({ field, message: text });
			}
		}
	}
	return { message: textOf(body.message), fieldErrors };
}

export const meetBitProvider: Provider = {
	displayName: 'MeetBit',
	credentialType: () => 'meetBitApi',
	limits: {
		concurrency: 5,
		// MeetBit allows 5 requests per second per API client.
		rateFor: () => ({ bucket: 'client', perSecond: 5 }),
		summary: "5 requests per second, MeetBit's limit per API client",
	},
	baseUrl(credentials) {
		const origin = originFromCredential(credentials, 'domain', 'Tenant Domain');
		return 'url' in origin ? { url: `${origin.url}/api/public/v2.0` } : origin;
	},
	bodyEncoding: 'json',
	parseError: parseMeetBitError,
};
