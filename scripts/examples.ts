// `npm run examples -- <typecheck|node|testing|browser|all>`: runs the examples in examples/ the way a user would,
// against the built package (run `npm run build` first) — `langflow-sdk` resolves through package.json "exports"
// to dist/, never to the sources. CI runs each part as its own step.
//   typecheck  tsc over examples/ (against dist/*.d.ts)
//   node       starts the standalone mock with the `langflow-mock` CLI, runs examples/node/run-flow.ts, checks output
//   testing    vitest on examples/testing/ (a user's tests using setupLangflowMock())
//   browser    vite build of examples/browser/, then (when Chromium is installed; required when CI is set) loads
//              the built page in headless Chromium against the standalone mock and checks what it shows
//   nextjs     packs the SDK, installs it into examples/nextjs (npm ci + the tarball), `next build`, then
//              `next start` against the standalone mock and calls its route handlers
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import { freePort } from "./lib/free-port";
import { startMockCli } from "./lib/mock-cli";

const ROOT = resolve(import.meta.dirname, "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  cwd = ROOT,
): Promise<{ code: number; out: string }> {
  return new Promise((done, fail) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env } });
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

async function withMock<T>(fn: (mock: { url: string; apiKey: string }) => Promise<T>): Promise<T> {
  // The package's bin as built in dist/ (what `langflow-mock` runs), on a free port.
  const mock = await startMockCli(process.execPath, ["dist/mock/cli.js"], ROOT);
  try {
    return await fn(mock);
  } finally {
    mock.stop();
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

const NEXT_APP = join(ROOT, "examples/nextjs");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

/** `next start` on a free port; resolves once it is ready. Its output is kept for the report. */
async function startNext(
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; child: ChildProcess; log: () => string }> {
  const port = await freePort();
  const next = join(NEXT_APP, "node_modules/next/dist/bin/next");
  const child = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: NEXT_APP,
    env: { ...process.env, ...env },
  });
  let out = "";
  const collect = (d: Buffer) => {
    out += d;
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${out}`);
    if (
      await fetch(`${url}/api/run`, { method: "OPTIONS" }).then(
        () => true,
        () => false,
      )
    ) {
      return { url, child, log: () => out };
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGTERM");
  throw new Error(`next start did not answer within 30 s:\n${out}`);
}

async function nextjsExample(): Promise<string[]> {
  // The SDK as npm would install it: the packed tarball, not a link to this checkout.
  const packDir = mkdtempSync(join(tmpdir(), "langflow-sdk-pack-"));
  try {
    const packed = await run(NPM, ["pack", "--silent", "--pack-destination", packDir]);
    const tarball = packed.out.trim().split("\n").pop() ?? "";
    if (packed.code !== 0 || !tarball) return [`npm pack exited ${packed.code}`];
    const quiet = ["--no-audit", "--no-fund", "--loglevel=error"];
    const ci = await run(NPM, ["ci", ...quiet], {}, NEXT_APP);
    if (ci.code !== 0) return [`npm ci (examples/nextjs) exited ${ci.code}`];
    const add = await run(NPM, ["install", "--no-save", ...quiet, join(packDir, tarball)], {}, NEXT_APP);
    if (add.code !== 0) return [`npm install ${tarball} (examples/nextjs) exited ${add.code}`];
  } finally {
    rmSync(packDir, { recursive: true, force: true });
  }
  const env = { NEXT_TELEMETRY_DISABLED: "1" };
  const built = await run(
    process.execPath,
    [join(NEXT_APP, "node_modules/next/dist/bin/next"), "build"],
    env,
    NEXT_APP,
  );
  if (built.code !== 0) return [`next build (examples/nextjs) exited ${built.code}`];

  return withMock(async ({ url, apiKey }) => {
    const app = await startNext({ ...env, LANGFLOW_SERVER_URL: url, LANGFLOW_API_KEY: apiKey });
    try {
      const problems: string[] = [];
      const post = (path: string, body: unknown) =>
        fetch(`${app.url}${path}`, { method: "POST", body: JSON.stringify(body) });

      // Streamed: the answer arrives in several pieces, as the mock's tokens do.
      const chat = await post("/api/chat", { message: "Hello from Next.js" });
      const pieces: string[] = [];
      const decoder = new TextDecoder();
      const reader = chat.body?.getReader();
      for (let r = await reader?.read(); r && !r.done; r = await reader?.read()) {
        pieces.push(decoder.decode(r.value, { stream: true }));
      }
      const answer = pieces.join("");
      console.log(`/api/chat -> ${chat.status}, ${pieces.length} pieces: ${JSON.stringify(answer)}`);
      if (chat.status !== 200) problems.push(`/api/chat answered ${chat.status}: ${answer}`);
      if (!chat.headers.get("content-type")?.startsWith("text/plain")) {
        problems.push(`/api/chat content-type ${chat.headers.get("content-type")}`);
      }
      if (answer !== "You said: Hello from Next.js")
        problems.push(`/api/chat text: ${JSON.stringify(answer)}`);
      if (pieces.length < 2) problems.push(`/api/chat came in ${pieces.length} piece(s), not streamed`);

      const run = await post("/api/run", { message: "Hi" });
      const result = (await run.json()) as { text?: string; sessionId?: string };
      console.log(`/api/run -> ${run.status} ${JSON.stringify(result)}`);
      if (run.status !== 200 || result.text !== "You said: Hi")
        problems.push(`/api/run: ${JSON.stringify(result)}`);

      const bad = await post("/api/chat", {});
      console.log(`/api/chat without a message -> ${bad.status}`);
      if (bad.status !== 400) problems.push(`/api/chat without a message answered ${bad.status}`);

      if (answer.includes(apiKey) || JSON.stringify(result).includes(apiKey))
        problems.push("the API key leaked");
      if (problems.length) problems.push(`next start output:\n${app.log()}`);
      return problems;
    } finally {
      app.child.kill("SIGTERM");
    }
  });
}

const parts: Record<string, () => Promise<string[]>> = {
  typecheck,
  node: nodeExample,
  testing: testingExample,
  browser: browserExample,
  nextjs: nextjsExample,
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
