import type { RecordedRequest, Simulator } from './base';

export interface ZoomCredentials {
	accountId: string;
	clientId: string;
	clientSecret: string;
}

export interface ZoomUserTokens {
	access_token: string;
	token_type: 'bearer';
	refresh_token: string;
	expires_in: number;
	scope: string;
}

export interface ZoomSimulator extends Simulator {
	credentials: ZoomCredentials;
	meetings: Map<string, Record<string, unknown>>;
	users: Array<Record<string, unknown>>;
	/** Invalidate every access token issued so far, as if an hour had passed. */
	expireTokens(): void;
	/** Tokens as after a user completed the authorization-code flow. */
	issueUserTokens(): ZoomUserTokens;
	createAuthorizationCode(): string;
	/** Pretend `count` updates of a meeting were already made today. */
	setUpdateCount(meetingId: string | number, count: number): void;
	updateCount(meetingId: string | number): number;
	tokenRequests(): RecordedRequest[];
	apiRequests(): RecordedRequest[];
}

export declare const DEFAULT_CREDENTIALS: ZoomCredentials;
export declare function createZoomSimulator(options?: {
	credentials?: Partial<ZoomCredentials>;
	/** Updates allowed per meeting per GMT day (Zoom: 100). */
	dailyUpdateLimit?: number;
	/** Clock in epoch milliseconds (defaults to Date.now). */
	now?: () => number;
}): ZoomSimulator;
