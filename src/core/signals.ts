// One AbortSignal per call that fires on the caller's signal or on the timeout, and leaves no listener or
// timer behind once the call is over (the caller's long-lived signal must not accumulate listeners).
//
// A class without closures: a call allocates one object and its AbortController, the timers get the call as an
// argument, and the caller's signal gets the call itself as its listener (`handleEvent`). Each closure per call was
// memory the next call no longer found in the CPU's caches (scripts/bench/transport.bench.ts).

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

type Timer = ReturnType<typeof setTimeout>;

/**
 * The timer of the last finished call, left to run out (unref'd, it does nothing) and cleared by the next finished
 * call, with the clearTimeout of its own time (fake timers in tests). Clearing the only pending timer of a duration
 * makes Node drop its timer list and build it again on the next call: ~7 µs on every call made one after another
 * (scripts/bench/transport.bench.ts).
 */
let lingering: [Timer, typeof clearTimeout] | undefined;

const onTimeout = (call: Call) => call.disposed || call.fire("timeout");
const onIdle = (call: Call) => call.fire("idle");

class Call implements CallSignal {
  readonly signal: AbortSignal;
  readonly timeoutMs: number | undefined;
  readonly idleMs: number | undefined;
  disposed = false;
  readonly #controller = new AbortController();
  readonly #user: AbortSignal | undefined;
  #cause: AbortCause | undefined;
  #timer: Timer | undefined;
  #idle: Timer | undefined;

  constructor(user: AbortSignal | undefined, timeoutMs: number | undefined, idleMs: number | undefined) {
    this.signal = this.#controller.signal;
    this.timeoutMs = timeoutMs;
    this.idleMs = idleMs;
    this.#user = user;
    if (user?.aborted) this.fire("user");
    else user?.addEventListener("abort", this, { once: true });
    if (timeoutMs && timeoutMs > 0) this.#timer = setTimeout(onTimeout, timeoutMs, this);
  }

  /** The caller's signal fired (this object is its listener). */
  handleEvent(): void {
    this.fire("user");
  }

  fire(why: AbortCause): void {
    if (this.#cause) return;
    this.#cause = why;
    this.#controller.abort(why === "user" ? this.#user?.reason : new Error(why));
  }

  cause(): AbortCause | undefined {
    return this.#cause;
  }

  touch(): void {
    if (!this.idleMs || this.idleMs <= 0 || this.#cause) return;
    this.stopIdle();
    this.#idle = setTimeout(onIdle, this.idleMs, this);
  }

  stopIdle(): void {
    clearTimeout(this.#idle);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.#user?.removeEventListener("abort", this);
    const timer = this.#timer;
    if (timer !== undefined) {
      (timer as { unref?: () => void }).unref?.();
      if (lingering) {
        const [previous, clear] = lingering;
        clear(previous); // called alone: a browser's clearTimeout refuses another `this` (Illegal invocation)
      }
      lingering = [timer, clearTimeout];
    }
    if (this.#idle !== undefined) clearTimeout(this.#idle);
  }
}

export function callSignal(
  user: AbortSignal | undefined,
  timeoutMs: number | undefined,
  idleMs?: number,
): CallSignal {
  return new Call(user, timeoutMs, idleMs);
}
