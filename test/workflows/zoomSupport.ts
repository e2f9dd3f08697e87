import type { ICredentialDataDecryptedObject, IDataObject } from 'n8n-workflow';

import { DEFAULT_CREDENTIALS } from '../simulators/zoom';
import type { ZoomSimulator } from '../simulators/zoom';
import type { RunResult } from '../support/harness';
import { runListSearch, runNode } from '../support/harness';

/** Shared by the Zoom meeting, registrant and past-meeting workflow tests. */
export const S2S = 'zoomServerToServerOAuthApi';
export const USER_APP = 'zoomMeetingsOAuth2Api';

export const MEETING = '85746065432';
export const RECURRING = '83920174655';
export const STARTED = '81234567890';
export const REGISTRATION = '86123456789';
export const ENDED = '84455566677';
export const OTHER_HOST = '87700011122';

export function s2sCredentials(sim: ZoomSimulator): Record<string, ICredentialDataDecryptedObject> {
	return { [S2S]: { environment: 'custom', customHost: sim.url, ...DEFAULT_CREDENTIALS } as ICredentialDataDecryptedObject };
}

export function oauth2Credentials(sim: ZoomSimulator): Record<string, ICredentialDataDecryptedObject> {
	const tokens = sim.issueUserTokens();
	return {
		[USER_APP]: {
			environment: 'custom',
			customHost: sim.url,
			grantType: 'authorizationCode',
			accessTokenUrl: `${sim.url}/oauth/token`,
			clientId: DEFAULT_CREDENTIALS.clientId,
			clientSecret: DEFAULT_CREDENTIALS.clientSecret,
			authentication: 'header',
			oauthTokenData: { access_token: tokens.access_token, refresh_token: tokens.refresh_token },
		} as ICredentialDataDecryptedObject,
	};
}

export const locator = (mode: string, value: string) => ({ __rl: true, mode, value });

export interface ZoomRun {
	parameters: IDataObject;
	items?: IDataObject[];
	continueOnFail?: boolean;
	oauth2?: boolean;
}

export function zoomRunner(sim: ZoomSimulator, resource: string) {
	return async ({ parameters, items = [{}], continueOnFail = false, oauth2 = false }: ZoomRun): Promise<RunResult> =>
		await runNode({
			items,
			node: {
				type: 'zoomMeetings',
				parameters: { authentication: oauth2 ? 'oAuth2' : 'serverToServerOAuth', resource, ...parameters },
				continueOnFail,
			},
			credentials: oauth2 ? oauth2Credentials(sim) : s2sCredentials(sim),
		});
}

export function zoomPicker(sim: ZoomSimulator, parameters: IDataObject) {
	return async (method: string, filter?: string, paginationToken?: string) =>
		await runListSearch({
			node: { type: 'zoomMeetings', parameters: { authentication: 'serverToServerOAuth', ...parameters } },
			credentials: s2sCredentials(sim),
			method,
			filter,
			paginationToken,
		});
}

/** API requests as "METHOD rawPath". */
export const sent = (sim: ZoomSimulator): string[] => sim.apiRequests().map((request) => `${request.method} ${request.rawPath}`);
