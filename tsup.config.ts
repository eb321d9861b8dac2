import { defineConfig } from "tsup";
import { optionalPeerGuard } from "./scripts/lib/optional-peer-guard";

export default defineConfig([
  {
    // The environments and flow-files modules are the files behind package.json "imports" (`#langflow-environments`,
    // `#langflow-flow-files`; Node: reads files; elsewhere: a stand-in that says so), and `#langflow-direct-http` (Node:
    // JSON calls by node:http; elsewhere: nothing, fetch only). The index keeps the imports as
    // they are, so the package's conditions pick the file at install time. langflow-sdk/typed-flows,
    // langflow-sdk/testing and langflow-sdk/flows-as-code share the ESM build's chunks with the main entry (one
    // LangflowClient class); the CJS build gives each entry its own.
    entry: {
      index: "src/index.ts",
      "typed-flows": "src/typed-flows/index.ts",
      testing: "src/testing/index.ts",
      "flows-as-code": "src/flows-as-code/index.ts",
      "direct-http.node": "src/core/direct-http.node.ts",
      "direct-http.browser": "src/core/direct-http.browser.ts",
      "environments.node": "src/flows-as-code/environments.node.ts",
      "environments.browser": "src/flows-as-code/environments.browser.ts",
      "flow-files.node": "src/flows-as-code/flow-files.node.ts",
      "flow-files.browser": "src/flows-as-code/flow-files.browser.ts",
      // The `langflow-sdk` bin: shares the SDK's chunks; commander (a dependency) stays external, and nothing of the
      // library imports src/cli/, so commander never reaches an app's bundle.
      cli: "src/cli/main.ts",
    },
    format: ["esm", "cjs"],
    // @internal members (the transport, resource constructors) stay out of the published types: users build
    // clients, never resources, and the transport is no part of the API.
    dts: {
      compilerOptions: { stripInternal: true },
      entry: {
        index: "src/index.ts",
        "typed-flows": "src/typed-flows/index.ts",
        testing: "src/testing/index.ts",
        "flows-as-code": "src/flows-as-code/index.ts",
      },
    },
    clean: true,
    sourcemap: true,
    target: "es2022",
    platform: "neutral",
    external: ["#langflow-direct-http", "#langflow-environments", "#langflow-flow-files", /^node:/],
    splitting: true,
    // openapi-fetch's CJS build sets `exports.default` with `__esModule`; esbuild's CJS interop for a
    // `"type": "module"` package ignores `__esModule` and breaks `createClient` at runtime, so we bundle it
    // (it is ~2.7 KB). See ../shared/reference/toolchain-notes.md §3.5.
    // eventsource-parser is bundled too, so the dynamic import that loads it (on the first SSE stream) stays inside
    // the package: a chunk of its own in the ESM build, an inlined module in the CJS build (no `import()` of a bare
    // package in CJS code, which Jest's CJS mode cannot run).
    noExternal: ["openapi-fetch", "eventsource-parser"],
  },
  {
    // The mock: `langflow-sdk/mock`, `/mock/node`, `/mock/server`, `/mock/browser`. msw stays external (an optional
    // peer dependency: only mock users need it); the example flows (JSON) are bundled in.
    entry: {
      "mock/index": "mock/index.ts",
      "mock/node": "mock/node.ts",
      "mock/server": "mock/server.ts",
      "mock/browser": "mock/browser.ts",
      "mock/node-impl": "mock/entries/node-impl.ts",
      "mock/server-impl": "mock/entries/server-impl.ts",
    },
    format: ["esm", "cjs"],
    // Types for the public entries only (the -impl entries are what their guards load).
    dts: {
      entry: {
        "mock/index": "mock/index.ts",
        "mock/node": "mock/node.ts",
        "mock/server": "mock/server.ts",
        "mock/browser": "mock/browser.ts",
      },
    },
    sourcemap: true,
    target: "es2022",
    platform: "node",
    external: ["msw", "msw/node", "msw/browser"],
    // The Node-only entries say "npm install -D msw" when msw is missing (scripts/lib/optional-peer-guard.ts).
    esbuildPlugins: [
      optionalPeerGuard("msw", [
        {
          file: "mock/node.ts",
          implementation: "node-impl",
          specifier: "langflow-sdk/mock/node",
          exports: ["setupLangflowMock", "createLangflowMock"],
        },
        {
          file: "mock/server.ts",
          implementation: "server-impl",
          specifier: "langflow-sdk/mock/server",
          exports: ["startLangflowMockServer", "createLangflowMock"],
        },
      ]),
    ],
    // CJS too (tsup's experimental CJS splitting): the four CJS entries share one chunk instead of carrying four
    // copies of the mock (~350 KB each); scripts/pack-smoke.ts requires every entry from the packed tarball.
    splitting: true,
  },
  {
    // The `langflow-mock` CLI (ESM, shebang kept by tsup): self-contained, msw bundled and tree-shaken (msw's root
    // entry pulls in graphql and costs ~0.3 s to import; the bundle starts in well under 0.5 s).
    entry: { "mock/cli": "mock/cli.ts" },
    // No source map (it would map msw's bundled internals: 1.5 MB). graphql stays out: msw imports it lazily, only to
    // parse GraphQL requests, which the mock never handles (bundled, it was a 0.5 MB chunk + 1 MB map in the tarball).
    format: ["esm"],
    target: "es2022",
    platform: "node",
    noExternal: [/^(?!graphql(\/|$))/],
    external: ["graphql"],
    banner: {
      js: "import { createRequire as __lfCreateRequire } from 'node:module'; const require = __lfCreateRequire(import.meta.url);",
    },
  },
]);
