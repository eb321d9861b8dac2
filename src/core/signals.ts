// One AbortSignal per call that fires on the caller's signal or on the timeout, and leaves no listener or
// timer behind once the call is over (the caller's long-lived signal must not accumulate listeners).

export type AbortCause = "user" | "timeout" | "idle";

export interface CallSignal {
  signal: AbortSignal;
  /** Why the signal fired, if it did. */
  cause(): AbortCause | undefined;
  /** Restarts the idle timer (call on every chunk of a stream). */
  touch(): void;
  /** Removes the listener on the caller's signal and clears the timers. Idempotent. */
  dispose(): void;
}

export function callSignal(
  user: AbortSignal | undefined,
  timeoutMs: number | undefined,
  idleMs?: number,
): CallSignal {
  const controller = new AbortController();
  let cause: AbortCause | undefined;
  const fire = (why: AbortCause) => {
    if (cause) return;
    cause = why;
    controller.abort(why === "user" ? user?.reason : new Error(why));
  };
  const onUserAbort = () => fire("user");
  if (user?.aborted) fire("user");
  else user?.addEventListener("abort", onUserAbort, { once: true });
  const timer = timeoutMs && timeoutMs > 0 ? setTimeout(() => fire("timeout"), timeoutMs) : undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const touch = () => {
    if (!idleMs || idleMs <= 0 || cause) return;
    if (idle !== undefined) clearTimeout(idle);
    idle = setTimeout(() => fire("idle"), idleMs);
  };
  let disposed = false;
  return {
    signal: controller.signal,
    cause: () => cause,
    touch,
    dispose() {
      if (disposed) return;
      disposed = true;
      user?.removeEventListener("abort", onUserAbort);
      if (timer !== undefined) clearTimeout(timer);
      if (idle !== undefined) clearTimeout(idle);
    },
  };
}

/** Resolves after `ms`, or rejects when `signal` fires; leaves nothing behind. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

/**
 * Call options for a stream sent on first read: the stream's own abort signal joins the caller's, and the
 * whole-call `timeout` applies only when the caller sets one (a stream lasts as long as the run; `idleTimeout`
 * bounds its silences).
 */
export function streamCallOptions<T extends { signal?: AbortSignal; timeout?: number }>(
  call: T,
  streamSignal: AbortSignal,
): T {
  return {
    ...call,
    timeout: call.timeout ?? 0,
    signal: call.signal ? AbortSignal.any([streamSignal, call.signal]) : streamSignal,
  };
}
