import type {
	IAdditionalCredentialOptions,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import type { HttpFailure, ProviderError } from './errors';
import { buildApiError, readHttpFailure, responseHeaders } from './errors';
import type { Pagination } from './pagination';
import type { ProviderLimits, RequestGate } from './pacing';
import type { PathParams } from './path';
import { expandPath } from './path';
import { collectSecrets } from './redaction';
import { describeWait, parseRetryAfter } from './retryAfter';

/** One request to a provider, as an operation describes it. */
export interface RequestSpec {
	method: IHttpRequestMethods;
	/** Path below the provider's base URL, with `{name}` placeholders for `pathParams`. */
	path: string;
	pathParams?: PathParams;
	query?: IDataObject;
	body?: IDataObject;
	/**
	 * Whether sending this request twice has the same effect as sending it once. Transient failures (5xx,
	 * a reset connection, a timeout) are retried only then. Defaults: GET, HEAD, PUT, DELETE yes; POST, PATCH no.
	 */
	repeatable?: boolean;
	/** Human messages for statuses that mean something specific for this operation (e.g. MeetBit's 409). */
	statusMessages?: Partial<Record<number, string>>;
	/**
	 * Set for a list: the request is the first page, and the transport follows the provider's pagination until
	 * the list ends or `limit` records have come (no `limit`: the whole list). Each record becomes one item.
	 */
	list?: { pagination: Pagination; limit?: number };
	/**
	 * The provider's rate-limit bucket for this endpoint, where the provider documents one (Zoom labels each
	 * endpoint Light, Medium, Heavy or Resource-intensive). Pacing uses it to choose the request rate.
	 */
	rateCategory?: 'light' | 'medium' | 'heavy' | 'resourceIntensive';
	/** Turns each record (or the single response object) into what the node outputs, e.g. a simplified view. */
	shape?: (record: IDataObject) => IDataObject;
}

/** Nodes send requests while executing and while filling a picker (list search); both work the same way. */
export type RequestContext = IExecuteFunctions | ILoadOptionsFunctions;

function isExecuting(ctx: RequestContext): ctx is IExecuteFunctions {
	return 'getInputData' in ctx;
}

/** Reads a node parameter in either context: per item while executing, the node's current value in a picker. */
export function parameterReader(ctx: RequestContext, itemIndex: number): ParameterReader {
	return (name, fallback) =>
		isExecuting(ctx)
			? ctx.getNodeParameter(name, itemIndex, fallback)
			: ctx.getNodeParameter(name, fallback);
}

export type ParameterReader = (name: string, fallback: string) => unknown;

export interface ProviderResponse {
	statusCode: number;
	body: unknown;
	headers: Record<string, string>;
}

export interface RateLimitVerdict {
	/** When set, the limit cannot be waited out inside a workflow run: fail at once with this message. */
	failFastMessage?: string;
}

/** Everything provider-specific the shared request layer needs; one per provider, in its `provider.ts`. */
export interface Provider {
	displayName: string;
	credentialType(parameter: ParameterReader): string;
	/**
	 * Base URL (no trailing slash) from the credential; returns a problem phrase when a credential field is
	 * invalid, and optionally a hint saying how to fix it (default: advice for a host-name field).
	 */
	baseUrl(
		credentials: ICredentialDataDecryptedObject,
	): { url: string } | { field: string; problem: string; hint?: string };
	bodyEncoding: 'json' | 'form';
	parseError(body: unknown): ProviderError;
	/** Extra secrets a credential implies beyond its secret-named fields (e.g. Basic-auth pairs). */
	basicAuthPairs?(credentials: ICredentialDataDecryptedObject): Array<[string, string]>;
	/** Whether n8n can renew this provider's credentials after a 401 (token-based auth). */
	refreshesCredentialsOn401?: boolean;
	classifyRateLimit?(
		failure: HttpFailure,
		parsed: ProviderError,
		retryAfterMs: number | undefined,
	): RateLimitVerdict;
	/** Documented limits: the default concurrency and request rates of the node's Options. */
	limits: ProviderLimits;
}

/**
 * Bounds for waiting and retrying. Exposed so tests can replace `sleep` and record the waits instead of
 * spending real seconds; production code never changes it.
 */
export const retryPolicy = {
	/** Total attempts for one request, the first included. */
	maxAttempts: 4,
	/** A `Retry-After` longer than this is not waited out: the item fails and says when to retry. */
	maxRetryAfterMs: 60_000,
	/** Backoff for transient failures and for 429s without `Retry-After`: base × 2^(attempt-1), capped. */
	baseBackoffMs: 1_000,
	maxBackoffMs: 10_000,
	sleep: async (ms: number): Promise<void> => await sleep(ms),
	now: (): number => Date.now(),
};

const TRANSIENT_NETWORK_CODES = new Set([
	'ECONNRESET',
	'ETIMEDOUT',
	'ECONNABORTED',
	'EPIPE',
	'ESOCKETTIMEDOUT',
	'EAI_AGAIN',
]);

function isRepeatable(spec: RequestSpec): boolean {
	if (spec.repeatable !== undefined) return spec.repeatable;
	return ['GET', 'HEAD', 'PUT', 'DELETE'].includes(spec.method);
}

function backoff(attempt: number): number {
	return Math.min(retryPolicy.maxBackoffMs, retryPolicy.baseBackoffMs * 2 ** (attempt - 1));
}

function encodeBody(
	provider: Provider,
	body: IDataObject | undefined,
): IHttpRequestOptions['body'] {
	if (body === undefined) return undefined;
	// n8n's request helper drops an empty object body together with its Content-Type; `{}` is a valid body
	// (CarrierX creates an empty room from it), so it goes out as text with the header set explicitly.
	if (provider.bodyEncoding === 'json') return Object.keys(body).length === 0 ? '{}' : body;
	const form = new URLSearchParams();
	for (const [key, value] of Object.entries(body)) {
		if (value === undefined || value === null) continue;
		form.append(key, String(value));
	}
	return form;
}

export type Decision = { retryInMs: number } | { fail: true; message?: string; hint?: string };

/** Pure retry policy: what to do after `attempt` failed with `failure`. */
export function decideRetry(
	provider: Provider,
	spec: RequestSpec,
	failure: HttpFailure,
	parsed: ProviderError,
	attempt: number,
	now: number = retryPolicy.now(),
): Decision {
	const lastAttempt = attempt >= retryPolicy.maxAttempts;
	if (failure.status === 429) {
		// A 429 means the provider refused the request without acting on it, so even a create may be resent.
		const retryAfterMs = parseRetryAfter(failure.headers['retry-after'], now);
		const verdict = provider.classifyRateLimit?.(failure, parsed, retryAfterMs) ?? {};
		const when = retryAfterMs === undefined ? 'later' : `after ${describeWait(retryAfterMs, now)}`;
		if (verdict.failFastMessage) {
			return { fail: true, message: verdict.failFastMessage, hint: `Retry ${when}.` };
		}
		if (retryAfterMs !== undefined && retryAfterMs > retryPolicy.maxRetryAfterMs) {
			return {
				fail: true,
				message: `${provider.displayName} is rate limiting requests; retry ${when}`,
				hint: `The wait asked for is longer than the ${retryPolicy.maxRetryAfterMs / 1000} s this node waits within a run.`,
			};
		}
		if (lastAttempt) {
			return {
				fail: true,
				message: `${provider.displayName} is still rate limiting requests after ${attempt} attempts; retry ${when}`,
			};
		}
		return { retryInMs: retryAfterMs ?? backoff(attempt) };
	}
	const transient =
		(failure.status !== undefined && [500, 502, 503, 504].includes(failure.status)) ||
		(failure.status === undefined &&
			failure.networkCode !== undefined &&
			TRANSIENT_NETWORK_CODES.has(failure.networkCode));
	if (!transient) return { fail: true };
	if (!isRepeatable(spec)) {
		return {
			fail: true,
			hint: 'The request was not sent again automatically because repeating it could apply it twice. Check the provider before retrying.',
		};
	}
	if (lastAttempt) return { fail: true, hint: `Gave up after ${attempt} attempts.` };
	const retryAfterMs = parseRetryAfter(failure.headers['retry-after'], now);
	const wait =
		retryAfterMs !== undefined && retryAfterMs <= retryPolicy.maxRetryAfterMs
			? retryAfterMs
			: backoff(attempt);
	return { retryInMs: wait };
}

/** What the requests of one node execution share: their pacing, and the credentials read once for all items. */
export interface ExecutionState {
	gate: RequestGate;
	/**
	 * Credentials by type. n8n resolves credential expressions without item data, so they are the same for every
	 * item; reading them once saves a database read and a decryption per item. Types whose token n8n renews
	 * during the run (Zoom) are read each time, so the redaction always knows the current token.
	 */
	credentials: Map<string, Promise<ICredentialDataDecryptedObject>>;
}

export function newExecutionState(gate: RequestGate): ExecutionState {
	return { gate, credentials: new Map() };
}

async function readCredentials(
	ctx: RequestContext,
	provider: Provider,
	credentialType: string,
	itemIndex: number,
	state: ExecutionState | undefined,
): Promise<ICredentialDataDecryptedObject> {
	const read = async () =>
		isExecuting(ctx) ? await ctx.getCredentials(credentialType, itemIndex) : await ctx.getCredentials(credentialType);
	if (!state || provider.refreshesCredentialsOn401) return await read();
	let cached = state.credentials.get(credentialType);
	if (!cached) {
		cached = read();
		state.credentials.set(credentialType, cached);
		// A failed read is not kept: the next item asks again and reports its own error.
		cached.catch(() => state.credentials.delete(credentialType));
	}
	return await cached;
}

/**
 * Sends one request for one item: URL from the credential, encoded path, auth by n8n, retries, error mapping.
 * Within an execution (`state`), every attempt waits for its turn at the gate, and a 429 pauses the whole gate.
 */
export async function providerRequest(
	ctx: RequestContext,
	provider: Provider,
	spec: RequestSpec,
	itemIndex: number,
	state?: ExecutionState,
): Promise<ProviderResponse> {
	const node = ctx.getNode();
	const gate = state?.gate;
	const credentialType = provider.credentialType(parameterReader(ctx, itemIndex));
	const credentials = await readCredentials(ctx, provider, credentialType, itemIndex, state);
	// n8n reads the credentials again for every request unless it is handed them; where they are read once per
	// execution, they are handed over (n8n itself reads them without item data, so they are the same).
	const reference = node.credentials?.[credentialType];
	const sharedCredentials: IAdditionalCredentialOptions | undefined =
		state && !provider.refreshesCredentialsOn401
			? { credentialsDecrypted: { id: reference?.id ?? '', name: reference?.name ?? '', type: credentialType, data: credentials } }
			: undefined;
	const base = provider.baseUrl(credentials);
	if ('problem' in base) {
		throw new NodeOperationError(
			node,
			`The ${provider.displayName} credential's "${base.field}" ${base.problem}`,
			{
				itemIndex,
				description:
					base.hint ??
					'Open the credential and enter only a host name, such as example.com, or a local URL such as http://127.0.0.1:4010.',
			},
		);
	}
	let path: string;
	try {
		path = expandPath(spec.path, spec.pathParams);
	} catch (error) {
		throw new NodeOperationError(node, error, { itemIndex });
	}
	const secrets = collectSecrets(credentials, provider.basicAuthPairs?.(credentials));
	const options: IHttpRequestOptions = {
		method: spec.method,
		url: `${base.url}${path}`,
		qs: spec.query,
		body: encodeBody(provider, spec.body),
		json: provider.bodyEncoding === 'json',
		returnFullResponse: true,
	};
	if (provider.bodyEncoding === 'form') options.headers = { Accept: 'application/json' };
	else if (options.body === '{}') options.headers = { 'Content-Type': 'application/json' };

	const sendOnce = async (): Promise<{ response: ProviderResponse } | { failure: HttpFailure }> => {
		const request = async (ignoreHttpStatusErrors: boolean): Promise<ProviderResponse> => {
			const raw = (await ctx.helpers.httpRequestWithAuthentication.call(
				ctx,
				credentialType,
				{ ...options, ignoreHttpStatusErrors },
				sharedCredentials,
			)) as { statusCode: number; body: unknown; headers: unknown };
			return {
				statusCode: raw.statusCode,
				body: typeof raw.body === 'string' ? parseBody(raw.body) : raw.body,
				headers: responseHeaders(raw.headers),
			};
		};
		try {
			let response = await request(true);
			gate?.markAnswered();
			// n8n re-authenticates (preAuthentication, OAuth2 refresh) only when a request throws a 401,
			// so a 401 is sent once more in throwing mode. Nothing was done by a 401'd request. Re-sends go one
			// at a time, so a pool renews the token once rather than once per request in flight.
			if (response.statusCode === 401 && provider.refreshesCredentialsOn401) {
				response = gate
					? await gate.exclusive(async () => await request(false))
					: await request(false);
			}
			if (response.statusCode >= 400) {
				return {
					failure: { status: response.statusCode, body: response.body, headers: response.headers },
				};
			}
			return { response };
		} catch (error) {
			gate?.markAnswered();
			if (error instanceof NodeOperationError)
				throw new NodeOperationError(node, error, { itemIndex });
			const failure = readHttpFailure(error);
			if (typeof failure.body === 'string') failure.body = parseBody(failure.body);
			return { failure };
		}
	};

	let backoffMs = 0;
	for (let attempt = 1; ; attempt++) {
		await gate?.acquire(spec, backoffMs);
		const outcome = await sendOnce();
		if ('response' in outcome) return outcome.response;
		const { failure } = outcome;
		const parsed = provider.parseError(failure.body);
		const decision = decideRetry(provider, spec, failure, parsed, attempt);
		if ('retryInMs' in decision) {
			// A 429 is the account's limit, not this request's: everyone waits. Other failures wait alone.
			if (gate && failure.status === 429) gate.pause(decision.retryInMs);
			else if (gate) backoffMs = decision.retryInMs;
			else await retryPolicy.sleep(decision.retryInMs);
			continue;
		}
		const status = failure.status;
		throw buildApiError({
			node,
			providerName: provider.displayName,
			failure,
			parsed,
			itemIndex,
			secrets,
			message:
				decision.message ?? (status !== undefined ? spec.statusMessages?.[status] : undefined),
			hint: decision.hint,
		});
	}
}

function parseBody(body: string): unknown {
	const trimmed = body.trim();
	if (trimmed === '') return undefined;
	if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
		try {
			return JSON.parse(trimmed);
		} catch {
			return body;
		}
	}
	return body;
}

/**
 * Reads a list to its end, or until `limit` records: page by page as the provider pages, asking for no more
 * records than are still wanted. Only the records kept are held, so memory follows the output.
 */
export async function collectRecords(
	send: (spec: RequestSpec) => Promise<ProviderResponse>,
	spec: RequestSpec,
	path: string,
): Promise<IDataObject[]> {
	const { pagination, limit } = spec.list ?? {};
	if (!pagination) throw new Error('collectRecords needs a list request');
	const records: IDataObject[] = [];
	let query: IDataObject | undefined = {
		...spec.query,
		...pagination.firstPage(Math.min(pagination.maxPageSize, limit ?? pagination.maxPageSize)),
	};
	while (query !== undefined) {
		const page = await send({ ...spec, query });
		for (const record of pagination.records(page.body)) {
			records.push(record);
			if (limit !== undefined && records.length >= limit) return records;
		}
		query = pagination.nextPage(page.body, query, path);
	}
	return records;
}
