import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { addressExpression } from '../nodes/shared/credentialAddress';

export class CarrierXApi implements ICredentialType {
	name = 'carrierXApi';

	displayName = 'CarrierX Conference API';

	icon = { light: 'file:../icons/carrierx.svg', dark: 'file:../icons/carrierx.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-conferencing/n8n-nodes-conferencing/blob/main/README.md#carrierx';

	properties: INodeProperties[] = [
		{
			displayName: 'API Host',
			name: 'apiHost',
			type: 'string',
			default: 'api.carrierx.com',
			required: true,
			placeholder: 'e.g. api.carrierx.com',
			description:
				'Host of the CarrierX API, without a path. Requests go to https://{host}/conference/v2. A local test server may be given as http://127.0.0.1:4012.',
		},
		{
			displayName: 'Login',
			name: 'login',
			type: 'string',
			default: '',
			required: true,
			description:
				'Login of the conference endpoint (not your portal user): Core API GET /core/v2/endpoints → items[].properties.login',
		},
		{
			displayName: 'Password',
			name: 'password',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Password of the conference endpoint: Core API GET /core/v2/endpoints → items[].properties.password',
		},
	];

	// A function rather than a generic template: n8n evaluates a template's expressions on every request, which
	// costs more than the rest of a request's preparation together (measured with the benchmark).
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return { ...requestOptions, auth: { username: String(credentials.login ?? ''), password: String(credentials.password ?? '') } };
	}

	// Read-only: lists at most one meeting room and changes nothing.
	test: ICredentialTestRequest = {
		request: {
			baseURL: `${addressExpression('apiHost')}/conference/v2`,
			url: '/meeting_rooms',
			method: 'GET',
			qs: { limit: 1 },
		},
	};
}
