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
	/** Largest page served, whatever `page_size` asks (tests lower it to force several pages). */
	pageSizeLimit: number;
	/** Registrants a meeting accepts before answering code 3043. */
	registrantCapacity: number;
	/** False: past participants answer 400 code 200 (paid accounts only). */
	paidAccount: boolean;
	deletedMeetings: Map<string, Record<string, unknown>>;
	registrants: Map<string, Array<Record<string, unknown>>>;
	pastMeetings: Array<Record<string, unknown> & { uuid: string; participants: Array<Record<string, unknown>> }>;
	/** Adds `count` scheduled meetings of the owner named `${prefix} n`; returns their IDs. */
	addMeetings(count: number, prefix?: string): string[];
	addRegistrants(meetingId: string, count: number, status?: 'approved' | 'pending' | 'denied'): void;
	addParticipants(uuid: string, count: number): void;
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
