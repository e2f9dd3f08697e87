/**
 * Runs the built package (dist/, loaded from package.json#n8n exactly as n8n loads a community package)
 * through n8n-core's real WorkflowExecute. Credentials are injected the way n8n's CLI does it: generic
 * `authenticate` templates are resolved against the credential, `preAuthentication` runs when the expirable
 * field is empty or after a 401, and OAuth2 types go through n8n-core's own OAuth2 request path.
 */
import { ExecutionLifecycleHooks, LoadOptionsContext, PackageDirectoryLoader, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IDataObject,
	IExecuteFunctions,
	INodeListSearchResult,
	INodeParameters,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypes,
	IRun,
	IVersionedNodeType,
	IWorkflowBase,
	IWorkflowExecuteAdditionalData,
	Workflow as WorkflowType,
} from 'n8n-workflow';
import { ICredentialsHelper, NodeConnectionTypes, Workflow } from 'n8n-workflow';

import { packageRoot } from './paths';

export const PACKAGE_NAME = 'n8n-nodes-conferencing';

let loaderPromise: Promise<PackageDirectoryLoader> | undefined;

export async function loadPackage(): Promise<PackageDirectoryLoader> {
	loaderPromise ??= (async () => {
		const loader = new PackageDirectoryLoader(packageRoot);
		await loader.loadAll();
		return loader;
	})();
	return await loaderPromise;
}

/** A source node for tests: emits the items given in its `items` parameter. */
class ItemsSource implements INodeType {
	description = {
		displayName: 'Items',
		name: 'items',
		group: ['input'],
		version: 1,
		description: 'Emits fixed items',
		defaults: { name: 'Items' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [{ displayName: 'Items', name: 'items', type: 'json' as const, default: '[]' }],
	} as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = this.getNodeParameter('items', 0) as string;
		const items = JSON.parse(raw) as IDataObject[];
		return [items.map((json) => ({ json }))];
	}
}

const ITEMS_TYPE = 'test.items';

class TestCredentialsHelper extends ICredentialsHelper {
	constructor(
		private readonly credentialTypes: Record<string, ICredentialType>,
		/** Credential data by credential type name; mutated in place by token refreshes, like n8n's database. */
		readonly store: Record<string, ICredentialDataDecryptedObject>,
		readonly events: string[],
		/** Credential types in the order n8n read (decrypted) them: one entry per database read in real n8n. */
		readonly reads: string[] = [],
	) {
		super();
	}

	getParentTypes(name: string): string[] {
		const type = this.credentialTypes[name];
		const parents: string[] = [];
		for (const parent of type?.extends ?? []) {
			parents.push(parent, ...this.getParentTypes(parent));
		}
		return parents;
	}

	private resolve(value: unknown, credentials: ICredentialDataDecryptedObject, workflow: WorkflowType, node: INode): string {
		if (typeof value !== 'string' || !value.startsWith('=')) return String(value);
		const resolved = workflow.expression.getSimpleParameterValue(node, value, 'internal', { $credentials: credentials }, undefined, '');
		return resolved === undefined || resolved === null ? '' : String(resolved);
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow: WorkflowType,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const type = this.credentialTypes[typeName];
		const authenticate = type?.authenticate;
		if (typeof authenticate === 'function') return await authenticate(credentials, requestOptions);
		if (authenticate && authenticate.type === 'generic') {
			const target = requestOptions as unknown as Record<string, Record<string, string>>;
			for (const [outerKey, outerValue] of Object.entries(authenticate.properties)) {
				target[outerKey] ??= {};
				for (const [key, value] of Object.entries(outerValue as Record<string, string>)) {
					target[outerKey][this.resolve(key, credentials, workflow, node)] = this.resolve(value, credentials, workflow, node);
				}
			}
		}
		return requestOptions;
	}

