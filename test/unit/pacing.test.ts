import { RequestGate, StartThrottle, rateForUser } from '../../nodes/shared/pacing';
import type { ProviderLimits } from '../../nodes/shared/pacing';
import type { RequestSpec } from '../../nodes/shared/transport';

/** A clock that stands still unless a test moves it; sleeps are recorded, not spent. */
function frozenClock(start = 1_000_000) {
	const clock = {
		time: start,
		sleeps: [] as number[],
		now: () => clock.time,
		sleep: async (ms: number) => {
			clock.sleeps.push(ms);
		},
	};
	return clock;
}

const get: RequestSpec = { method: 'GET', path: '/x' };
const post: RequestSpec = { method: 'POST', path: '/x' };

describe('RequestGate', () => {
	it('spaces requests of a bucket 1000/rate ms apart and leaves unpaced requests alone', async () => {
		const clock = frozenClock();
		const gate = new RequestGate((spec) => (spec.method === 'POST' ? { bucket: 'write', perSecond: 5 } : undefined), clock);
		await Promise.all([gate.acquire(post), gate.acquire(post), gate.acquire(get), gate.acquire(post)]);
		expect(clock.sleeps).toEqual([200, 400]);
	});

	it('keeps separate budgets per bucket', async () => {
		const clock = frozenClock();
		const gate = new RequestGate((spec) => ({ bucket: spec.rateCategory ?? 'light', perSecond: spec.rateCategory === 'medium' ? 20 : 30 }), clock);
		for (let i = 0; i < 3; i++) await gate.acquire({ ...get, rateCategory: 'medium' });
		for (let i = 0; i < 2; i++) await gate.acquire(get);
		expect(clock.sleeps.slice(0, 2)).toEqual([50, 100]);
		expect(clock.sleeps[2]).toBeCloseTo(1000 / 30, 6);
		expect(clock.sleeps).toHaveLength(3);
	});

	it('a pause holds back every caller until it ends, and a shorter pause never shortens it', async () => {
		const clock = frozenClock();
		const gate = new RequestGate(() => undefined, clock);
		gate.pause(2000);
		gate.pause(500);
		await Promise.all([gate.acquire(get), gate.acquire(post), gate.acquire(get)]);
		expect(clock.sleeps).toEqual([2000, 2000, 2000]);
		expect(gate.pauses).toBe(1);
		clock.time += 2000;
		await gate.acquire(get);
		expect(clock.sleeps).toHaveLength(3);
	});

	it('waits again when a newer pause arrives while sleeping', async () => {
		const clock = frozenClock();
		const gate = new RequestGate(() => undefined, clock);
		clock.sleep = async (ms: number) => {
			clock.sleeps.push(ms);
			clock.time += ms;
			if (clock.sleeps.length === 1) gate.pause(3000);
		};
		gate.pause(1000);
		await gate.acquire(get);
		expect(clock.sleeps).toEqual([1000, 3000]);
	});

	it('runs exclusive tasks one at a time, in arrival order', async () => {
		const gate = new RequestGate(() => undefined, frozenClock());
		const log: string[] = [];
		const task = (name: string, ticks: number) => async () => {
			log.push(`start ${name}`);
			for (let i = 0; i < ticks; i++) await Promise.resolve();
			log.push(`end ${name}`);
			return name;
		};
		const results = await Promise.all([gate.exclusive(task('a', 5)), gate.exclusive(task('b', 1)), gate.exclusive(task('c', 0))]);
		expect(results).toEqual(['a', 'b', 'c']);
		expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
	});

	it('firstAnswer resolves once any request was answered', async () => {
		const gate = new RequestGate(() => undefined, frozenClock());
		let resolved = false;
		const waiting = gate.firstAnswer().then(() => {
			resolved = true;
		});
		await Promise.resolve();
		expect(resolved).toBe(false);
		gate.markAnswered();
		await waiting;
		expect(resolved).toBe(true);
		await gate.firstAnswer();
	});
});

describe('rateForUser', () => {
	const limits: ProviderLimits = { concurrency: 5, rateFor: () => ({ bucket: 'client', perSecond: 5 }), summary: '' };

	it('0 keeps the provider rates; a positive number replaces them with one bucket', () => {
		expect(rateForUser(limits, 0)(get)).toEqual({ bucket: 'client', perSecond: 5 });
		expect(rateForUser(limits, 12.5)(post)).toEqual({ bucket: 'user', perSecond: 12.5 });
		expect(rateForUser({ concurrency: 1, summary: '' }, 0)(get)).toBeUndefined();
	});
});

describe('StartThrottle', () => {
	it('lets perTick items start per tick, in arrival order, and lets everyone through in the end', async () => {
		const ticks: Array<() => void> = [];
		const throttle = new StartThrottle(2, () => new Promise<void>((resolve) => ticks.push(resolve)));
		const started: number[] = [];
		const all = Promise.all([0, 1, 2, 3, 4].map(async (n) => {
			await throttle.turn();
			started.push(n);
		}));
		const settle = async () => {
			for (let i = 0; i < 5; i++) await Promise.resolve();
		};
		await settle();
		expect(started).toEqual([0, 1]);
		ticks.shift()?.();
		await settle();
		expect(started).toEqual([0, 1, 2, 3]);
		ticks.shift()?.();
		await settle();
		expect(started).toEqual([0, 1, 2, 3, 4]);
		await all;
		// With nobody left waiting, the pump has stopped: no tick is pending.
		expect(ticks).toHaveLength(0);
	});
});
