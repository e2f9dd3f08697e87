import type { Router } from '../../shared/execute';
import * as onlineConference from './onlineConference';

export type MeetBitMap = {
	onlineConference: 'create' | 'update';
};

export const router: Router<MeetBitMap> = {
	onlineConference: { create: onlineConference.create, update: onlineConference.update },
};
