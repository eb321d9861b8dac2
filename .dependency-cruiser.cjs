// `npm run check:imports`: the import rules of src/README.md ("Layers") and mock/README.md, checked by
// dependency-cruiser over every import, type-only imports included (a reader follows those too).
// A layer may import the layers below it, never one above it or beside it; see src/README.md for the table.

/** src folders and what each may import (besides itself and src/generated). */
const SRC_LAYERS = {
  core: [],
  "flows-as-code": ["core"],
  streaming: ["core"],
  validation: ["core"],
  resources: ["core", "streaming", "flows-as-code"],
  workflows: ["core", "streaming", "validation"],
  "typed-flows": ["core", "workflows"],
  "flow-handle": ["core", "streaming", "resources", "workflows", "typed-flows"],
};

const layerRules = Object.entries(SRC_LAYERS).map(([layer, below]) => ({
  name: `layer-${layer}`,
  severity: "error",
  comment: `src/${layer}/ may import only ${[...below, "generated"].map((l) => `src/${l}/`).join(", ")} (src/README.md, "Layers")`,
  from: { path: `^src/${layer}/` },
  to: { path: "^src/", pathNot: `^src/(${[layer, ...below, "generated"].join("|")})/` },
}));

module.exports = {
  forbidden: [
    {
      name: "no-circular",
      severity: "error",
      comment:
        "No import cycle between files (type-only imports count): move the shared piece to a module both import.",
      from: { path: "^(src|mock|scripts)/" },
      to: { circular: true },
    },
    {
      name: "no-circular-folders",
      severity: "error",
      comment:
        "No import cycle between folders of src/, mock/ or scripts/: a folder is a layer, and layers do not import upwards.",
      scope: "folder",
      from: { path: "^(src|mock|scripts)/" },
      to: { path: "^(src|mock|scripts)/", circular: true },
    },
    ...layerRules,
    {
      name: "generated-imports-nothing",
      severity: "error",
      comment: "src/generated/ is openapi-typescript's output: it imports nothing of ours.",
      from: { path: "^src/generated/" },
      to: { path: "^src/", pathNot: "^src/generated/" },
    },
    {
      name: "src-entries-on-top",
      severity: "error",
      comment:
        "src/index.ts and src/langflow-client.ts are the top layer: nothing in src imports them (but index.ts, the langflow-sdk/testing entry, which builds clients, and the CLI above it).",
      from: { path: "^src/", pathNot: "^src/(index\\.ts$|cli/|testing/)" },
      to: { path: "^src/(index|langflow-client)\\.ts$" },
    },
    {
      name: "commander-only-in-cli",
      severity: "error",
      comment:
        "The CLI library stays out of the SDK: only src/cli/ (the langflow-sdk bin) imports commander.",
      from: { path: "^src/", pathNot: "^src/cli/" },
      to: { path: "node_modules/commander/" },
    },
    {
      name: "nothing-imports-cli",
      severity: "error",
      comment: "src/cli/ is the bin, above the public entry: nothing else in src imports it.",
      from: { path: "^src/", pathNot: "^src/cli/" },
      to: { path: "^src/cli/" },
    },
    {
      name: "src-is-self-contained",
      severity: "error",
      comment: "The published SDK (src/) imports nothing from the mock, the scripts or the tests.",
      from: { path: "^src/" },
      to: { path: "^(mock|scripts|test|examples)/" },
    },
    {
      name: "scripts-not-to-test",
      severity: "error",
      comment: "scripts/ never imports test/: what both need lives in scripts/ (or src/, mock/).",
      from: { path: "^scripts/" },
      to: { path: "^test/" },
    },
    {
      name: "no-handler-imports-handler",
      severity: "error",
      comment:
        "A mock API area (a file in mock/handlers/, or a folder there) never imports another area: what areas share lives in mock/handlers/shared/, mock/state/ or mock/http/ (mock/README.md). handlers/index.ts registers them all.",
      from: { path: "^mock/handlers/(?!index\\.ts$)([^/]+)" },
      to: { path: "^mock/handlers/(?!shared/)", pathNot: "^mock/handlers/$1(/|$)" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^|/)node_modules/|^dist/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".mjs", ".js", ".json"],
    },
  },
};
