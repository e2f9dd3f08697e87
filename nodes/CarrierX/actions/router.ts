import type { Router } from '../../shared/execute';
import * as call from './call';
import * as meeting from './meeting';
import * as meetingRoom from './meetingRoom';

export type CarrierXMap = {
	meetingRoom: 'create' | 'delete' | 'get' | 'getAll' | 'update' | 'replace';
	meeting: 'end' | 'get' | 'getAll' | 'update';
	call: 'get' | 'getAll' | 'remove' | 'update';
};

export const router: Router<CarrierXMap> = {
	meetingRoom: {
		create: meetingRoom.create,
		delete: meetingRoom.deleteRoom,
		get: meetingRoom.get,
		getAll: meetingRoom.getAll,
		update: meetingRoom.update,
		replace: meetingRoom.replace,
	},
	meeting: { end: meeting.end, get: meeting.get, getAll: meeting.getAll, update: meeting.update },
	call: { get: call.get, getAll: call.getAll, remove: call.remove, update: call.update },
};
