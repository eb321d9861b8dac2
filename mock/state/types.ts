// What the stores share: the disposal contract of reset(), and the settings they are built from (state/ does not
// import mock/options.ts: the options sit above the state, which only receives the values it needs).
import type { Clock } from "../clock";
import type { FlowRecord } from "./flows";
import type { RetentionLimits } from "./retention";

/** Something a store owns that must be stopped on reset() (timers, running jobs, open streams). */
export interface Disposable {
  dispose(): void;
}

/** The part of the resolved mock options the stores are built from. */
export interface StateSettings {
  clock: Clock;
  superuser: { username: string; password: string };
  apiKeys: string[];
  /** How long a queued job or task waits before it runs, ms. */
  queueDelayMs: number;
  /** How many finished jobs, runs and messages the stores keep, and for how long. */
  retention: RetentionLimits;
  /** Called when a flow is added or its data changes (the mock's load check). */
  onFlowSaved?: (flow: FlowRecord) => void;
}
