// A mock clock whose timers run only when the test says so (e.g. the /logs-stream poll "every second", the legacy
// task moving PENDING -> SUCCESS). Pass it as `clock` to the mock; fire due timers with `fire()` or `tick()`.
import type { Clock } from "../../mock/clock";

export interface ManualClock extends Clock {
  /** Runs the timers due now (and only those); returns how many ran. */
  fire(): number;
  /** `rounds` times: let pending I/O run, then fire the due timers. */
  tick(rounds?: number): Promise<void>;
  /** Awaits `promise`, ticking while it is not settled (at most `maxRounds` rounds). */
  ticking<T>(promise: Promise<T>, maxRounds?: number): Promise<T>;
  /** Drops the timers not yet fired (between tests). */
  clear(): void;
}

export function manualClock(): ManualClock {
  const pending: (() => void)[] = [];
  const fire = () => {
    const due = pending.splice(0);
    for (const fn of due) fn();
    return due.length;
  };
  const tick = async (rounds = 1) => {
    for (let i = 0; i < rounds; i++) {
      await new Promise((resolve) => setImmediate(resolve));
      fire();
    }
  };
  return {
    now: () => Date.now(),
    setTimeout: (fn) => pending.push(fn),
    clearTimeout: () => {},
    fire,
    tick,
    async ticking(promise, maxRounds = 50) {
      let settled = false;
      const done = promise.finally(() => {
        settled = true;
      });
      for (let i = 0; i < maxRounds && !settled; i++) await tick();
      return done;
    },
    clear: () => {
      pending.length = 0;
    },
  };
}
