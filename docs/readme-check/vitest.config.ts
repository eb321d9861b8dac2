// Runs the README's code blocks (generated into .snippets/ by scripts/readme-run.ts) against the SDK's sources.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const src = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export default defineConfig({
  // Vite's cache next to the repository's other caches, not in a node_modules/ of its own here.
  cacheDir: src("node_modules/.vite-readme"),
  resolve: {
    alias: [
      { find: /^langflow-sdk$/, replacement: src("src/index.ts") },
      { find: /^langflow-sdk\/mock$/, replacement: src("mock/index.ts") },
      { find: /^langflow-sdk\/mock\/(node|server|browser)$/, replacement: src("mock/$1.ts") },
      { find: /^#langflow-direct-http$/, replacement: src("src/core/direct-http.node.ts") },
      { find: /^#langflow-environments$/, replacement: src("src/flows-as-code/environments.node.ts") },
      { find: /^#langflow-flow-files$/, replacement: src("src/flows-as-code/flow-files.node.ts") },
      { find: /^langflow-sdk\/typed-flows$/, replacement: src("src/typed-flows/index.ts") },
      { find: /^langflow-sdk\/testing$/, replacement: src("src/testing/index.ts") },
      { find: /^@\/flows\.generated$/, replacement: src("test/fixtures/typed-flows/mock-flows.ts") },
    ],
  },
  test: {
    root: fileURLToPath(new URL(".", import.meta.url)),
    include: [".snippets/*.run.test.ts"],
    // The prelude changes the working directory (process.chdir), which worker threads cannot do.
    pool: "forks",
    testTimeout: 20_000,
  },
});
