import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { redactText, redactValue } from './redaction';

export interface FieldError {
	field?: string;
	message: string;
}

/** What a provider said about a failed request, in its own words. */
export interface ProviderError {
	message?: string;
	code?: string;
	fieldErrors: FieldError[];
	moreInfo?: string;
}

/** The parts of a failed HTTP exchange that error mapping and retry decisions need. */
export interface HttpFailure {
	status?: number;
	body: unknown;
	headers: Record<string, string>;
	/** Socket-level failure such as ECONNRESET or ETIMEDOUT, when no response arrived. */
	networkCode?: string;
	networkMessage?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function lowerCaseHeaders(headers: unknown): Record<string, string> {
	const result: Record<string, string> = {};
	if (!isRecord(headers)) return result;
	for (const [key, value] of Object.entries(headers)) {
		if (value === undefined || value === null) continue;
		result[key.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
	}
	return result;
}

const NETWORK_CODE = /\b(ECONNRESET|ETIMEDOUT|ECONNABORTED|ECONNREFUSED|EPIPE|ESOCKETTIMEDOUT|EAI_AGAIN|ENOTFOUND)\b/;

/**
 * Requests are sent with n8n's `ignoreHttpStatusErrors`, so an HTTP failure normally arrives as a response.
 * What is thrown is a socket-level failure, or (after n8n's own 401 re-authentication retry) a NodeApiError.
 * n8n's NodeApiError drops the axios error it wraps, so read what it keeps: the status in `httpCode`, the
 * provider's message in `description`, and the original messages (which name socket codes).
 */
export function readHttpFailure(error: unknown): HttpFailure {
	if (!isRecord(error)) return { body: undefined, headers: {} };
	const response = error.response;
	if (isRecord(response) && typeof response.status === 'number') {
		return { status: response.status, body: response.data ?? response.body, headers: lowerCaseHeaders(response.headers) };
	}
	const httpCode = typeof error.httpCode === 'string' ? error.httpCode : undefined;
	if (httpCode && /^\d{3}$/.test(httpCode)) {
		return { status: Number(httpCode), body: typeof error.description === 'string' ? error.description : undefined, headers: {} };
	}
	// n8n's OAuth2 client reports a refused token refresh as an error with code EAUTH (kept as `httpCode`) and
	// the OAuth error's standard text as message: the credentials were not accepted, nothing was sent.
	if (httpCode === 'EAUTH' || error.code === 'EAUTH') {
		const reason = typeof error.message === 'string' ? error.message : 'the token endpoint refused the request';
		return { status: 401, body: { message: `Refreshing the OAuth2 access token failed: ${reason} Reconnect the credential.` }, headers: {} };
	}
	const texts = [error.code, httpCode, error.message, ...(Array.isArray(error.messages) ? error.messages : [])]
		.filter((entry): entry is string => typeof entry === 'string');
	const networkCode = texts.map((text) => NETWORK_CODE.exec(text)?.[1]).find((code) => code !== undefined)
		?? (texts.some((text) => /socket hang up/i.test(text)) ? 'ECONNRESET' : texts.some((text) => /timeout/i.test(text)) ? 'ETIMEDOUT' : undefined);
	return {
		body: undefined,
		headers: {},
		networkCode: networkCode ?? 'UNKNOWN',
		networkMessage: typeof error.message === 'string' ? error.message : undefined,
	};
}

export function responseHeaders(headers: unknown): Record<string, string> {
	return lowerCaseHeaders(headers);
}

export function isRecordValue(value: unknown): value is Record<string, unknown> {
	return isRecord(value);
}

export function textOf(value: unknown): string | undefined {
	if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
	if (typeof value === 'number') return String(value);
	return undefined;
}

const STATUS_SUMMARY: Record<number, string> = {
	400: 'rejected the request as invalid',
	401: 'did not accept the credentials',
	403: 'refused access: the credentials lack the permission this action needs',
	404: 'could not find the requested resource',
	405: 'does not allow this method on the resource',
	409: 'reported a conflict with the current state of the resource',
	415: 'did not accept the request body format',
	422: 'could not process the request',
	429: 'is rate limiting requests',
};

export function summarizeStatus(providerName: string, status: number | undefined): string {
	if (status === undefined) return `${providerName} could not be reached`;
	const summary = STATUS_SUMMARY[status];
	if (summary) return `${providerName} ${summary}`;
	if (status >= 500) return `${providerName} had an internal failure (HTTP ${status})`;
	return `${providerName} answered with HTTP ${status}`;
}

export interface ApiErrorInput {
	node: INode;
	providerName: string;
	failure: HttpFailure;
	parsed: ProviderError;
	itemIndex: number;
	secrets: readonly string[];
	/** Overrides the summary line, e.g. "The online conference has already started and cannot be changed". */
	message?: string;
	/** Extra advice appended to the description. */
	hint?: string;
}

/**
 * The single place a provider failure becomes an n8n error: a human message, the provider's own message,
 * code and field errors in the description, the HTTP status, the item index, and no secrets anywhere.
 */
export function buildApiError(input: ApiErrorInput): NodeApiError {
	const { failure, parsed, secrets } = input;
	const summary = input.message ?? summarizeStatus(input.providerName, failure.status);
	const descriptionParts: string[] = [];
	if (parsed.message) {
		descriptionParts.push(
			parsed.code ? `${input.providerName} says (code ${parsed.code}): ${parsed.message}` : `${input.providerName} says: ${parsed.message}`,
		);
	} else if (failure.networkCode) {
		descriptionParts.push(`Network failure: ${failure.networkCode}${failure.networkMessage ? ` (${failure.networkMessage})` : ''}`);
	}
	for (const fieldError of parsed.fieldErrors) {
		descriptionParts.push(fieldError.field ? `${fieldError.field}: ${fieldError.message}` : fieldError.message);
	}
	if (input.hint) descriptionParts.push(input.hint);
	if (parsed.moreInfo) descriptionParts.push(`More information: ${parsed.moreInfo}`);

	const message = redactText(summary, secrets);
	const description = redactText(descriptionParts.join('\n'), secrets);
	const details: JsonObject = redactValue(
		{
			message,
			description,
			httpCode: failure.status === undefined ? null : String(failure.status),
			providerCode: parsed.code ?? null,
			fieldErrors: parsed.fieldErrors.map((entry) => ({ field: entry.field ?? null, message: entry.message })),
			responseBody: typeof failure.body === 'string' || isRecord(failure.body) || Array.isArray(failure.body) ? (failure.body as JsonObject) : null,
		},
		secrets,
	);
	const error = new NodeApiError(input.node, details, {
		message,
		description,
		httpCode: failure.status === undefined ? undefined : String(failure.status),
		itemIndex: input.itemIndex,
	});
	// NodeApiError keeps `message`/`description` we pass, but also derives fields from the object; pin them.
	error.message = message;
	error.description = description;
	if (parsed.code !== undefined) error.context.providerCode = parsed.code;
	error.context.fieldErrors = details.fieldErrors;
	return error;
}

/** Turns anything thrown inside an item into an n8n error that knows which item failed. */
export function toNodeError(node: INode, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
		return error;
	}
	const cause = error instanceof Error ? error : new Error(String(error));
	return new NodeOperationError(node, cause, { itemIndex });
}
