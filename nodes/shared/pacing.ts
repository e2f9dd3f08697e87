import type { RequestSpec } from './transport';

/** A rate a provider documents for a group of its endpoints (a bucket shares one budget). */
export interface RateLimit {
	bucket: string;
	perSecond: number;
}

/** What a provider documents about how hard it may be called; the defaults of every node's Options. */
export interface ProviderLimits {
	/** Requests in flight at once unless the user sets Options → Concurrency. */
	concurrency: number;
	/** The documented rate for a request, or undefined where the provider documents none. */
	rateFor?(spec: RequestSpec): RateLimit | undefined;
	/** How the defaults read in the Options descriptions, e.g. "5 requests per second (MeetBit's limit per client)". */
	summary: string;
}

export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

/**
 * Paces one node execution's requests. Every request passes `acquire` before it is sent:
 * - it waits while the provider has asked everyone to pause (a 429 with Retry-After pauses the whole pool, not
 *   just the item that got it: the limit is the account's, so the other requests would be refused too);
 * - then it takes the next free slot of its rate bucket, so requests start at most `perSecond` apart on average.
 * A user-set rate replaces the documented ones with one bucket for all requests.
 *
 * Waits are computed once and slept once (again only when a newer pause arrived meanwhile), so a test clock
 * that does not advance by itself still terminates.
 */
export class RequestGate {
	private pausedUntil = 0;
	private pauseGeneration = 0;
	private readonly nextSlot = new Map<string, number>();
	/** How many times the pool was paused, for figures and tests. */
	pauses = 0;
	private exclusiveTail: Promise<void> = Promise.resolve();
	private answered = false;
	private readonly answerWaiters: Array<() => void> = [];

	constructor(
		private readonly rateFor: (spec: RequestSpec) => RateLimit | undefined,
		private readonly clock: Clock,
	) {}

	/**
	 * Waits until `spec` may be sent: after any pause, at its bucket's next free slot, and not before `delayMs`
	 * from now (an item's own backoff). One sleep covers all three; it is repeated only if a newer pause arrived
	 * during it.
	 */
	async acquire(spec: RequestSpec, delayMs = 0): Promise<void> {
		const rate = this.rateFor(spec);
		const interval = rate && rate.perSecond > 0 ? 1000 / rate.perSecond : 0;
		let earliest = this.clock.now() + delayMs;
		for (;;) {
			const generation = this.pauseGeneration;
			const now = this.clock.now();
			let start = Math.max(now, earliest, this.pausedUntil);
			if (rate && interval > 0) {
				start = Math.max(start, this.nextSlot.get(rate.bucket) ?? start);
				this.nextSlot.set(rate.bucket, start + interval);
			}
			if (start > now) await this.clock.sleep(start - now);
			if (generation === this.pauseGeneration) return;
			// A 429 arrived while waiting: the slot taken is void, wait for the new pause and take another.
			earliest = start;
		}
	}

	/** Nobody sends before `ms` from now (a later pause never shortens an earlier, longer one). */
	pause(ms: number): void {
		const until = this.clock.now() + ms;
		if (until <= this.pausedUntil) return;
		this.pausedUntil = until;
		this.pauseGeneration++;
		this.pauses++;
	}

	/**
	 * Runs `task` alone among the tasks given to `exclusive`, in arrival order. Used for the re-send after a 401
	 * that makes n8n renew a token: renewals one at a time, so parallel requests do not each mint a token
	 * (Zoom invalidates older tokens when many are minted at once).
	 */
	async exclusive<T>(task: () => Promise<T>): Promise<T> {
		const previous = this.exclusiveTail;
		let release = (): void => undefined;
		this.exclusiveTail = new Promise<void>((resolve) => {
			release = resolve;
		});
		await previous;
		try {
			return await task();
		} finally {
			release();
		}
	}

	/** Called when any request got an answer (success or HTTP error). */
	markAnswered(): void {
		if (this.answered) return;
		this.answered = true;
		for (const wake of this.answerWaiters.splice(0)) wake();
	}

	/** Resolves once the first request has been answered; the pool holds back until then when tokens are fetched on demand. */
	async firstAnswer(): Promise<void> {
		if (this.answered) return;
		await new Promise<void>((resolve) => this.answerWaiters.push(resolve));
	}

}

/** The rate a user set (Options → Max Requests per Second) as one bucket for every request; 0 keeps the provider's. */
export function rateForUser(
	limits: ProviderLimits,
	requestsPerSecond: number,
): (spec: RequestSpec) => RateLimit | undefined {
	if (requestsPerSecond > 0) return () => ({ bucket: 'user', perSecond: requestsPerSecond });
	return (spec) => limits.rateFor?.(spec);
}

/**
 * Lets at most `perTick` items start their work per turn of the event loop. Without it, a pool's answers that
 * arrive together are all turned into new requests in one go, and n8n's request helper (a new connection per
 * request) writes none of them until that whole burst of work is done, so the lanes fall into step: each round
 * costs the latency plus every lane's work. A few starts per tick let each request go out while the next item
 * is prepared. (`sleep(0)` is the only way to yield a tick that n8n allows in a node.)
 */
export class StartThrottle {
	private budget: number;
	private readonly waiting: Array<() => void> = [];
	private pumping = false;

	constructor(
		private readonly perTick: number,
		private readonly yieldTick: () => Promise<void>,
	) {
		this.budget = perTick;
	}

	async turn(): Promise<void> {
		if (this.budget > 0 && this.waiting.length === 0) {
			this.budget--;
			this.pump();
			return;
		}
		await new Promise<void>((resolve) => {
			this.waiting.push(resolve);
			this.pump();
		});
	}

	private pump(): void {
		if (this.pumping) return;
		this.pumping = true;
		void (async () => {
			for (;;) {
				await this.yieldTick();
				this.budget = this.perTick;
				while (this.budget > 0 && this.waiting.length > 0) {
					this.budget--;
					this.waiting.shift()?.();
				}
				if (this.waiting.length === 0) {
					this.pumping = false;
					return;
				}
			}
		})();
	}
}
