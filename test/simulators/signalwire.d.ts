import type { Simulator } from './base';

export interface SignalWireConference {
	sid: string;
	account_sid: string;
	date_created: string;
	date_updated: string;
	friendly_name: string;
	status: 'init' | 'in-progress' | 'completed';
	api_version: string;
	region: string;
	uri: string;
	subresource_uris: { participants: string; recordings: string };
}

export interface SignalWireSimulator extends Simulator {
	credentials: { projectId: string; apiToken: string };
	conferences: Map<string, SignalWireConference>;
	announcements: Array<{ conferenceSid: string; url: string; method: string }>;
	/** SIDs of the seeded conferences: two in progress, then one completed. */
	seedSids: string[];
	/** The most records one page holds (default 1000, SignalWire's maximum); tests lower it to force paging. */
	pageSizeLimit: number;
	addConferences(count: number, prefix?: string): void;
	injectRateLimit(count?: number, retryAfterSeconds?: number): void;
	injectServerError(status?: number, count?: number): void;
}

export declare const DEFAULT_CREDENTIALS: { projectId: string; apiToken: string };
export declare const SEED_CONFERENCES: ReadonlyArray<{ sid: string; friendly_name: string; status: string }>;
export declare function createSignalWireSimulator(options?: {
	credentials?: Partial<typeof DEFAULT_CREDENTIALS>;
}): SignalWireSimulator;
