// One AbortSignal per call that fires on the caller's signal or on the timeout, and leaves no listener or
// timer behind once the call is over (the caller's long-lived signal must not accumulate listeners).

export type AbortCause = "user" | "timeout" | "idle";

export interface CallSignal {
  signal: AbortSignal;
  /** The limits it enforces, in ms (for the timeout error's message). */
  timeoutMs: number | undefined;
  idleMs: number | undefined;
  /** Why the signal fired, if it did. */
  cause(): AbortCause | undefined;
  /** Restarts the idle timer (call on every chunk of a stream, and before a stream's request is sent). */
  touch(): void;
  /** Stops the idle timer until the next touch (the SDK's own wait before a retry is not the server's silence). */
  stopIdle(): void;
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
  const stopIdle = () => clearTimeout(idle);
  const touch = () => {
    if (!idleMs || idleMs <= 0 || cause) return;
    stopIdle();
    idle = setTimeout(() => fire("idle"), idleMs);
  };
  let disposed = false;
  return {
    signal: controller.signal,
    timeoutMs,
    idleMs,
    cause: () => cause,
    touch,
    stopIdle,
    dispose() {
      if (disposed) return;
      disposed = true;
      user?.removeEventListener("abort", onUserAbort);
      if (timer !== undefined) clearTimeout(timer);
      if (idle !== undefined) clearTimeout(idle);
    },
  };
}
