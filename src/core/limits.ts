// The numeric options, as client options and as request options: their bounds and defaults, checked in one place.
// A value the platform cannot honour is refused with its fix: a timer above 2^31-1 ms fires at once in Node and in
// browsers (so a huge timeout meant as "never" would time out at once), and a billion retries is a typo.
import { LangflowConfigError } from "./errors";
import type { KeyKind } from "./keys";

/** setTimeout's longest delay (about 24.8 days). */
const MAX_DELAY_MS = 2 ** 31 - 1;

/** 64 MiB: about 30 times the biggest answer measured on Langflow 1.13 (`GET /api/v1/all`, 2.2 MB). */
export const DEFAULT_MAX_RESPONSE_BYTES = 64 * 2 ** 20;
/** 16 MiB for one stream event: a whole run result fits (it is in the last event), an endless line does not. */
export const DEFAULT_MAX_EVENT_BYTES = 16 * 2 ** 20;

/** [largest value, whole numbers only, smallest value]; a missing smallest value means 0. */
const BOUNDS: Record<string, [number, boolean, number?]> = {
  timeout: [MAX_DELAY_MS, false],
  idleTimeout: [MAX_DELAY_MS, false],
  maxRetries: [100, true],
  maxResponseBytes: [Number.MAX_SAFE_INTEGER, true, 1],
  maxEventBytes: [Number.MAX_SAFE_INTEGER, true, 1],
};

/** Throws LangflowConfigError unless `value` (when given) is within the bounds of the numeric option `name`. */
export function checkLimit(kind: KeyKind, name: string, value: unknown): void {
  const bounds = BOUNDS[name];
  if (value === undefined || !bounds) return;
  const [max, integer, min = 0] = bounds;
  if (typeof value !== "number" || !(value >= min && value <= max) || (integer && !Number.isInteger(value))) {
    const timer = max === MAX_DELAY_MS ? " ms (0: no limit; timers cannot wait longer)" : "";
    throw new LangflowConfigError(
      name,
      `Invalid ${kind} "${name}": expected a ${integer ? "whole " : ""}number from ${min} to ${max}${timer}, got ${typeof value === "number" ? value : JSON.stringify(value)}.`,
    );
  }
}
