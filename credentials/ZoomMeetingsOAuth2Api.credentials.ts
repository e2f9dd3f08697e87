import type { ICredentialTestRequest, ICredentialType, INodeProperties } from 'n8n-workflow';

import { environmentProperties, zoomUrlExpression } from '../nodes/ZoomMeetings/environment';

/**
 * Zoom user OAuth (authorization code). Zoom takes the scopes from the app's configuration and rejects a
 * `scope` parameter in the authorize URL, so none is sent. Client authentication on the token endpoint is a
 * Basic header. The environment fields also tell the node which API host to call.
 */
export class ZoomMeetingsOAuth2Api implements ICredentialType {
	name = 'zoomMeetingsOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'Zoom Meetings OAuth2 API';

	icon = { light: 'file:../icons/zoom.svg', dark: 'file:../icons/zoom.dark.svg' } as const;

	documentationUrl = 'https://github.com/n8n-nodes-conferencing/n8n-nodes-conferencing/blob/main/README.md#zoom-meetings';

	properties: INodeProperties[] = [
		...environmentProperties,
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: zoomUrlExpression('authorize', '$self'),
			required: true,
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: zoomUrlExpression('token', '$self'),
			required: true,
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'header',
		},
	];

	// Read-only: the connected user's own profile (needs user:read:user or the classic user:read scope).
	test: ICredentialTestRequest = {
		request: {
			baseURL: zoomUrlExpression('api', '$credentials'),
			url: '/users/me',
			method: 'GET',
		},
	};
}
