// The typed-flows fixtures under test/fixtures/typed-flows/: the modules the generator writes from the pinned
// Langflow's starter projects (test/fixtures/starter-projects, copied by `npm run copy-starter-projects`), from the
// mock's example flows and from hand-made edge cases (./typed-flows-edge-cases.ts). Type and unit tests import them.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { generateFlowTypes } from "../../src/typed-flows/index";
import { STARTER_DIR } from "./starter-projects";
import { edgeCaseFlows } from "./typed-flows-edge-cases";

type Obj = Record<string, unknown>;

export const ROOT = resolve(import.meta.dirname, "../..");
const FIXTURES = join(ROOT, "test/fixtures/typed-flows");
/** Import path of the SDK from the generated fixture modules. */
const IMPORT_FROM = "../../../src/index";

/** The starter projects as shipped (test/fixtures/starter-projects, `npm run copy-starter-projects`). */
export function readStarterProjects(): Obj[] {
  return readdirSync(STARTER_DIR)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(STARTER_DIR, f), "utf8")) as Obj);
}

/** The mock's example flows (mock/flows/*.json), sorted by file name. */
function readMockFlows(): Obj[] {
  const dir = join(ROOT, "mock/flows");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as Obj);
}

/** Every typed-flows fixture module with the content it should have. */
export function expectedFixtures(): [string, string][] {
  const source = "the starter projects of Langflow 1.13.0 (test/fixtures/starter-projects)";
  return [
    [
      join(FIXTURES, "starter-projects.ts"),
      generateFlowTypes(readStarterProjects(), { source, importFrom: IMPORT_FROM }),
    ],
    [
      join(FIXTURES, "mock-flows.ts"),
      generateFlowTypes(readMockFlows(), { source: "mock/flows", importFrom: IMPORT_FROM }),
    ],
    [
      join(FIXTURES, "edge-cases.ts"),
      generateFlowTypes(edgeCaseFlows, {
        source: "scripts/lib/typed-flows-edge-cases.ts",
        importFrom: IMPORT_FROM,
      }),
    ],
  ];
}
