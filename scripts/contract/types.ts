// The contract suite's vocabulary, shared by its runner (scripts/contract.ts and this folder) and the scenario
// suite it runs (test/scenarios/support/): the targets, what a target run needs, and a recorded exchange.
// The scenario side imports it from here; scripts/ never imports test/.
import type { FlatShape } from "./shape";

/** Which server the scenarios run against: the in-process mock, the mock behind Prism, or a real Langflow. */
export type TargetName = "mock" | "prism" | "real";

export const TARGETS: readonly TargetName[] = ["mock", "prism", "real"];

/** The Langflow line the example flows and the mock's default profile follow (the pinned server's). */
export const PINNED_LINE = "1.13";

/** Orders two Langflow lines numerically: 1.9 < 1.10 < 1.13. */
export function compareLines(a: string, b: string): number {
  const [am = 0, an = 0] = a.split(".").map(Number);
  const [bm = 0, bn = 0] = b.split(".").map(Number);
  return am - bm || an - bn;
}

/** Whether `line` is in a range key: `"<1.12"` (older than), `"1.10-1.11"` (inclusive), or one line `"1.9"`. */
export function lineInRange(line: string, range: string): boolean {
  if (range.startsWith("<")) return compareLines(line, range.slice(1)) < 0;
  const [from = "", to = from] = range.split("-");
  return compareLines(line, from) >= 0 && compareLines(line, to) <= 0;
}

/** What starting a target gives the run. */
export interface TargetEnv {
  /** Added to the scenario suite's environment (LANGFLOW_TARGET and LANGFLOW_LINE are set separately). */
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
