import type { Router } from '../../shared/execute';
import * as conference from './conference';
import * as participant from './participant';
import * as recording from './recording';

export type SignalWireMap = {
	conference: 'end' | 'get' | 'getAll' | 'update';
	participant: 'get' | 'getAll' | 'remove' | 'update';
	recording: 'delete' | 'get' | 'getAll' | 'update';
};

export const router: Router<SignalWireMap> = {
	conference: { end: conference.end, get: conference.get, getAll: conference.getAll, update: conference.update },
	participant: { get: participant.get, getAll: participant.getAll, remove: participant.remove, update: participant.update },
	recording: { delete: recording.delete, get: recording.get, getAll: recording.getAll, update: recording.update },
};
