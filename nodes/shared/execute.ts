import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import { toNodeError } from './errors';
import { RequestGate, StartThrottle, rateForUser } from './pacing';
import { expandPath } from './path';
import type { ExecutionState, Provider, ProviderResponse, RequestSpec } from './transport';
import { collectRecords, newExecutionState, providerRequest, retryPolicy } from './transport';

export type SendRequest = (spec: RequestSpec) => Promise<ProviderResponse>;

/**
 * One operation: its parameters, and one function that turns an item into the request to send. `output`
 * shapes the answer when the raw body is not what a user wants (a 204, an envelope), and may send follow-up
 * requests through `send`, which goes through the same transport.
 */
export interface Operation {
	description: INodeProperties[];
	/** Reads and validates the item's parameters. Throwing here means nothing is sent for the item. */
	buildRequest(this: IExecuteFunctions, itemIndex: number): RequestSpec;
	output?(
		this: IExecuteFunctions,
		response: ProviderResponse,
		itemIndex: number,
		send: SendRequest,
	): Promise<IDataObject | IDataObject[]> | IDataObject | IDataObject[];
}

/** resource → operation → module. Each node's router is typed by its own map, so a missing case fails to compile. */
export type Router<Map extends Record<string, string>> = {
	[Resource in keyof Map]: Record<Map[Resource], Operation>;
};

function defaultOutput(response: ProviderResponse): IDataObject | IDataObject[] {
	const { body } = response;
	if (Array.isArray(body))
		return body.filter(
			(entry): entry is IDataObject => entry !== null && typeof entry === 'object',
		);
	if (body !== null && typeof body === 'object') return body as IDataObject;
	return { success: true, statusCode: response.statusCode };
}

function errorJson(error: NodeApiError | NodeOperationError): IDataObject {
	const json: IDataObject = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	if (error.context.providerCode !== undefined) json.code = error.context.providerCode as string;
	if (Array.isArray(error.context.fieldErrors) && error.context.fieldErrors.length > 0) {
		json.fieldErrors = error.context.fieldErrors as IDataObject[];
	}
	return json;
}

async function runItem(
	ctx: IExecuteFunctions,
	provider: Provider,
	router: Record<string, Record<string, Operation>>,
	itemIndex: number,
	state: ExecutionState,
): Promise<INodeExecutionData[]> {
	const resource = ctx.getNodeParameter('resource', itemIndex) as string;
	const operationName = ctx.getNodeParameter('operation', itemIndex) as string;
	const operation = router[resource]?.[operationName];
	if (!operation) {
		throw new NodeOperationError(
			ctx.getNode(),
			`The operation "${operationName}" is not supported for "${resource}"`,
			{
				itemIndex,
			},
		);
	}
	const spec = operation.buildRequest.call(ctx, itemIndex);
	const send: SendRequest = async (request) =>
		await providerRequest(ctx, provider, request, itemIndex, state);
	let json: IDataObject | IDataObject[];
	if (spec.list) {
		json = await collectRecords(send, spec, expandPath(spec.path, spec.pathParams));
	} else {
		const response = await send(spec);
		json = operation.output
			? await operation.output.call(ctx, response, itemIndex, send)
			: defaultOutput(response);
	}
	if (spec.shape) json = Array.isArray(json) ? json.map(spec.shape) : spec.shape(json);
	return ctx.helpers.constructExecutionMetaData(ctx.helpers.returnJsonArray(json), {
		itemData: { item: itemIndex },
	});
}

/** How many items may start their work per event-loop turn (see StartThrottle); 2 measured best (1 to 3 tried). */
export const START_PER_TICK = 2;

/** The most requests a user may put in flight at once from one node. */
export const MAX_CONCURRENCY = 100;

/**
 * Options → Concurrency and Max Requests per Second, on every action node. Read once per execution (from the
 * first item), as they describe the run, not an item. A node has one `options` parameter, so operations with
 * options of their own pass them in `operationOptions` (each with a `/operation` display condition).
 */
export function requestOptionsProperty(
	provider: Provider,
	operationOptions: INodeProperties[] = [],
): INodeProperties {
	const defaultConcurrency = provider.limits.concurrency;
	const shared: INodeProperties[] = [
		{
			displayName: 'Concurrency',
			name: 'concurrency',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: MAX_CONCURRENCY },
			default: defaultConcurrency,
			description: `How many requests may be in flight at once. Output order stays the input order. Default ${provider.limits.concurrency} for ${provider.displayName}.`,
		},
		{
			displayName: 'Max Requests per Second',
			name: 'requestsPerSecond',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: `Start at most this many requests per second. 0 uses ${provider.displayName}'s documented limits: ${provider.limits.summary}.`,
		},
	];
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [...shared, ...operationOptions].sort((a, b) =>
			a.displayName.localeCompare(b.displayName),
		),
	};
}

