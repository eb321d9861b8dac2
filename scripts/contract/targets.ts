// What each contract run needs started, and the environment the scenario suite gets for it. A run is one
// target on one Langflow line: the real server of that line, the mock standing in for it (its profile), or
// Prism in front of the mock (the pinned line only: Prism checks against the pinned server's spec).
import { type LangflowLine, mockProfileOf } from "./lines";
import { startPrismTarget } from "./prism";
import { startRealTarget } from "./real";
import type { TargetEnv, TargetName } from "./types";

export async function startTarget(target: TargetName, root: string, line: LangflowLine): Promise<TargetEnv> {
  if (target === "prism") return startPrismTarget(root);
  if (target === "real") return startRealTarget(root, line);
  const profile = mockProfileOf(line.line);
  return {
    env: { LANGFLOW_MOCK_PROFILE: profile },
    description: `in-process mock (msw setupServer), profile "${profile}"`,
    stop: async () => {},
  };
}
