// The prism target: the standalone mock (a real HTTP server) behind `prism proxy --errors`, which checks every
// request and JSON response against the spec and marks violations (`sl-violations`, or its own problem+json).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startLangflowMockServer } from "../../mock/server";
import { prismSpec } from "../prism/spec";
import type { TargetEnv } from "./targets";

function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => res(port));
    });
    srv.on("error", rej);
  });
}

async function waitForPrism(url: string, prism: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (prism.exitCode !== null)
      throw new Error(`prism exited with ${prism.exitCode}: ${log().slice(-2000)}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`prism did not answer within 60 s: ${log().slice(-2000)}`);
}

export async function startPrismTarget(root: string): Promise<TargetEnv> {
  const superuser = { username: "langflow", password: "langflow-mock-password" };
  const mock = await startLangflowMockServer({ port: 0, superuser });
  const dir = mkdtempSync(join(tmpdir(), "contract-prism-"));
  const specPath = join(dir, "langflow.prism.json");
  writeFileSync(specPath, JSON.stringify(prismSpec(join(root, "spec/langflow.openapi.json"))));
  const port = await freePort();
  const prism = spawn(
    join(root, "node_modules/.bin/prism"),
    ["proxy", "--errors", "-h", "127.0.0.1", "-p", String(port), specPath, mock.url],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  prism.stdout?.on("data", (d) => (output += d));
  prism.stderr?.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    prism.kill();
    await mock.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPrism(`${url}/health`, prism, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    env: {
      LANGFLOW_SERVER_URL: url,
      LANGFLOW_API_KEY: mock.apiKey,
      LANGFLOW_SUPERUSER: superuser.username,
      LANGFLOW_SUPERUSER_PASSWORD: superuser.password,
    },
    description: `standalone mock ${mock.url} behind prism proxy --errors ${url}`,
    stop,
  };
}
