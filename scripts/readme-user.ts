// `npm run docs:user`: the README as a user meets it (run `npm run build` first). Packs the tarball, makes a new npm
// project in a temporary directory with the README's own commands (`npm init -y`, `npm pkg set type=module`, the
// tarball in place of `npm install langflow-sdk`, then msw, typescript, tsx, vitest, vite and @types/node from the
// registry), pastes every ```ts block of README.md into a file of its own, and:
//   1. compiles them all with `tsc --strict` (the typescript a user gets from npm);
//   2. starts the mock with `npx langflow-mock` from the tarball (flows: the bundled ones plus "my-flow" and
//      "approval-flow", the names the README uses) and runs each program block with `npx tsx`, env LANGFLOW_SERVER_URL / LANGFLOW_API_KEY set
//      from the mock's export line; each must exit 0;
//   3. runs the test blocks (those importing vitest) with `npx vitest run`;
//   4. the browser quickstart: index.html, vite.config.ts and main.ts as the README gives them, `npx vite` in front
//      of the mock, the page loaded in headless Chromium (when /usr/bin/chromium or CHROMIUM_PATH exists; required
//      when CI is set), which must show the flow's answer;
//   5. stops the mock by killing the npx process, and checks that the port is free afterwards.
// `--keep` keeps the temporary project.
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Snippet, tsBlocks } from "./check-readme";
import { freePort } from "./lib/free-port";
import { startMockCli } from "./lib/mock-cli";
import { packInto, ROOT, requireBuiltDist, run } from "./lib/packed-app";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const DEV_DEPENDENCIES = ["msw", "typescript", "tsx", "vitest", "vite", "@types/node"];
const keep = process.argv.includes("--keep");
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

type Role = "program" | "test" | "vite-config" | "page";

/** What a block is, from what it imports and uses. */
function roleOf(code: string): Role {
  if (code.includes('from "vitest"')) return "test";
  if (code.includes('from "vite"')) return "vite-config";
  if (/\b(document|location)\./.test(code)) return "page";
  return "program";
}

/** The README's ```html block (the page of the browser quickstart). */
function htmlBlock(markdown: string): string {
  const m = /```html\n([\s\S]*?)```/.exec(markdown);
  if (!m?.[1]) throw new Error("README.md has no ```html block for the browser quickstart");
  return m[1];
}

/** Runs a command, capturing its output; resolves with the exit code and output (never throws on a failure). */
function capture(cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return new Promise<{ code: number; out: string }>((done) => {
    const child = spawn(cmd, args, { cwd, env: { ...process.env, ...env } });
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d;
    });
    child.stderr.on("data", (d: Buffer) => {
      out += d;
    });
    child.on("error", (e) => done({ code: 1, out: String(e) }));
    child.on("close", (code) => done({ code: code ?? 1, out }));
  });
}

async function reachable(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
    () => true,
    () => false,
  );
}

/** `npx vite` for the page, resolving once it answers. */
async function startVite(
  page: string,
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn("npx", ["vite", "--host", "127.0.0.1", "--port", String(port), "--strictPort"], {
    cwd: page,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d: Buffer) => {
    out += d;
  });
  child.stderr?.on("data", (d: Buffer) => {
    out += d;
  });
  const url = `http://127.0.0.1:${port}/`;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) throw new Error(`npx vite exited (${child.exitCode}):\n${out}`);
    if (await reachable(url)) return { url, child };
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill("SIGTERM");
  throw new Error(`npx vite did not answer within 60 s:\n${out}`);
}

async function browserCheck(page: string, mock: { url: string; apiKey: string }): Promise<string[]> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI)
      return [`Chromium not found at ${CHROMIUM} (CI installs it: apt-get install -y chromium)`];
    console.log(`browser quickstart: Chromium not found at ${CHROMIUM}; compiled the page, did not load it`);
    return [];
  }
  const vite = await startVite(page, { LANGFLOW_SERVER_URL: mock.url, LANGFLOW_API_KEY: mock.apiKey });
  const { chromium } = await import("playwright");
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true });
  try {
    const tab = await browser.newPage();
    const logs: string[] = [];
    tab.on("console", (m) => logs.push(`${m.type()}: ${m.text()}`));
    tab.on("pageerror", (e) => logs.push(`pageerror: ${e.message}`));
    await tab.goto(vite.url);
    const expected = "You said: Hello from the page";
    const shown = await tab
      .waitForFunction((text) => document.querySelector("#answer")?.textContent === text, expected, {
        timeout: 30_000,
      })
      .then(
        () => expected,
        async () => tab.evaluate(() => document.querySelector("#answer")?.textContent ?? "(no #answer)"),
      );
    console.log(
      `browser quickstart (npx vite + Chromium): the page shows ${JSON.stringify(shown)} (${elapsed()})`,
    );
    if (logs.some((l) => l.includes(mock.apiKey))) return ["the API key reached the page"];
    return shown === expected ? [] : [`the page shows ${JSON.stringify(shown)}`, ...logs];
  } finally {
    await browser.close();
    vite.child.kill("SIGTERM");
  }
}

