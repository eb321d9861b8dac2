// Writes the typed-flows fixtures (the type tests import the generated modules):
//   test/fixtures/typed-flows/starter-projects.ts    generateFlowTypes() of test/fixtures/starter-projects
//   test/fixtures/typed-flows/mock-flows.ts          generateFlowTypes() of mock/flows
//   test/fixtures/typed-flows/edge-cases.ts          generateFlowTypes() of scripts/lib/typed-flows-edge-cases.ts
//
//   npx tsx scripts/typed-flows-fixtures.ts            rewrite them
//   npx tsx scripts/typed-flows-fixtures.ts --check    write nothing; exit 1 when one would change
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { expectedFixtures, ROOT } from "./lib/typed-flows-fixtures";

const check = process.argv.includes("--check");
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
