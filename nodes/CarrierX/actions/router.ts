import type { Router } from '../../shared/execute';
import * as meetingRoom from './meetingRoom';

export type CarrierXMap = {
	meetingRoom: 'update' | 'replace';
};

export const router: Router<CarrierXMap> = {
	meetingRoom: { update: meetingRoom.update, replace: meetingRoom.replace },
};
