import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { accountPathExpression, spaceBaseUrlExpression } from '../nodes/SignalWire/space';

export class SignalWireApi implements ICredentialType {
	name = 'signalWireApi';

	displayName = 'SignalWire API';

	icon = { light: 'file:../icons/signalwire.svg', dark: 'file:../icons/signalwire.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-conferencing/n8n-nodes-conferencing/blob/main/README.md#signalwire';

	properties: INodeProperties[] = [
		{
			displayName: 'Space',
			name: 'space',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. example',
			description:
				'Your space name (example for example.signalwire.com) or the space host, without a path. A local test server may be given as http://127.0.0.1:4013.',
		},
		{
			displayName: 'Project ID',
			name: 'projectId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. 6f1b8a2e-4c3d-4e5f-9a7b-1c2d3e4f5a6b',
			description: 'The Project ID shown in your space under API (used as the Basic-auth user name)',
		},
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'An API token of the project with the Voice scope (used as the Basic-auth password)',
		},
	];

	// A function rather than a generic template: n8n evaluates a template's expressions on every request, which
	// costs more than the rest of a request's preparation together (measured with the benchmark).
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return { ...requestOptions, auth: { username: String(credentials.projectId ?? ''), password: String(credentials.apiToken ?? '') } };
	}

	// Read-only: fetches the project's own account record and changes nothing.
	test: ICredentialTestRequest = {
		request: {
			baseURL: spaceBaseUrlExpression('space'),
			url: accountPathExpression('projectId'),
			method: 'GET',
		},
	};
}
