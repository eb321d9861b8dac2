// Writes the typed-flows fixtures (the type tests import the generated modules):
//   test/fixtures/typed-flows/starter-projects.json  Langflow's 27 starter projects, slimmed (scripts/lib/typed-flows-fixtures.ts)
//   test/fixtures/typed-flows/starter-projects.ts    generateFlowTypes() of them
//   test/fixtures/typed-flows/edge-cases.ts          generateFlowTypes() of edge-case-flows.ts
//
//   npx tsx scripts/typed-flows-fixtures.ts            rewrite them (the .json from the venv when it is there)
//   npx tsx scripts/typed-flows-fixtures.ts --check    write nothing; exit 1 when one would change
// The venv: LANGFLOW_HOME (default <repo>/.langflow), installed by scripts/langflow-server.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { expectedFixtures, ROOT, starterProjectsDir } from "./lib/typed-flows-fixtures";

const check = process.argv.includes("--check");
if (!starterProjectsDir()) {
  console.log(
    "starter projects not installed (scripts/langflow-server install): keeping the checked-in .json",
  );
}
let stale = 0;
for (const [file, text] of expectedFixtures()) {
  const same = existsSync(file) && readFileSync(file, "utf8") === text;
  if (check && !same) {
    stale++;
    console.log(`${relative(ROOT, file)} is out of date: run npx tsx scripts/typed-flows-fixtures.ts`);
  }
  if (!check && !same) writeFileSync(file, text);
  if (!check)
    console.log(`${relative(ROOT, file)}: ${same ? "unchanged" : "written"} (${text.length} bytes)`);
}
if (stale > 0) process.exitCode = 1;
