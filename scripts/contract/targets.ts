// What each contract target needs started, and the environment the scenario suite gets for it.
import { startPrismTarget } from "./prism";
import { startRealTarget } from "./real";
import type { TargetEnv, TargetName } from "./types";

export async function startTarget(target: TargetName, root: string): Promise<TargetEnv> {
  if (target === "prism") return startPrismTarget(root);
  if (target === "real") return startRealTarget(root);
  return { env: {}, description: "in-process mock (msw setupServer)", stop: async () => {} };
}