	async preAuthentication(
		helpers: IHttpRequestHelper,
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		_node: INode,
		credentialsExpired: boolean,
	): Promise<ICredentialDataDecryptedObject | undefined> {
		const type = this.credentialTypes[typeName];
		const expirable = type?.properties.find((property) => property.type === 'hidden' && property.typeOptions?.expirable === true);
		if (!expirable || typeof type.preAuthentication !== 'function') return undefined;
		if (credentials[expirable.name] !== '' && credentials[expirable.name] !== undefined && !credentialsExpired) return undefined;
		this.events.push(`preAuthentication:${typeName}:${credentialsExpired ? 'expired' : 'empty'}`);
		const output = await type.preAuthentication.call(helpers, credentials);
		if (output[expirable.name] === undefined) return undefined;
		Object.assign(this.store[typeName], output);
		return Object.assign(credentials, output);
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by these tests');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_details: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		this.reads.push(type);
		const data = this.store[type];
		if (!data) throw new Error(`No test credentials of type ${type}`);
		// Like n8n: the node gets the stored data with defaults of unset properties applied.
		const withDefaults: ICredentialDataDecryptedObject = {};
		for (const property of this.allProperties(type)) {
			if (property.default !== undefined && typeof property.default !== 'object' && !String(property.default).startsWith('=')) {
				withDefaults[property.name] = property.default as string;
			}
		}
		Object.assign(withDefaults, data);
		// Keep one object per type so refreshed tokens are visible to later requests.
		Object.assign(data, withDefaults);
		return data;
	}

	private allProperties(type: string): INodeProperties[] {
		const credentialType = this.credentialTypes[type];
		if (!credentialType) return [];
		return [...(credentialType.extends ?? []).flatMap((parent) => this.allProperties(parent)), ...credentialType.properties];
	}

	async updateCredentials(_details: INodeCredentialsDetails, type: string, data: ICredentialDataDecryptedObject): Promise<void> {
		Object.assign(this.store[type], data);
	}

	async updateCredentialsOauthTokenData(
		_details: INodeCredentialsDetails,
		type: string,
		data: ICredentialDataDecryptedObject,
	): Promise<void> {
		this.events.push(`oauthTokenRefreshed:${type}`);
		Object.assign(this.store[type], data);
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.allProperties(type);
	}
}

/** n8n's generic OAuth2 parent type, reduced to what n8n-core's OAuth2 request path reads. */
const OAUTH2_PARENT: ICredentialType = {
	name: 'oAuth2Api',
	displayName: 'OAuth2 API',
	properties: [
		{ displayName: 'Grant Type', name: 'grantType', type: 'hidden', default: 'authorizationCode' },
		{ displayName: 'Authentication', name: 'authentication', type: 'hidden', default: 'header' },
	],
};

export interface NodeSpec {
	type: string;
	parameters: IDataObject;
	credentials?: Record<string, string>;
	/** true: On Error "Continue" (regular output); 'errorOutput': "Continue (using error output)". */
	continueOnFail?: boolean | 'errorOutput';
	name?: string;
}

export interface RunOptions {
	items: IDataObject[];
	node: NodeSpec;
	credentials: Record<string, ICredentialDataDecryptedObject>;
}

export interface RunResult {
	run: IRun;
	/** The provider node's output items (main output 0), or [] when it failed. */
	output: INodeExecutionData[];
	/** Items n8n routed to the error output (main output 1) with "Continue (using error output)". */
	errorOutput: INodeExecutionData[];
	/** The run's error, when the workflow failed. */
	error?: { message: string; description?: string | null; httpCode?: string | null; name?: string; context?: IDataObject };
	events: string[];
	/** Credential types read by the run, once per read (in real n8n each is a database read and a decryption). */
	credentialReads: string[];
}

async function nodeTypesFor(): Promise<{ nodeTypes: INodeTypes; credentialTypes: Record<string, ICredentialType> }> {
	const loader = await loadPackage();
	const types: Record<string, INodeType | IVersionedNodeType> = { [ITEMS_TYPE]: new ItemsSource() };
	for (const [name, data] of Object.entries(loader.nodeTypes)) types[`${PACKAGE_NAME}.${name}`] = data.type;
	const credentialTypes: Record<string, ICredentialType> = { oAuth2Api: OAUTH2_PARENT };
	for (const [name, data] of Object.entries(loader.credentialTypes)) credentialTypes[name] = data.type;
	const nodeTypes: INodeTypes = {
		getByName: (name) => types[name],
		getByNameAndVersion: (name) => {
			const type = types[name];
			if (!type) throw new Error(`Unknown node type ${name}`);
			return 'nodeVersions' in type ? type.getNodeType() : type;
		},
		getKnownTypes: () => ({}),
	};
	return { nodeTypes, credentialTypes };
}

interface BuiltWorkflow {
	workflow: WorkflowType;
	nodes: INode[];
	nodeName: string;
	additionalData: IWorkflowExecuteAdditionalData;
	events: string[];
	credentialReads: string[];
}

