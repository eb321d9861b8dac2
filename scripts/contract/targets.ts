// What each contract target needs started, and the environment the scenario suite gets for it.
import type { TargetName } from "../../test/scenarios/support/target";
import { startPrismTarget } from "./prism";
import { startRealTarget } from "./real";

export interface TargetEnv {
  /** Added to the scenario suite's environment (LANGFLOW_TARGET is set separately). */
  env: Record<string, string>;
  description: string;
  /** Stops what this run started, and nothing else. */
  stop(): Promise<void>;
}

export async function startTarget(target: TargetName, root: string): Promise<TargetEnv> {
  if (target === "prism") return startPrismTarget(root);
  if (target === "real") return startRealTarget(root);
  return { env: {}, description: "in-process mock (msw setupServer)", stop: async () => {} };
}
