// A mock clock that holds the model stand-in before each token until the test lets one through. With it, a browser
// test can prove tokens reach the page one by one: when token k arrives, token k+1 has not been produced yet.
// Only timers of `tokenDelayMs` are held; every other timer (job queueing, timeouts) runs on the real clock.
import type { Clock } from "../../mock/clock";

export class StepClock implements Clock {
  /** Tokens let through so far (each `step()` lets exactly one more token be produced). */
  granted = 0;
  /** Set when the watchdog had to let tokens through because the page stopped receiving them. */
  forced = false;
  readonly #held: (() => void)[] = [];
  #credits = 0;
  #watchdog: ReturnType<typeof setTimeout> | undefined;

  constructor(
    readonly tokenDelayMs: number,
    readonly watchdogMs = 5_000,
  ) {}

  now(): number {
    return Date.now();
  }

  setTimeout(fn: () => void, ms: number): unknown {
    if (ms !== this.tokenDelayMs) return globalThis.setTimeout(fn, ms);
    if (this.#credits > 0) {
      this.#credits--;
      queueMicrotask(fn);
    } else {
      this.#held.push(fn);
    }
    this.#arm();
    return fn;
  }

  clearTimeout(handle: unknown): void {
    const i = this.#held.indexOf(handle as () => void);
    if (i >= 0) this.#held.splice(i, 1);
    else globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>);
  }

  /** Lets the next token be produced (now if the producer waits, else as soon as it asks). */
  step(): void {
    this.granted++;
    const next = this.#held.shift();
    if (next) next();
    else this.#credits++;
    this.#arm();
  }

  /** Lets everything through (end of test). */
  release(): void {
    globalThis.clearTimeout(this.#watchdog);
    this.#credits = Number.POSITIVE_INFINITY;
    for (const fn of this.#held.splice(0)) fn();
  }

  // If the page receives nothing for watchdogMs (a buffered body would never deliver token k before k+1 exists),
  // let the rest through so the test ends with a clear assertion failure instead of a hang.
  #arm(): void {
    globalThis.clearTimeout(this.#watchdog);
    if (this.#credits === Number.POSITIVE_INFINITY) return;
    this.#watchdog = globalThis.setTimeout(() => {
      this.forced = true;
      this.release();
    }, this.watchdogMs);
  }
}
