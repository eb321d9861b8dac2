// TypeDoc (`npm run docs`): the API reference of every public entry, into docs/api/ (git-ignored).
// Warnings fail the build, so a public type that is referenced but not exported, or a broken {@link}, is caught.
import { OptionDefaults } from "typedoc";

/** @type {Partial<import("typedoc").TypeDocOptions>} */
const config = {
  name: "langflow-sdk",
  entryPoints: [
    "src/index.ts",
    "src/typed-flows/index.ts",
    "src/testing/index.ts",
    "src/flows-as-code/index.ts",
    "mock/index.ts",
    "mock/node.ts",
    "mock/server.ts",
    "mock/browser.ts",
  ],
  out: "docs/api",
  // Only the published sources: a broken test file must not break the reference.
  tsconfig: "tsconfig.docs.json",
  readme: "README.md",
  excludePrivate: true,
  excludeInternal: true,
  treatWarningsAsErrors: true,
  // openapi-typescript writes @description/@enum/@format tags into src/generated/openapi.ts.
  blockTags: [...OptionDefaults.blockTags, "@description", "@enum", "@format", "@constant"],
  // The README shows a langflow-environments.toml.
  highlightLanguages: [...OptionDefaults.highlightLanguages, "toml"],
  // No public repository URL to link sources to (a clone's origin is a local path).
  disableSources: true,
  // Stream plumbing that appears in LangflowStream's constructor, which users never call (streams come from the
  // client), and the files' local `Schemas` shorthand. (The transport appears in no public signature.)
  intentionallyNotExported: ["EventBatch", "StreamSemantics", "Schemas"],
};

export default config;
