// Flow JSON for the typed-flows unit tests: the mock's example flows (real 1.13.0 component templates), the
// starter projects, and the edge-case builders.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { readStarterProjects } from "../../../scripts/lib/typed-flows-fixtures";
import type { FlowJson } from "../../../src/typed-flows/index";

export {
  chatInput,
  chatOutput,
  edgeCaseFlows,
  flow,
  node,
} from "../../../scripts/lib/typed-flows-edge-cases";

const ROOT = resolve(import.meta.dirname, "../../..");
const read = (path: string) => JSON.parse(readFileSync(resolve(ROOT, path), "utf8"));

export const exampleFlow = (name: "echo-chat" | "prompt-chat" | "two-outputs" | "model-chat"): FlowJson =>
  read(`mock/flows/${name}.json`);

/** The 27 starter projects of Langflow 1.13.0 (test/fixtures/starter-projects). */
export const starterProjects = (): FlowJson[] => readStarterProjects() as FlowJson[];

export function starterProject(name: string): FlowJson {
  const found = starterProjects().find((f) => f.name === name);
  if (!found) throw new Error(`no starter project named ${name}`);
  return found;
}
