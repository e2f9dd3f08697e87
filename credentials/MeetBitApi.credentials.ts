import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { addressExpression } from '../nodes/shared/credentialAddress';

export class MeetBitApi implements ICredentialType {
	name = 'meetBitApi';

	displayName = 'MeetBit API';

	icon = { light: 'file:../icons/meetbit.svg', dark: 'file:../icons/meetbit.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-conferencing/n8n-nodes-conferencing/blob/main/README.md#meetbit';

	properties: INodeProperties[] = [
		{
			displayName: 'Tenant Domain',
			name: 'domain',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'e.g. acme.example.com',
			description:
				"Your tenant's primary domain, without https:// or a path. A local test server may be given as http://127.0.0.1:4010.",
		},
		{
			displayName: 'Access Key ID',
			name: 'accessKeyId',
			type: 'string',
			default: '',
			required: true,
			description: 'The Client access key ID from Admin Panel → Clients',
		},
		{
			displayName: 'Access Key Secret',
			name: 'accessKeySecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The Client access key secret, shown once when the Client is created',
		},
	];

	// A function rather than a generic template: n8n evaluates a template's expressions on every request, which
	// costs more than the rest of a request's preparation together (measured with the benchmark).
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			headers: {
				...requestOptions.headers,
				'X-Access-Key-Id': String(credentials.accessKeyId ?? ''),
				'X-Access-Key-Secret': String(credentials.accessKeySecret ?? ''),
			},
		};
	}

	// Read-only: lists users (needs the users.read.* permission) and changes nothing.
	test: ICredentialTestRequest = {
		request: {
			baseURL: `${addressExpression('domain')}/api/public/v2.0`,
			url: '/users',
			method: 'GET',
		},
	};
}
