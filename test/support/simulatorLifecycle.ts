import type { Simulator } from '../simulators/base';
import { builtTransport } from './builtTransport';

/**
 * Runs `sim` on an ephemeral loopback port for the test file, resets its state before each test, and
 * replaces the transport's sleep so rate-limit and backoff waits are recorded instead of spent. The
 * returned array holds the waits (ms) of the current test. The transport is taken from dist/, the same
 * module instance the loaded nodes use.
 */
export function useSimulator(sim: Simulator): number[] {
	const waits: number[] = [];
	const { retryPolicy } = builtTransport();
	const realSleep = retryPolicy.sleep;
	beforeAll(async () => {
		await sim.start(0);
		retryPolicy.sleep = async (ms: number) => {
			waits.push(ms);
		};
	});
	afterAll(async () => {
		retryPolicy.sleep = realSleep;
		await sim.stop();
	});
	beforeEach(() => {
		sim.reset();
		waits.length = 0;
	});
	return waits;
}
