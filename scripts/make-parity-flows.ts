// Builds the parity flows (test/fixtures/parity-flows/*.json) and the human-in-the-loop flows (hitl-flows/) from the running pinned server's own component
// templates: flows of real components that need no outside service, run by the contract suite on the mock and on
// the real server (test/scenarios/parity-flows.test.ts).
//
//   npm run make-parity-flows         (needs scripts/langflow-server start; reads .langflow/credentials.env)
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { credentials, customTemplate, fetchComponents } from "./lib/flow-builder";
import { hitlFlows } from "./lib/hitl-flows";
import { CUSTOM_COMPONENTS, parityFlows } from "./lib/parity-flows";

const ROOT = resolve(import.meta.dirname, "..");
const OUT = join(ROOT, "test/fixtures/parity-flows");
const HITL_OUT = join(ROOT, "test/fixtures/hitl-flows");

async function main(): Promise<void> {
  const { url, key } = credentials(ROOT);
  const custom = Object.fromEntries(
    await Promise.all(
      Object.entries(CUSTOM_COMPONENTS).map(
        async ([name, code]) => [name, await customTemplate(url, key, code)] as const,
      ),
    ),
  );
  const all = await fetchComponents(url, key);
  for (const [dir, flows] of [
    [OUT, parityFlows(all, custom)],
    [HITL_OUT, hitlFlows(all)],
  ] as const) {
    mkdirSync(dir, { recursive: true });
    for (const [name, flow] of Object.entries(flows)) {
      writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(flow)}\n`);
      console.log(`${dir.slice(ROOT.length + 1)}/${name}.json`);
    }
    // The component templates carry Langflow's code (MIT): the notice goes with them.
    copyFileSync(join(ROOT, "test/fixtures/starter-projects/LICENSE"), join(dir, "LICENSE"));
  }
}

main().catch((error: unknown) => {
  console.error(`make-parity-flows: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
