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

export interface SignalWireParticipant {
	account_sid: string;
	call_sid: string;
	call_sid_to_coach: string | null;
	coaching: boolean;
	conference_sid: string;
	date_created: string;
	date_updated: string;
	status: 'in-progress' | 'completed';
	end_conference_on_exit: boolean;
	muted: boolean;
	hold: boolean;
	start_conference_on_enter: boolean;
	uri: string;
}

export interface SignalWireRecording {
	sid: string;
	account_sid: string;
	api_version: string;
	call_sid: null;
	conference_sid: string;
	channel: string;
	channels: string;
	date_created: string;
	date_updated: string;
	start_time: string | null;
	end_time: string | null;
	duration: number;
	price: string | null;
	price_unit: string;
	source: string;
	status: 'queued' | 'in-progress' | 'paused' | 'resumed' | 'completed' | 'absent' | 'stopped';
	error_code: string | null;
	uri: string;
	subresource_uris: { transcriptions: string };
	encryption_details: null;
	trim: string;
}

export interface SignalWireSimulator extends Simulator {
	credentials: { projectId: string; apiToken: string };
	conferences: Map<string, SignalWireConference>;
	/** conference SID → (call SID → participant); a removed participant leaves its map. */
	participants: Map<string, Map<string, SignalWireParticipant>>;
	/** conference SID → (recording SID → recording); a deleted recording leaves its map. */
	recordings: Map<string, Map<string, SignalWireRecording>>;
	/** Announcements played: to a whole conference, or to one participant (with its callSid). */
	announcements: Array<{ conferenceSid: string; callSid?: string; url: string; method: string }>;
	/** SIDs of the seeded conferences: two in progress, then one completed. */
	seedSids: string[];
	/** The most records one page holds (default 1000, SignalWire's maximum); tests lower it to force paging. */
	pageSizeLimit: number;
	addConferences(count: number, prefix?: string): void;
	/** Adds `count` in-progress, unmuted participants to the conference. */
	addParticipants(conferenceSid: string, count: number): void;
	/** Adds `count` completed recordings, created on 2026-06-01, to the conference. */
	addRecordings(conferenceSid: string, count: number): void;
	injectRateLimit(count?: number, retryAfterSeconds?: number): void;
	injectServerError(status?: number, count?: number): void;
}

export declare const DEFAULT_CREDENTIALS: { projectId: string; apiToken: string };
export declare const SEED_CONFERENCES: ReadonlyArray<{ sid: string; friendly_name: string; status: string }>;
/** Two in-progress conferences hold 3 and 1 in-progress participants; the completed one holds 1 completed. */
export declare const SEED_PARTICIPANTS: ReadonlyArray<{ conferenceSid: string; callSid: string; muted: boolean; hold: boolean; status?: string }>;
/**
 * The first conference: one in-progress (2026-06-01) and one completed (2026-05-31) recording; the second: one
 * paused; the completed conference: one completed.
 */
export declare const SEED_RECORDINGS: ReadonlyArray<{ conferenceSid: string; sid: string; status: string; date: string; duration?: number }>;
export declare function createSignalWireSimulator(options?: {
	credentials?: Partial<typeof DEFAULT_CREDENTIALS>;
}): SignalWireSimulator;
