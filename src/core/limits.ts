// The numeric options, as client options and as request options: their bounds and defaults, checked in one place.
// A value the platform cannot honour is refused with its fix: a timer above 2^31-1 ms fires at once in Node and in
// browsers (so a huge timeout meant as "never" would time out at once), and a billion retries is a typo.
import { LangflowConfigError } from "./errors";
import type { KeyKind } from "./keys";

/** setTimeout's longest delay (about 24.8 days). */
const TIMER = 2 ** 31 - 1;

/**
 * 32 MiB: 15 times the biggest answer measured on Langflow 1.13 (`GET /api/v1/all`, 2.2 MB), and a page of 50 of
 * its largest starter flows (420 KB each) is 21 MB. An endless body then holds about 32 MB before it is refused.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 32 * 2 ** 20;
/** 16 MiB for one stream event: a whole run result fits (it is in the last event), an endless line does not. */
export const DEFAULT_MAX_EVENT_BYTES = 16 * 2 ** 20;

/** [largest, smallest (default 0)]; whole numbers, except the timers. */
const BOUNDS: Record<string, number[]> = {
  timeout: [TIMER],
  idleTimeout: [TIMER],
  maxRetries: [100],
  maxResponseBytes: [2 ** 53, 1],
  maxEventBytes: [2 ** 53, 1],
};

/** Throws LangflowConfigError unless `value` (when given) is within the bounds of the numeric option `name`. */
export function checkLimit(kind: KeyKind, name: string, value: unknown): void {
  const [max, min = 0] = BOUNDS[name] ?? [];
  if (max === undefined || value === undefined) return;
  const timer = max === TIMER;
  if (!(typeof value === "number" && value >= min && value <= max && (timer || Number.isInteger(value)))) {
    throw new LangflowConfigError(
      name,
      `Invalid ${kind} "${name}": expected ${timer ? "ms" : "a whole number"} from ${min} to ${max}${timer ? " (0: no limit)" : ""}, got ${String(value)}.`,
    );
  }
}
