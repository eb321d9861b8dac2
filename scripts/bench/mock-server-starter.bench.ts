// The mock's engine on the largest starter project of the pinned Langflow (configured as a user exports it: a model,
// files, a knowledge base), in-process: sync v2 runs per second through the mock's own handlers (msw getResponse,
// no network), one after the other, and the process's RSS after 10,000 such runs (every run's messages and run
// record kept, as the mock keeps them until reset()).
import { getResponse } from "msw";
import { createLangflowMock } from "../../mock";
import { configured, starterProjects } from "../lib/starter-projects";

const RUNS = 10_000;

async function main(): Promise<void> {
  const projects = starterProjects().map((p) => ({ p, size: JSON.stringify(p).length }));
  const { p: largest, size } = projects.sort((a, b) => b.size - a.size)[0] as (typeof projects)[number];
  const mock = createLangflowMock({ exampleFlows: false, flows: [configured(largest)] });
  const flowId = String(largest.id);
  const run = async (i: number) => {
    const request = new Request("http://bench.test/api/v2/workflows", {
      method: "POST",
      headers: { "x-api-key": mock.apiKey, "content-type": "application/json" },
      body: JSON.stringify({ flow_id: flowId, input_value: `question ${i}`, session_id: `bench-${i % 50}` }),
    });
    const response = await getResponse(mock.handlers, request);
    if (response?.status !== 200) throw new Error(`run ${i} answered ${response?.status}`);
    await response.arrayBuffer();
  };
  const warmup = 500;
  for (let i = 0; i < warmup; i++) await run(i);
  const t0 = performance.now();
  for (let i = warmup; i < RUNS; i++) await run(i);
  const rate = (RUNS - warmup) / ((performance.now() - t0) / 1000);
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  const mb = (n: number) => (n / 1024 / 1024).toFixed(0);
  console.log(
    `mock engine, in-process, "${largest.name}" (${(size / 1024).toFixed(0)} KB, the largest starter project):`,
  );
  console.log(
    `  POST /api/v2/workflows sync  ${rate.toFixed(0)} runs/s (one at a time, after ${warmup} warm-up runs)`,
  );
  console.log(
    `  RSS after ${RUNS.toLocaleString("en")} runs          ${mb(rss)} MB (after gc; JS heap ${mb(heapUsed)} MB; ${mock.state.messages.list().length} messages kept)`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