async function buildWorkflow(options: RunOptions): Promise<BuiltWorkflow> {
	const { nodeTypes, credentialTypes } = await nodeTypesFor();
	const nodeName = options.node.name ?? 'Provider';
	const credentialRefs: INode['credentials'] = {};
	for (const type of Object.keys(options.credentials)) credentialRefs[type] = { id: `cred-${type}`, name: type };
	const nodes: INode[] = [
		{ id: 'source', name: 'Items', type: ITEMS_TYPE, typeVersion: 1, position: [0, 0], parameters: { items: JSON.stringify(options.items) } },
		{
			id: 'provider',
			name: nodeName,
			type: options.node.type.includes('.') ? options.node.type : `${PACKAGE_NAME}.${options.node.type}`,
			typeVersion: 1,
			position: [200, 0],
			parameters: options.node.parameters as INode['parameters'],
			credentials: credentialRefs,
			...(options.node.continueOnFail
				? { onError: options.node.continueOnFail === 'errorOutput' ? ('continueErrorOutput' as const) : ('continueRegularOutput' as const) }
				: {}),
		},
	];
	const connections = { Items: { main: [[{ node: nodeName, type: NodeConnectionTypes.Main, index: 0 }]] } };
	const workflow = new Workflow({ id: 'test-workflow', name: 'test', nodes, connections, active: false, nodeTypes });
	const workflowData: IWorkflowBase = {
		id: 'test-workflow',
		name: 'test',
		active: false,
		isArchived: false,
		nodes,
		connections,
		createdAt: new Date(),
		updatedAt: new Date(),
	} as unknown as IWorkflowBase;

	const events: string[] = [];
	const store: Record<string, ICredentialDataDecryptedObject> = {};
	for (const [type, data] of Object.entries(options.credentials)) store[type] = data;
	const credentialReads: string[] = [];
	const credentialsHelper = new TestCredentialsHelper(credentialTypes, store, events, credentialReads);
	const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', workflowData);
	const additionalData = {
		hooks,
		credentialsHelper,
		executeWorkflow: async () => {
			throw new Error('not supported');
		},
		getRunExecutionData: async () => undefined,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		variables: {},
		logAiEvent: () => undefined,
		startRunnerTask: async () => {
			throw new Error('not supported');
		},
	} as unknown as IWorkflowExecuteAdditionalData;

	return { workflow, nodes, nodeName, additionalData, events, credentialReads };
}

export async function runNode(options: RunOptions): Promise<RunResult> {
	const { workflow, nodes, nodeName, additionalData, events, credentialReads } = await buildWorkflow(options);
	const execute = new WorkflowExecute(additionalData, 'manual');
	const run = await execute.run({ workflow, startNode: nodes[0] });
	const taskData = run.data.resultData.runData[nodeName]?.[0];
	const output = taskData?.data?.main?.[0] ?? [];
	const errorOutput = taskData?.data?.main?.[1] ?? [];
	const error = run.data.resultData.error as RunResult['error'];
	return { run, output, errorOutput, error, events, credentialReads };
}

export function outputJson(result: RunResult): IDataObject[] {
	return result.output.map((item) => item.json);
}

export interface ListSearchOptions {
	node: NodeSpec;
	credentials: Record<string, ICredentialDataDecryptedObject>;
	/** The name under `methods.listSearch`. */
	method: string;
	filter?: string;
	paginationToken?: string;
	/**
	 * The node's parameters as the editor holds them while the user picks (n8n sends them with every
	 * list-search request); pickers that depend on another parameter read them with getCurrentNodeParameter.
	 */
	currentNodeParameters?: INodeParameters;
}

/** Calls a picker's list-search method the way n8n's editor does, through n8n-core's real LoadOptionsContext. */
export async function runListSearch(options: ListSearchOptions): Promise<INodeListSearchResult> {
	const { workflow, nodes, additionalData } = await buildWorkflow({ items: [], node: options.node, credentials: options.credentials });
	const node = nodes[1];
	// As n8n's editor does, the picker sees the node's current parameters (a picker may depend on another field).
	additionalData.currentNodeParameters = node.parameters;
	const nodeType = workflow.nodeTypes.getByNameAndVersion(node.type, node.typeVersion);
	const search = nodeType.methods?.listSearch?.[options.method];
	if (!search) throw new Error(`The node has no list search "${options.method}"`);
	if (options.currentNodeParameters) additionalData.currentNodeParameters = options.currentNodeParameters;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	return await search.call(context, options.filter, options.paginationToken);
}
