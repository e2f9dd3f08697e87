import type { Router } from '../../shared/execute';
import * as meeting from './meeting';

export type ZoomMeetingsMap = {
	meeting: 'end' | 'update';
};

export const router: Router<ZoomMeetingsMap> = {
	meeting: { end: meeting.end, update: meeting.update },
};
