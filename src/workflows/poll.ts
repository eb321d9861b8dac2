// Poll-until-done for any status endpoint: backoff with jitter, a total timeout, abort, change callbacks.
import { APIUserAbortError, JobTimeoutError } from "../core/errors";

export interface PollOptions<S> {
  /** First delay between checks, ms. Default 250. */
  interval?: number;
  /** Largest delay between checks, ms. Default 5000. */
  maxInterval?: number;
  /** Give up after this many ms with a JobTimeoutError. Default: no limit. */
  timeout?: number;
  signal?: AbortSignal;
  /** Called with each snapshot whose `key` differs from the previous one (and with the first). */
  onStatus?: (snapshot: S) => void;
  /** What counts as a change for `onStatus`. Default: the snapshot's `status` field, else the snapshot itself. */
  key?: (snapshot: S) => unknown;
  /** Replaces Math.random in the jitter (tests). */
  random?: () => number;
}

/**
 * What one check says: keep waiting, done with a value, or done with an error (reported to `onStatus` first;
 * a check may also throw). A step without a snapshot
 * (an answer not yet believed, e.g. to be confirmed by the next check) is not reported to `onStatus`.
 */
export type PollStep<S, R> =
  | { done: false; snapshot?: S }
  | { done: true; snapshot: S; value: R }
  | { done: true; snapshot: S; error: unknown };

export const DEFAULT_POLL_INTERVAL = 250;
export const DEFAULT_POLL_MAX_INTERVAL = 5000;

/** Delay before check number `attempt` (0-based): doubles from `interval` to `maxInterval`, with ±20% jitter. */
export function pollDelay(
  attempt: number,
  interval: number,
  maxInterval: number,
  random = Math.random,
): number {
  const base = Math.min(maxInterval, interval * 2 ** attempt);
  return Math.max(0, Math.round(base * (0.8 + 0.4 * random())));
}

function defaultKey(snapshot: unknown): unknown {
  if (typeof snapshot === "object" && snapshot !== null && "status" in snapshot) {
    return (snapshot as { status: unknown }).status;
  }
  return snapshot;
}

/** Resolves after `ms`, or rejects with APIUserAbortError when `signal` aborts; leaves no timer or listener behind. */
function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new APIUserAbortError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Calls `check` until it reports done. `check` receives a signal that aborts when the caller aborts or the
 * timeout passes, so an in-flight request is cancelled too.
 */
export async function pollUntilDone<S, R>(
  check: (signal: AbortSignal) => Promise<PollStep<S, R>>,
  options: PollOptions<S> = {},
): Promise<R> {
  const interval = options.interval ?? DEFAULT_POLL_INTERVAL;
  const maxInterval = Math.max(interval, options.maxInterval ?? DEFAULT_POLL_MAX_INTERVAL);
  const key = options.key ?? defaultKey;
  const controller = new AbortController();
  const onAbort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", onAbort, { once: true });
  let timedOut = false;
  const timer =
    options.timeout === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, options.timeout);
  let last: unknown = Symbol("none");
  try {
    for (let attempt = 0; ; attempt++) {
      if (options.signal?.aborted) throw new APIUserAbortError();
      let step: PollStep<S, R>;
      try {
        step = await check(controller.signal);
      } catch (error) {
        if (timedOut) throw new JobTimeoutError(options.timeout ?? 0);
        if (options.signal?.aborted) throw new APIUserAbortError();
        throw error;
      }
      if (step.snapshot !== undefined) {
        const current = key(step.snapshot);
        if (current !== last) {
          last = current;
          options.onStatus?.(step.snapshot);
        }
      }
      if (step.done) {
        if ("error" in step) throw step.error;
        return step.value;
      }
      try {
        await sleep(pollDelay(attempt, interval, maxInterval, options.random), controller.signal);
      } catch {
        if (timedOut) throw new JobTimeoutError(options.timeout ?? 0);
        throw new APIUserAbortError();
      }
    }
  } finally {
    if (timer !== undefined) clearTimeout(timer);
    options.signal?.removeEventListener("abort", onAbort);
  }
}
