import type { IAuthenticateGeneric, ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

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

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			auth: {
				username: '={{$credentials.login}}',
				password: '={{$credentials.password}}',
			},
		},
	};

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
