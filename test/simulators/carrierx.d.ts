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

export interface CarrierXSimulator extends Simulator {
	credentials: { login: string; password: string };
	rooms: Map<string, MeetingRoom>;
	didGroups: Map<string, DidGroup>;
}

export declare const DEFAULT_CREDENTIALS: { login: string; password: string };
export declare const SEED: {
	accountSid: string;
	roomSid: string;
	didGroupRoomSid: string;
	didGroupSid: string;
	otherDidGroupSid: string;
};
export declare function createCarrierXSimulator(options?: { credentials?: Partial<typeof DEFAULT_CREDENTIALS> }): CarrierXSimulator;
