import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IDataObject,
	IHttpRequestHelper,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { environmentProperties, zoomUrlExpression, zoomUrls } from '../nodes/ZoomMeetings/environment';

/**
 * Zoom's token endpoint explains a refusal as `{reason, error}`, which n8n's error wrapper would drop in favour
 * of "Request failed with status code 401". Put the reason into the message; the error stays the HTTP error it
 * is (its status is what makes n8n retry after a 401 and the node report the credentials).
 */
function withTokenEndpointReason(error: unknown): unknown {
	if (!(error instanceof Error)) return error;
	const data = (error as Error & { response?: { data?: unknown } }).response?.data;
	if (data === null || typeof data !== 'object') return error;
	const { reason, error: code } = data as { reason?: unknown; error?: unknown };
	const text = typeof reason === 'string' && reason !== '' ? reason : typeof code === 'string' ? code : undefined;
	if (text) error.message = `Token request refused: ${text}${typeof code === 'string' && code !== text ? ` (${code})` : ''}`;
	return error;
}

/**
 * Zoom Server-to-Server OAuth: an account-level app whose client credentials buy a one-hour bearer token
 * (grant `account_credentials`, no refresh token). n8n fetches the token through `preAuthentication` when the
 * hidden `accessToken` is empty and again when a request answers 401.
 */
export class ZoomServerToServerOAuthApi implements ICredentialType {
	name = 'zoomServerToServerOAuthApi';

	displayName = 'Zoom Server-to-Server OAuth API';

	icon = { light: 'file:../icons/zoom.svg', dark: 'file:../icons/zoom.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-conferencing/n8n-nodes-conferencing/blob/main/README.md#zoom-meetings';

	properties: INodeProperties[] = [
		...environmentProperties,
		{
			displayName: 'Account ID',
			name: 'accountId',
			type: 'string',
			default: '',
			required: true,
			description: "The app's Account ID, from the App Credentials page of your Server-to-Server OAuth app",
		},
		{
			displayName: 'Client ID',
			name: 'clientId',
			type: 'string',
			default: '',
			required: true,
			description: "The app's Client ID",
		},
		{
			displayName: 'Client Secret',
			name: 'clientSecret',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: "The app's Client Secret",
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'hidden',
			typeOptions: { expirable: true, password: true },
			default: '',
		},
	];

	async preAuthentication(this: IHttpRequestHelper, credentials: ICredentialDataDecryptedObject): Promise<IDataObject> {
		const urls = zoomUrls(credentials);
		if ('problem' in urls) {
			throw new Error(`The Zoom credential's "${urls.field}" ${urls.problem}. ${urls.hint}`);
		}
		let response: { access_token?: unknown } | undefined;
		try {
			response = (await this.helpers.httpRequest({
				method: 'POST',
				url: urls.tokenUrl,
				qs: { grant_type: 'account_credentials', account_id: credentials.accountId },
				auth: { username: String(credentials.clientId ?? ''), password: String(credentials.clientSecret ?? '') },
				json: true,
			})) as { access_token?: unknown } | undefined;
		} catch (error) {
			throw withTokenEndpointReason(error);
		}
		const accessToken = response?.access_token;
		if (typeof accessToken !== 'string' || accessToken === '') {
			throw new Error('Zoom answered the token request without an access token');
		}
		return { accessToken };
	}

	// A function rather than a generic template: n8n evaluates a template's expressions on every request, which
	// costs more than the rest of a request's preparation together (measured with the benchmark).
	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
		return {
			...requestOptions,
			headers: { ...requestOptions.headers, Authorization: `Bearer ${String(credentials.accessToken ?? '')}` },
		};
	}

	// Read-only: lists at most one user of the account (scope user:read:list_users:admin) and changes nothing.
	test: ICredentialTestRequest = {
		request: {
			baseURL: zoomUrlExpression('api', '$credentials'),
			url: '/users',
			method: 'GET',
			qs: { page_size: 1 },
		},
	};
}
