// `npm run mock:prism-check`: the standalone mock behind `prism proxy --errors` over the spec. Drives every JSON
// endpoint the mock implements through Prism; any Prism violation (a problem+json answer or an `sl-violations`
// header) fails the check. Streams bypass Prism (their events are checked by the unit tests instead).
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { startLangflowMockServer } from "../mock/server";
import { type Step, steps } from "./prism/requests";
import { prismSpec } from "./prism/spec";

const ROOT = resolve(import.meta.dirname, "..");

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

async function waitFor(url: string, prism: ChildProcess, seconds = 60): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (prism.exitCode !== null) throw new Error(`prism exited with ${prism.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error("prism did not start");
}

function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{([\w-]+)\}/g, (m, key: string) => vars[key] ?? m);
}

async function drive(base: string, apiKey: string, step: Step, vars: Record<string, string>) {
  const headers: Record<string, string> = {
    "x-api-key": apiKey,
    accept: "application/json",
    ...step.headers,
  };
  let body: BodyInit | undefined;
  if (step.form) body = step.form;
  else if (step.json !== undefined) {
    headers["content-type"] = "application/json";
    body = fill(JSON.stringify(step.json), vars);
  }
  const res = await fetch(`${base}${fill(step.path, vars)}`, { method: step.method, headers, body });
  const text = await res.text();
  const type = res.headers.get("content-type") ?? "";
  const violations: string[] = [];
  const header = res.headers.get("sl-violations");
  if (header) {
    for (const v of JSON.parse(header) as { severity?: string; message: string; location?: string[] }[]) {
      violations.push(`${v.severity ?? "Error"} ${v.location?.join(".") ?? ""}: ${v.message}`);
    }
  }
  if (type.includes("problem+json")) violations.push(`problem+json ${res.status}: ${text.slice(0, 400)}`);
  if (!violations.length && type.includes("json") && step.save) {
    try {
      step.save(JSON.parse(text), vars);
    } catch {}
  }
  return { status: res.status, violations };
}

async function main(): Promise<number> {
  const mock = await startLangflowMockServer({ port: 0, logRetrieval: true });
  const dir = mkdtempSync(join(tmpdir(), "prism-check-"));
  const specPath = join(dir, "langflow.prism.json");
  writeFileSync(specPath, JSON.stringify(prismSpec(join(ROOT, "spec/langflow.openapi.json"))));
  const port = await freePort();
  const prism = spawn(
    join(ROOT, "node_modules/.bin/prism"),
    ["proxy", "--errors", "-h", "127.0.0.1", "-p", String(port), specPath, mock.url],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  prism.stdout?.on("data", (d) => (log += d));
  prism.stderr?.on("data", (d) => (log += d));
  let failures = 0;
  try {
    await waitFor(`http://127.0.0.1:${port}/health`, prism);
    const vars: Record<string, string> = {};
    for (const step of steps()) {
      const { status, violations } = await drive(`http://127.0.0.1:${port}`, mock.apiKey, step, vars);
      if (violations.length) {
        failures += violations.length;
        console.log(`✗ ${step.method} ${step.path} (${step.name}) → ${status}`);
        for (const v of violations) console.log(`    ${v}`);
      } else {
        console.log(`✓ ${step.method} ${step.path} (${step.name}) → ${status}`);
      }
    }
    console.log(`\n${steps().length} requests through prism proxy --errors, ${failures} violation(s)`);
  } catch (error) {
    console.error(String(error), log.slice(-2000));
    failures++;
  } finally {
    prism.kill();
    await mock.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return failures === 0 ? 0 : 1;
}

main().then((code) => process.exit(code));
