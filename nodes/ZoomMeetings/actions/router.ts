import type { Router } from '../../shared/execute';
import * as meeting from './meeting';
import * as pastMeeting from './pastMeeting';
import * as registrant from './registrant';

export type ZoomMeetingsMap = {
	meeting: 'create' | 'delete' | 'end' | 'get' | 'getAll' | 'recover' | 'update';
	registrant: 'create' | 'delete' | 'get' | 'getAll' | 'updateStatus';
	pastMeeting: 'get' | 'getInstances' | 'getParticipants';
};

export const router: Router<ZoomMeetingsMap> = {
	meeting: {
		create: meeting.create,
		delete: meeting.delete,
		end: meeting.end,
		get: meeting.get,
		getAll: meeting.getAll,
		recover: meeting.recover,
		update: meeting.update,
	},
	registrant: {
		create: registrant.create,
		delete: registrant.delete,
		get: registrant.get,
		getAll: registrant.getAll,
		updateStatus: registrant.updateStatus,
	},
	pastMeeting: {
		get: pastMeeting.get,
		getInstances: pastMeeting.getInstances,
		getParticipants: pastMeeting.getParticipants,
	},
};
