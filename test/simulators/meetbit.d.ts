import type { Simulator } from './base';

export interface MeetBitSimulator extends Simulator {
	credentials: { accessKeyId: string; accessKeySecret: string };
	conferences: Map<number, Record<string, unknown>>;
	startConference(id: number): void;
}

export declare const DEFAULT_CREDENTIALS: { accessKeyId: string; accessKeySecret: string };
export declare function createMeetBitSimulator(options?: { credentials?: Partial<typeof DEFAULT_CREDENTIALS> }): MeetBitSimulator;
