// The scenario suite alone, for `npm run test:contract` (scripts/contract.ts sets LANGFLOW_TARGET and the
// connection). Prism and the real server are shared processes: files run one after another there.
import { defineConfig } from "vitest/config";
import { NODE_SOURCE_ALIASES } from "../../scripts/lib/source-aliases";

const target = process.env.LANGFLOW_TARGET ?? "mock";

export default defineConfig({
  // The sources' Node-only modules (package.json "imports"), not the built ones in dist/.
  resolve: { alias: NODE_SOURCE_ALIASES },
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: ["test/scenarios/**/*.test.ts"],
    fileParallelism: target === "mock",
    // A real Langflow builds a flow in about a second; a background job can take several.
    testTimeout: target === "mock" ? 5_000 : 60_000,
    hookTimeout: 30_000,
    // Over TCP, drop idle connections before Langflow's 2 s keep-alive does (support/keep-alive.ts).
    setupFiles: target === "mock" ? [] : ["test/scenarios/support/keep-alive.ts"],
  },
});
