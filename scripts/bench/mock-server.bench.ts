// Mock server figures over loopback: requests/s for GET /api/v1/flows/ and for sync v2 runs, RSS after 10,000
// requests, and `langflow-mock` startup (the built dist/ CLI under plain node, if built).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { startLangflowMockServer } from "../../mock/server";

const CONCURRENCY = 32;
const ROOT = resolve(import.meta.dirname, "../..");

async function rate(total: number, send: (i: number) => Promise<void>): Promise<number> {
  let next = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < total) await send(next++);
    }),
  );
  return total / ((performance.now() - t0) / 1000);
}

async function startupMs(): Promise<number[] | null> {
  const cli = resolve(ROOT, "dist/mock/cli.js");
  if (!existsSync(cli)) return null;
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await new Promise<void>((done) => {
      const child = spawn(process.execPath, [cli, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
      child.stdout.on("data", (d: Buffer) => {
        if (String(d).includes("listening on")) {
          runs.push(performance.now() - t0);
          child.kill();
        }
      });
      child.on("exit", () => done());
    });
  }
  return runs;
}

async function main(): Promise<void> {
  const server = await startLangflowMockServer({ port: 0 });
  const headers = { "x-api-key": server.apiKey, "content-type": "application/json" };
  const flowId = server.flow("prompt-chat")?.id;
  const list = () =>
    fetch(`${server.url}/api/v1/flows/`, { headers })
      .then((r) => r.arrayBuffer())
      .then(() => {});
  const run = (i: number) =>
    fetch(`${server.url}/api/v2/workflows`, {
      method: "POST",
      headers,
      body: JSON.stringify({ flow_id: flowId, input_value: `bench ${i}`, session_id: `bench-${i % 50}` }),
    })
      .then((r) => r.arrayBuffer())
      .then(() => {});
  await rate(300, list); // warm-up
  await rate(300, run);
  const listRate = await rate(4000, list);
  const runRate = await rate(4000, run);
  await rate(1400, (i) => (i % 2 ? list() : run(i)));
  (globalThis as { gc?: () => void }).gc?.();
  const { rss: rssBytes, heapUsed } = process.memoryUsage();
  const rss = rssBytes / 1024 / 1024;
  await server.close();
  console.log(`mock server, loopback, ${CONCURRENCY} concurrent clients (client and server in one process):`);
  console.log(`  GET /api/v1/flows/           ${listRate.toFixed(0)} req/s`);
  console.log(`  POST /api/v2/workflows sync  ${runRate.toFixed(0)} req/s (prompt-chat, full engine run)`);
  console.log(`  ratio flows-list / v2-sync   ${(listRate / runRate).toFixed(2)}`);
  console.log(
    `  RSS after 10,000 requests    ${rss.toFixed(0)} MB (after gc; JS heap ${(heapUsed / 1024 / 1024).toFixed(0)} MB)`,
  );
  const startup = await startupMs();
  if (startup) {
    const sorted = [...startup].sort((a, b) => a - b);
    console.log(
      `  langflow-mock startup (dist/mock/cli.js, plain node, to "listening"): median ${sorted[2]?.toFixed(0)} ms, runs ${startup.map((s) => s.toFixed(0)).join(" ")} ms`,
    );
  } else {
    console.log("  langflow-mock startup: dist/mock/cli.js not built (npm run build)");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
