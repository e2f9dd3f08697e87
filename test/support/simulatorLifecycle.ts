import type { Simulator } from '../simulators/base';
import { builtTransport } from './builtTransport';

/**
 * Runs the simulators on ephemeral loopback ports for the test file, resets their state before each test, and
 * gives the transport a virtual clock: `sleep` records the wait and moves the clock on instead of spending real
 * time, and `now` reads that clock. Backoff, Retry-After pauses and pacing are therefore exact and instant.
 * The returned array holds the waits (ms) of the current test. The transport is taken from dist/, the same
 * module instance the loaded nodes use.
 */
export function useSimulator(...sims: Simulator[]): number[] {
	const waits: number[] = [];
	const { retryPolicy } = builtTransport();
	const realSleep = retryPolicy.sleep;
	const realNow = retryPolicy.now;
	let virtualNow = 0;
	beforeAll(async () => {
		for (const sim of sims) await sim.start(0);
		retryPolicy.sleep = async (ms: number) => {
			waits.push(ms);
			virtualNow += ms;
		};
		retryPolicy.now = () => virtualNow;
	});
	afterAll(async () => {
		retryPolicy.sleep = realSleep;
		retryPolicy.now = realNow;
		for (const sim of sims) await sim.stop();
	});
	beforeEach(() => {
		for (const sim of sims) {
			sim.reset();
			sim.latency = 0;
		}
		waits.length = 0;
		// The real time at the test's start, so Retry-After dates that tests build from the real clock keep their meaning.
		virtualNow = Date.now();
	});
	return waits;
}
