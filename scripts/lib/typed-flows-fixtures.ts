// The typed-flows fixtures under test/fixtures/typed-flows/: the pinned Langflow's starter projects (from its
// venv, installed by scripts/langflow-server) and hand-made edge cases as generator input, and the modules the
// generator writes from them. The 27 starter files weigh 5.9 MB, mostly template values and component code the
// generator never reads; `slimFlow` keeps only what it reads, so the checked-in copy is small and generates the
// same module (test/unit/typed-flows/fixtures.test.ts checks both when the venv is there).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateFlowTypes } from "../../src/typed-flows/index";
import { edgeCaseFlows } from "../../test/fixtures/typed-flows/edge-case-flows";

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

export const ROOT = resolve(import.meta.dirname, "../..");
const FIXTURES = join(ROOT, "test/fixtures/typed-flows");
export const SLIM_FILE = join(FIXTURES, "starter-projects.json");
/** Import path of the SDK from the generated fixture modules. */
const IMPORT_FROM = "../../../src/index";

/** The starter_projects folder of the pinned server's venv, or undefined when it is not installed. */
export function starterProjectsDir(): string | undefined {
  const script = readFileSync(join(ROOT, "scripts/langflow-server"), "utf8");
  const version = /^LANGFLOW_VERSION="([^"]+)"/m.exec(script)?.[1];
  const lib = join(process.env.LANGFLOW_HOME ?? join(ROOT, ".langflow"), `venv-${version}`, "lib");
  if (!version || !existsSync(lib)) return undefined;
  const python = readdirSync(lib).find((d) => d.startsWith("python3"));
  const dir = python && join(lib, python, "site-packages/langflow/initial_setup/starter_projects");
  return dir && existsSync(dir) ? dir : undefined;
}

/** The starter projects as shipped, sorted by file name. */
export function readStarterProjects(dir: string): Obj[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Obj);
}

// Template field keys the generator reads (src/typed-flows/field-spec.ts).
const FIELD_KEYS = [
  "type",
  "list",
  "options",
  "combobox",
  "refresh_button",
  "display_name",
  "info",
  "password",
];
const FIELD_KEYS_MORE = ["advanced", "api_editable", "proxy"];

function slimField(field: unknown): unknown {
  if (!isObj(field)) return field;
  const out: Obj = {};
  for (const key of [...FIELD_KEYS, ...FIELD_KEYS_MORE]) {
    if (!(key in field)) continue;
    // Model options are provider catalogs (kilobytes each); the generator types model fields without them.
    if (key === "options" && field.type === "model") continue;
    out[key] = field[key];
  }
  return out;
}

function slimNode(node: unknown): unknown {
  if (!isObj(node) || !isObj(node.data) || !isObj(node.data.node)) return node;
  const inner = node.data.node;
  const template = isObj(inner.template) ? inner.template : {};
  const outputs = Array.isArray(inner.outputs) ? inner.outputs : [];
  const kept: Obj = {
    display_name: inner.display_name,
    description: inner.description,
    outputs: outputs.map((o) => (isObj(o) ? { name: o.name, types: o.types } : o)),
    template: Object.fromEntries(Object.entries(template).map(([k, v]) => [k, slimField(v)])),
  };
  for (const key of ["is_input", "is_output"]) if (key in inner) kept[key] = inner[key];
  if (isObj(inner.flow)) kept.flow = slimFlow(inner.flow);
  return { id: node.id, type: node.type, data: { id: node.data.id, type: node.data.type, node: kept } };
}

/** A flow with only what the generator reads (notes dropped; edges kept as source/target pairs). */
export function slimFlow(flow: Obj): Obj {
  const data = isObj(flow.data) ? flow.data : {};
  const nodes = Array.isArray(data.nodes) ? data.nodes : [];
  const edges = Array.isArray(data.edges) ? data.edges : [];
  return {
    id: flow.id,
    name: flow.name,
    description: flow.description,
    endpoint_name: flow.endpoint_name ?? null,
    data: {
      nodes: nodes.filter((n) => isObj(n) && n.type !== "noteNode").map(slimNode),
      edges: edges.map((e) => (isObj(e) ? { source: e.source, target: e.target } : e)),
    },
  };
}

export const slimJson = (flows: Obj[]) => `${JSON.stringify(flows.map(slimFlow), null, 1)}\n`;

/**
 * Every typed-flows fixture file with the content it should have: the slimmed starter projects (from the venv
 * when it is installed, else the checked-in copy) and the modules generated from them and from the edge cases.
 */
export function expectedFixtures(): [string, string][] {
  const dir = starterProjectsDir();
  const slim = dir ? slimJson(readStarterProjects(dir)) : readFileSync(SLIM_FILE, "utf8");
  const source = "the starter projects of Langflow 1.13.0 (test/fixtures/typed-flows/starter-projects.json)";
  return [
    [SLIM_FILE, slim],
    [
      join(FIXTURES, "starter-projects.ts"),
      generateFlowTypes(JSON.parse(slim), { source, importFrom: IMPORT_FROM }),
    ],
    [
      join(FIXTURES, "edge-cases.ts"),
      generateFlowTypes(edgeCaseFlows, {
        source: "test/fixtures/typed-flows/edge-case-flows.ts",
        importFrom: IMPORT_FROM,
      }),
    ],
  ];
}
