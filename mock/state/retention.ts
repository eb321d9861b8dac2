// How long the stores keep what runs leave behind (finished jobs, run records, messages), so a mock that runs for
// days or serves a load test does not grow without bound. The oldest go first; what still runs is never dropped.
import type { Clock } from "../clock";

/** The limits, resolved (mock/options.ts documents them). */
export interface RetentionLimits {
  /** Finished jobs kept: v2 workflow jobs (with their event logs), v1 build jobs, legacy tasks. */
  jobs: number;
  /** Run records kept. */
  runs: number;
  /** Chat messages kept. */
  messages: number;
  /** Finished jobs and run records older than this are dropped. */
  maxAgeSeconds: number;
}

/**
 * Finished items in the order they finished. `finished(key)` records one and drops (through `drop`) the oldest while
 * there are more than `count` or they finished more than `maxAgeSeconds` ago: O(1) per item over its lifetime.
 */
export class FinishedQueue<K> {
  readonly #finishedAt = new Map<K, number>();

  constructor(
    private readonly clock: Clock,
    private readonly count: number,
    private readonly maxAgeSeconds: number,
    private readonly drop: (key: K) => void,
  ) {}

  finished(key: K): void {
    this.#finishedAt.delete(key);
    this.#finishedAt.set(key, this.clock.now());
    this.sweep();
  }

  /** The item went away by other means (deleted): it no longer counts. */
  forget(key: K): void {
    this.#finishedAt.delete(key);
  }

  sweep(): void {
    const cutoff = this.clock.now() - this.maxAgeSeconds * 1000;
    for (const [key, at] of this.#finishedAt) {
      if (this.#finishedAt.size <= this.count && at >= cutoff) break;
      this.#finishedAt.delete(key);
      this.drop(key);
    }
  }
}
