import type { Simulator } from './base';

export interface MeetingRoom {
	access_codes: Array<{ access_code: string; role: 'host' | 'participant' | 'listener' }>;
	account_sid: string;
	properties: Record<string, unknown>;
	did_group_sid: string | null;
	meeting_room_sid: string;
	name: string;
}

export interface DidGroup {
	did_group_sid: string;
	account_sid: string;
	name: string;
	call_flow_sid: string | null;
	properties: Record<string, unknown>;
}

export interface Meeting {
	meeting_sid: string;
	meeting_room_sid: string;
	account_sid: string;
	date_created: string;
	duration: number;
	locked: boolean;
	on_hold: '' | 'p' | 'l' | 'pl';
	participant_muted: 'false' | 'relaxed' | 'true';
	recording: boolean;
}

export interface Call {
	call_sid: string;
	meeting_sid: string;
	meeting_room_sid: string;
	account_sid: string;
	access_code: string;
	role: 'host' | 'participant' | 'listener';
	direction: 'In' | 'Out';
	number_src: string;
	number_dst: string;
	name: string;
	muted: boolean;
	on_hold: boolean;
	codecs: string;
	gain_level: number;
	duration: number;
	date_created: string;
	date_joined: string;
}

export interface CarrierXSimulator extends Simulator {
	credentials: { login: string; password: string };
	rooms: Map<string, MeetingRoom>;
	didGroups: Map<string, DidGroup>;
	meetings: Map<string, Meeting>;
	calls: Map<string, Call>;
	/** The most records one list page holds; tests lower it to force several pages. Reset to 1000. */
	pageSizeLimit: number;
	addRooms(count: number, prefix?: string): string[];
	addMeetings(count: number, roomSid?: string): string[];
	addCalls(count: number, meetingSid?: string, prefix?: string): string[];
}

export declare const DEFAULT_CREDENTIALS: { login: string; password: string };
export declare const SEED: {
	accountSid: string;
	roomSid: string;
	didGroupRoomSid: string;
	didGroupSid: string;
	otherDidGroupSid: string;
	meetingSid: string;
	salesMeetingSid: string;
	hostCallSid: string;
	participantCallSid: string;
	listenerCallSid: string;
	salesCallSid: string;
};
export declare const SEED_DATE: string;
export declare function createCarrierXSimulator(options?: { credentials?: Partial<typeof DEFAULT_CREDENTIALS> }): CarrierXSimulator;
