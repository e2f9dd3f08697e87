import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { toNodeError } from './errors';
import type { Provider, ProviderResponse, RequestSpec } from './transport';
import { collectRecords, providerRequest } from './transport';
import { expandPath } from './path';

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
	if (Array.isArray(body)) return body.filter((entry): entry is IDataObject => entry !== null && typeof entry === 'object');
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
): Promise<INodeExecutionData[]> {
	const resource = ctx.getNodeParameter('resource', itemIndex) as string;
	const operationName = ctx.getNodeParameter('operation', itemIndex) as string;
	const operation = router[resource]?.[operationName];
	if (!operation) {
		throw new NodeOperationError(ctx.getNode(), `The operation "${operationName}" is not supported for "${resource}"`, {
			itemIndex,
		});
	}
	const spec = operation.buildRequest.call(ctx, itemIndex);
	const send: SendRequest = async (request) => await providerRequest(ctx, provider, request, itemIndex);
	let json: IDataObject | IDataObject[];
	if (spec.list) {
		json = await collectRecords(send, spec, expandPath(spec.path, spec.pathParams));
	} else {
		const response = await send(spec);
		json = operation.output ? await operation.output.call(ctx, response, itemIndex, send) : defaultOutput(response);
	}
	if (spec.shape) json = Array.isArray(json) ? json.map(spec.shape) : spec.shape(json);
	return ctx.helpers.constructExecutionMetaData(ctx.helpers.returnJsonArray(json), { itemData: { item: itemIndex } });
}

/**
 * The one per-item loop every node runs: read parameters → validate → request → items with `pairedItem`.
 * With Continue On Fail a failed item becomes an error item (paired to its input) and the rest still run.
 * Items run one after another today; a bounded pool would replace the `for` loop and nothing else.
 */
export async function runOperations(
	this: IExecuteFunctions,
	provider: Provider,
	router: Record<string, Record<string, Operation>>,
): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const returnData: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			returnData.push(...(await runItem(this, provider, router, itemIndex)));
		} catch (error) {
			const nodeError = toNodeError(this.getNode(), error, itemIndex);
			if (!this.continueOnFail()) throw nodeError;
			// n8n routes an item to the error output only when it carries `error`, and then replaces its json with
			// the message alone; on the regular output the item keeps the detailed json (status, code, fields).
			const toErrorOutput = this.getNode().onError === 'continueErrorOutput';
			returnData.push({
				json: errorJson(nodeError),
				...(toErrorOutput ? { error: nodeError } : {}),
				pairedItem: { item: itemIndex },
			});
		}
	}
	return [returnData];
}
