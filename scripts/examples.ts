// `npm run examples -- <typecheck|node|testing|browser|all>`: runs the examples in examples/ the way a user would,
// against the built package (run `npm run build` first) — `langflow-sdk` resolves through package.json "exports"
// to dist/, never to the sources. CI runs each part as its own step.
//   typecheck  tsc over examples/ (against dist/*.d.ts)
//   node       starts the standalone mock with the `langflow-mock` CLI, runs examples/node/run-flow.ts, checks output
//   testing    vitest on examples/testing/ (a user's tests using setupLangflowMock())
//   browser    vite build of examples/browser/, then (when Chromium is installed; required when CI is set) loads
//              the built page in headless Chromium against the standalone mock and checks what it shows
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<{ code: number; out: string }> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d;
      process.stdout.write(d);
    });
    child.stderr.on("data", (d: Buffer) => process.stderr.write(d));
    child.on("error", fail);
    child.on("close", (code) => done({ code: code ?? 1, out }));
  });
}

/** Starts `langflow-mock` (the package's bin) on a free port; resolves once it printed its URL. */
function startMock(): Promise<{ url: string; apiKey: string; child: ChildProcess }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["dist/mock/cli.js", "--port", "0", "--token-delay", "5"], {
      cwd: ROOT,
    });
    let out = "";
    const timer = setTimeout(() => fail(new Error(`langflow-mock did not start:\n${out}`)), 15_000);
    child.stderr.on("data", (d: Buffer) => process.stderr.write(d));
    child.stdout.on("data", (d: Buffer) => {
      out += d;
      const url = /listening on (http:\/\/\S+)/.exec(out)?.[1];
      const apiKey = /API key: (\S+)/.exec(out)?.[1];
      if (url && apiKey) {
        clearTimeout(timer);
        done({ url, apiKey, child });
      }
    });
    child.on("exit", (code) => fail(new Error(`langflow-mock exited (${code}):\n${out}`)));
  });
}

async function withMock<T>(fn: (mock: { url: string; apiKey: string }) => Promise<T>): Promise<T> {
  const mock = await startMock();
  mock.child.removeAllListeners("exit");
  try {
    return await fn(mock);
  } finally {
    mock.child.kill("SIGTERM");
  }
}

function expectIn(out: string, needles: (string | RegExp)[]): string[] {
  return needles
    .filter((n) => (typeof n === "string" ? !out.includes(n) : !n.test(out)))
    .map((n) => `missing in output: ${n}`);
}

async function typecheck(): Promise<string[]> {
  const { code } = await run(process.execPath, [
    "node_modules/typescript/bin/tsc",
    "-p",
    "examples/tsconfig.json",
  ]);
  return code === 0 ? [] : [`tsc -p examples/tsconfig.json exited ${code}`];
}

async function nodeExample(): Promise<string[]> {
  return withMock(async ({ url, apiKey }) => {
    const { code, out } = await run(process.execPath, ["--import", "tsx", "examples/node/run-flow.ts"], {
      LANGFLOW_SERVER_URL: url,
      LANGFLOW_API_KEY: apiKey,
    });
    const problems = code === 0 ? [] : [`examples/node/run-flow.ts exited ${code}`];
    return problems.concat(
      expectIn(out, [
        'run: "You said: Hello from Node"',
        /stream: You said: Stream this \(\d+ tokens, ended: end\)/,
        /job [0-9a-f-]+: .*completed: "You said: Take your time"/,
        "unknown flow: 404",
      ]),
    );
  });
}

async function testingExample(): Promise<string[]> {
  const args = ["node_modules/vitest/vitest.mjs", "run", "--config", "examples/testing/vitest.config.ts"];
  const { code } = await run(process.execPath, args);
  return code === 0 ? [] : [`vitest (examples/testing) exited ${code}`];
}

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

/** A static file server for the built page (any server would do; this one has no dependency). */
async function serve(dir: string): Promise<{ url: string; close: () => void }> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    const file = join(dir, path.endsWith("/") ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

async function browserExample(): Promise<string[]> {
  const { build } = await import("vite");
  await build({ configFile: join(ROOT, "examples/browser/vite.config.ts") });
  console.log("vite build: examples/browser/dist");
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI)
      return [`Chromium not found at ${CHROMIUM} (CI installs it: apt-get install -y chromium)`];
    console.log(`Chromium not found at ${CHROMIUM}: built the page, did not load it.`);
    return [];
  }
  const { chromium } = await import("playwright");
  const site = await serve(join(ROOT, "examples/browser/dist"));
  try {
    return await withMock(async ({ url, apiKey }) => {
      const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
      try {
        const page = await browser.newPage();
        const logs: string[] = [];
        page.on("console", (m) => logs.push(`${m.type()}: ${m.text()}`));
        page.on("pageerror", (e) => logs.push(`pageerror: ${e.message}`));
        const query = new URLSearchParams({ url, apiKey, auto: "1" });
        await page.goto(`${site.url}?${query}`);
        await page.waitForSelector("body[data-status=done], body[data-status=error]", { timeout: 30_000 });
        const shown = await page.evaluate(() => ({
          status: document.body.dataset.status,
          answer: document.getElementById("answer")?.textContent,
          tokens: document.getElementById("answer")?.dataset.tokens,
          job: document.getElementById("job")?.textContent,
          upload: document.getElementById("upload")?.textContent,
        }));
        console.log("page shows:", shown);
        const problems: string[] = [];
        if (shown.status !== "done") problems.push(`page status ${shown.status}: ${shown.answer}`);
        if (shown.answer !== "You said: Hello from the browser") problems.push(`answer: ${shown.answer}`);
        if (!(Number(shown.tokens) > 1)) problems.push(`tokens: ${shown.tokens} (expected several)`);
        if (!/completed: You said: Hello from the browser \(as a job\)$/.test(shown.job ?? ""))
          problems.push(`job: ${shown.job}`);
        if (!/^message \(22 bytes\) stored as \S+message\.txt$/.test(shown.upload ?? ""))
          problems.push(`upload: ${shown.upload}`);
        if (problems.length) problems.push(...logs.map((l) => `console ${l}`));
        return problems;
      } finally {
        await browser.close();
      }
    });
  } finally {
    site.close();
  }
}

const parts: Record<string, () => Promise<string[]>> = {
  typecheck,
  node: nodeExample,
  testing: testingExample,
  browser: browserExample,
};

async function main(): Promise<number> {
  const which = process.argv[2] ?? "all";
  const names = which === "all" ? Object.keys(parts) : [which];
  if (!existsSync(join(ROOT, "dist/index.js")) || !existsSync(join(ROOT, "dist/index.d.ts"))) {
    console.error(
      "examples: dist/ is missing; run `npm run build` first (the examples import the built package).",
    );
    return 1;
  }
  let failed = 0;
  for (const name of names) {
    const part = parts[name];
    if (!part) {
      console.error(`examples: unknown part "${name}" (one of ${Object.keys(parts).join(", ")}, all)`);
      return 2;
    }
    console.log(`\n== examples: ${name}`);
    const problems = await part();
    for (const p of problems) console.error(`examples ${name}: ${p}`);
    console.log(`== examples: ${name}: ${problems.length ? "FAILED" : "ok"}`);
    if (problems.length) failed++;
  }
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