interface RunSettings {
	concurrency: number;
	requestsPerSecond: number;
}

function readSettings(ctx: IExecuteFunctions, provider: Provider, itemCount: number): RunSettings {
	if (itemCount === 0) return { concurrency: 1, requestsPerSecond: 0 };
	const options = ctx.getNodeParameter('options', 0, {}) as IDataObject;
	const concurrency = options.concurrency ?? provider.limits.concurrency;
	const requestsPerSecond = options.requestsPerSecond ?? 0;
	if (
		typeof concurrency !== 'number' ||
		!Number.isInteger(concurrency) ||
		concurrency < 1 ||
		concurrency > MAX_CONCURRENCY
	) {
		throw new NodeOperationError(
			ctx.getNode(),
			`The "Concurrency" option must be a whole number from 1 to ${MAX_CONCURRENCY}`,
		);
	}
	if (
		typeof requestsPerSecond !== 'number' ||
		!Number.isFinite(requestsPerSecond) ||
		requestsPerSecond < 0
	) {
		throw new NodeOperationError(
			ctx.getNode(),
			'The "Max Requests per Second" option must be 0 or a positive number',
		);
	}
	return { concurrency, requestsPerSecond };
}

/**
 * The one per-item loop every node runs: read parameters → validate → request → items with `pairedItem`.
 * Items run in a bounded pool (Options → Concurrency) paced by one gate per execution; results are put back
 * in input order, so output order and `pairedItem` are what a sequential loop gives.
 * With Continue On Fail a failed item becomes an error item (paired to its input) and the rest still run.
 * Without it, no new item starts after a failure; the requests already in flight finish, and the error of the
 * earliest failed item is thrown, as a sequential loop would have.
 */
export async function runOperations(
	this: IExecuteFunctions,
	provider: Provider,
	router: Record<string, Record<string, Operation>>,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const settings = readSettings(this, provider, items.length);
	const gate = new RequestGate(rateForUser(provider.limits, settings.requestsPerSecond), retryPolicy);
	const state = newExecutionState(gate);
	const throttle = new StartThrottle(START_PER_TICK, async () => await sleep(0));
	const results: INodeExecutionData[][] = new Array<INodeExecutionData[]>(items.length);
	const continueOnFail = this.continueOnFail();
	// n8n routes an item to the error output only when it carries `error`, and then replaces its json with
	// the message alone; on the regular output the item keeps the detailed json (status, code, fields).
	const toErrorOutput = this.getNode().onError === 'continueErrorOutput';
	const stop: { failed?: { itemIndex: number; error: NodeApiError | NodeOperationError } } = {};
	let next = 0;
	// Items finish out of order: keep the earliest failure, the one a sequential loop would have thrown.
	const recordFailure = (itemIndex: number, error: NodeApiError | NodeOperationError) => {
		if (stop.failed === undefined || itemIndex < stop.failed.itemIndex)
			stop.failed = { itemIndex, error };
	};

	const worker = async (): Promise<void> => {
		while (stop.failed === undefined && next < items.length) {
			const itemIndex = next++;
			if (settings.concurrency > 1) await throttle.turn();
			try {
				results[itemIndex] = await runItem(this, provider, router, itemIndex, state);
			} catch (error) {
				const nodeError = toNodeError(this.getNode(), error, itemIndex);
				if (!continueOnFail) {
					recordFailure(itemIndex, nodeError);
					return;
				}
				results[itemIndex] = [
					{
						json: errorJson(nodeError),
						...(toErrorOutput ? { error: nodeError } : {}),
						pairedItem: { item: itemIndex },
					},
				];
			}
		}
	};
	const workers = Math.min(settings.concurrency, items.length);
	if (provider.refreshesCredentialsOn401 && workers > 1) {
		// A token fetched on demand (Zoom's Server-to-Server OAuth) is fetched by the first request that finds it
		// missing. One worker goes first until a request has been answered, so the pool fetches one token, not one
		// per worker.
		const first = worker();
		await Promise.race([first, gate.firstAnswer()]);
		await Promise.all([first, ...Array.from({ length: workers - 1 }, worker)]);
	} else {
		await Promise.all(Array.from({ length: workers }, worker));
	}
	if (stop.failed) throw stop.failed.error;
	return [results.flat()];
}
