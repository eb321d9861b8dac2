// `prism proxy --errors` in front of an upstream URL, over the spec prepared for Prism (scripts/prism/spec.ts):
// started on a free loopback port, ready once it answers, stopped with its temp files. Used by
// `npm run mock:prism-check` and by the contract suite's prism target.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../lib/free-port";
import { prismSpec } from "./spec";

export interface PrismProxy {
  url: string;
  /** What prism printed so far (for error reports). */
  log(): string;
  stop(): void;
}

export async function startPrismProxy(root: string, upstream: string, seconds = 60): Promise<PrismProxy> {
  const dir = mkdtempSync(join(tmpdir(), "prism-"));
  const specPath = join(dir, "langflow.prism.json");
  writeFileSync(specPath, JSON.stringify(prismSpec(join(root, "spec/langflow.openapi.json"))));
  const port = await freePort();
  const prism = spawn(
    join(root, "node_modules/.bin/prism"),
    ["proxy", "--errors", "-h", "127.0.0.1", "-p", String(port), specPath, upstream],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  prism.stdout?.on("data", (d) => (output += d));
  prism.stderr?.on("data", (d) => (output += d));
  const proxy: PrismProxy = {
    url: `http://127.0.0.1:${port}`,
    log: () => output,
    stop() {
      prism.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (prism.exitCode !== null) {
      proxy.stop();
      throw new Error(`prism exited with ${prism.exitCode}: ${output.slice(-2000)}`);
    }
    try {
      await fetch(`${proxy.url}/health`);
      return proxy;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  proxy.stop();
  throw new Error(`prism did not answer within ${seconds} s: ${output.slice(-2000)}`);
}
