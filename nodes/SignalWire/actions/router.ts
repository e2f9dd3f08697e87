import type { Router } from '../../shared/execute';
import * as conference from './conference';

export type SignalWireMap = {
	conference: 'end' | 'update';
};

export const router: Router<SignalWireMap> = {
	conference: { end: conference.end, update: conference.update },
};
