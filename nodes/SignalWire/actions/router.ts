import type { Router } from '../../shared/execute';
import * as conference from './conference';

export type SignalWireMap = {
	conference: 'end' | 'get' | 'getAll' | 'update';
};

export const router: Router<SignalWireMap> = {
	conference: { end: conference.end, get: conference.get, getAll: conference.getAll, update: conference.update },
};