async function main(): Promise<number> {
  requireBuiltDist("readme-user");
  const markdown = readFileSync(join(ROOT, "README.md"), "utf8");
  const blocks = tsBlocks(markdown);
  const dir = mkdtempSync(join(tmpdir(), "langflow-sdk-readme-user-"));
  const problems: string[] = [];
  try {
    const tarball = packInto(dir);
    // The README's commands, with the tarball in place of the registry's langflow-sdk.
    const app = join(dir, "my-app");
    mkdirSync(app);
    run("npm", ["init", "-y"], app);
    run("npm", ["pkg", "set", "type=module"], app);
    const quiet = ["--no-audit", "--no-fund", "--loglevel=error"];
    run("npm", ["install", ...quiet, tarball], app);
    run("npm", ["install", ...quiet, "-D", ...DEV_DEPENDENCIES], app);
    const versions = JSON.parse(run("npm", ["ls", "--depth=0", "--json"], app)).dependencies as Record<
      string,
      { version: string }
    >;
    console.log(
      `new project ${app} (${elapsed()}): ${Object.entries(versions)
        .map(([n, v]) => `${n}@${v.version}`)
        .join(", ")}`,
    );

    // Each block in a file of its own, as pasted; the browser quickstart in page/.
    const page = join(app, "page");
    mkdirSync(page);
    writeFileSync(join(page, "index.html"), htmlBlock(markdown));
    const programs: { file: string; block: Snippet }[] = [];
    const tests: string[] = [];
    for (const [i, block] of blocks.entries()) {
      const n = String(i + 1).padStart(2, "0");
      const role = roleOf(block.code);
      const file =
        role === "test"
          ? `readme-${n}.test.ts`
          : role === "vite-config"
            ? "page/vite.config.ts"
            : role === "page"
              ? "page/main.ts"
              : `readme-${n}.ts`;
      writeFileSync(join(app, file), `${block.code}\n`);
      if (role === "program") programs.push({ file, block });
      if (role === "test") tests.push(file);
      console.log(`README.md line ${block.line}: ${role} -> ${file}`);
    }
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify(
        {
          compilerOptions: {
            strict: true,
            module: "nodenext",
            target: "es2022",
            types: ["node"],
            noEmit: true,
            skipLibCheck: false,
          },
          include: ["*.ts", "page/*.ts"],
        },
        null,
        2,
      ),
    );
    const tsc = await capture("npx", ["tsc", "--strict", "-p", "."], app);
    console.log(`tsc --strict over ${blocks.length} blocks: exit ${tsc.code} (${elapsed()})`);
    if (tsc.code !== 0) problems.push(`tsc --strict:\n${tsc.out}`);

    // The mock from the tarball, with the README's "my-flow" and "approval-flow" besides the bundled flows.
    const flows = join(app, "flows");
    mkdirSync(flows);
    const modelChat = JSON.parse(readFileSync(join(ROOT, "mock/flows/model-chat.json"), "utf8"));
    writeFileSync(
      join(flows, "my-flow.json"),
      JSON.stringify({ ...modelChat, name: "My flow", endpoint_name: "my-flow" }),
    );
    // The Human Input flow of the README's "Human in the loop" (a user's own exported flow).
    const approval = JSON.parse(
      readFileSync(join(ROOT, "test/fixtures/hitl-flows/hitl-approval.json"), "utf8"),
    );
    writeFileSync(
      join(flows, "approval-flow.json"),
      JSON.stringify({ ...approval, name: "Approval", endpoint_name: "approval-flow" }),
    );
    const mock = await startMockCli("npx", ["langflow-mock", "--flows", flows], app);
    console.log(`npx langflow-mock: ${mock.url} (${elapsed()})`);
    const env = { LANGFLOW_SERVER_URL: mock.url, LANGFLOW_API_KEY: mock.apiKey };
    try {
      for (const { file, block } of programs) {
        const started = Date.now();
        const result = await capture("npx", ["tsx", file], app, env);
        const took = `${((Date.now() - started) / 1000).toFixed(1)} s`;
        const firstLines = result.out.trim().split("\n").slice(0, 3).join(" | ");
        console.log(
          `npx tsx ${file} (README.md line ${block.line}): exit ${result.code}, ${took}: ${firstLines}`,
        );
        if (result.code !== 0)
          problems.push(`${file} (README.md line ${block.line}) exited ${result.code}:\n${result.out}`);
      }
      if (tests.length) {
        const vitest = await capture("npx", ["vitest", "run", ...tests], app, { NO_COLOR: "1" });
        const summary = /Tests\s+(.*)/.exec(vitest.out)?.[1] ?? "";
        console.log(
          `npx vitest run ${tests.join(" ")}: exit ${vitest.code}, ${summary.trim()} (${elapsed()})`,
        );
        if (vitest.code !== 0) problems.push(`vitest:\n${vitest.out}`);
      }
      problems.push(...(await browserCheck(page, mock)));
    } finally {
      // As a user stops it: kill the npx process. The mock must go with it and free its port.
      mock.stop();
    }
    let up = true;
    for (const deadline = Date.now() + 10_000; up && Date.now() < deadline; ) {
      await new Promise((r) => setTimeout(r, 200));
      up = await reachable(`${mock.url}/health`);
    }
    console.log(`kill <npx pid>: the mock ${up ? "is STILL answering" : "stopped, its port is free"}`);
    if (up) problems.push(`the mock still answers at ${mock.url} after its npx process was killed`);
  } finally {
    if (keep) console.log(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  for (const p of problems) console.error(`readme-user: ${p}`);
  console.log(`readme-user: ${problems.length ? "FAILED" : "passed"} in ${elapsed()}`);
  return problems.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
