// The contract suite's vocabulary, shared by its runner (scripts/contract.ts and this folder) and the scenario
// suite it runs (test/scenarios/support/): the targets, what a target run needs, and a recorded exchange.
// The scenario side imports it from here; scripts/ never imports test/.
import type { FlatShape } from "./shape";

/** Which server the scenarios run against: the in-process mock, the mock behind Prism, or a real Langflow. */
export type TargetName = "mock" | "prism" | "real";

export const TARGETS: readonly TargetName[] = ["mock", "prism", "real"];

/** What starting a target gives the run. */
export interface TargetEnv {
  /** Added to the scenario suite's environment (LANGFLOW_TARGET is set separately). */
  env: Record<string, string>;
  description: string;
  /** Stops what this run started, and nothing else. */
  stop(): Promise<void>;
}

/** One response a scenario got, as the recorder keeps it for the parity check. */
export interface Exchange {
  method: string;
  /** e.g. `/api/v1/flows/{id}?get_all=true` (ids and unique names in the path and query replaced). */
  path: string;
  status: number;
  kind: "json" | "stream" | "bytes" | "empty";
  shape?: FlatShape;
  events?: string[];
}
