// Poll-until-done for any status endpoint: backoff with jitter, a total timeout, abort, change callbacks.
// The options are about the wait as a whole (its deadline, its signal); each check's own request takes the
// caller's RequestOptions (see WorkflowJob.wait).
import { delay } from "./delay";
import { APIUserAbortError, JobTimeoutError } from "./errors";
import { checkParams, type WireNames } from "./params";

export interface PollOptions<S> {
  /** First delay between checks, ms. Default 250. */
  interval?: number;
  /** Largest delay between checks, ms. Default 5000. */
  maxInterval?: number;
  /** Give up waiting after this many ms with a JobTimeoutError (the job goes on). Default: no limit. */
  timeout?: number;
  /** Stops waiting (an APIUserAbortError), cancelling the check in flight. */
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

const DEFAULT_POLL_INTERVAL = 250;
const DEFAULT_POLL_MAX_INTERVAL = 5000;

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

/** The options of a wait as a whole (a job's or a task's `wait`): the poll's pace, deadline, signal and `onStatus`. */
export type WaitOptions<S> = Omit<PollOptions<S>, "key" | "random">;

export const WAIT_OPTIONS: WireNames<WaitOptions<unknown>> = {
  interval: null,
  maxInterval: null,
  timeout: null,
  signal: null,
  onStatus: null,
};
// Written out, not spread from WAIT_OPTIONS: a bundler keeps a spread table even where it is not used.
const POLL_OPTIONS: WireNames<PollOptions<unknown>> = {
  interval: null,
  maxInterval: null,
  timeout: null,
  signal: null,
  onStatus: null,
  key: null,
  random: null,
};

/**
 * Calls `check` until it reports done. `check` receives a signal that aborts when the caller aborts or the
 * timeout passes, so an in-flight request is cancelled too. Unknown keys of `options` throw at once.
 */
export function pollUntilDone<S, R>(
  check: (signal: AbortSignal) => Promise<PollStep<S, R>>,
  options: PollOptions<S> = {},
): Promise<R> {
  checkParams(options, POLL_OPTIONS);
  return poll(check, options);
}

/** pollUntilDone, for callers that checked the options themselves. */
export async function poll<S, R>(
  check: (signal: AbortSignal) => Promise<PollStep<S, R>>,
  options: PollOptions<S>,
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
        await delay(pollDelay(attempt, interval, maxInterval, options.random), { signal: controller.signal });
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
