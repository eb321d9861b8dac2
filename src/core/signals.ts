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

/**
 * The timer of the last finished call, left to run out (unref'd, it does nothing) and cleared by the next finished
 * call, with the clearTimeout of its own time (fake timers in tests). Clearing the only pending timer of a duration
 * makes Node drop its timer list and build it again on the next call: ~7 µs on every call made one after another
 * (scripts/bench/transport.bench.ts).
 */
let lingering: [ReturnType<typeof setTimeout>, typeof clearTimeout] | undefined;

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
  let disposed = false;
  const onUserAbort = () => fire("user");
  if (user?.aborted) fire("user");
  else user?.addEventListener("abort", onUserAbort, { once: true });
  const timer =
    timeoutMs && timeoutMs > 0 ? setTimeout(() => disposed || fire("timeout"), timeoutMs) : undefined;
  let idle: ReturnType<typeof setTimeout> | undefined;
  const stopIdle = () => clearTimeout(idle);
  const touch = () => {
    if (!idleMs || idleMs <= 0 || cause) return;
    stopIdle();
    idle = setTimeout(() => fire("idle"), idleMs);
  };
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
      if (timer !== undefined) {
        (timer as { unref?: () => void }).unref?.();
        if (lingering) {
          const [previous, clear] = lingering;
          clear(previous); // called alone: a browser's clearTimeout refuses another `this` (Illegal invocation)
        }
        lingering = [timer, clearTimeout];
      }
      if (idle !== undefined) clearTimeout(idle);
    },
  };
}
