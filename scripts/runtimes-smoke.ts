// `npm run smoke:runtimes [-- --keep]`: the published package in Node, Bun and Deno. Packs the tarball from the
// built dist/ (run `npm run build` first), installs it into a temporary project, starts the standalone mock with
// the package's own CLI, and runs one plain ESM program (scripts/runtimes-smoke/smoke.mjs: sync run, v2 stream,
// background job, typed errors, validate, abort) in each runtime. Bun and Deno are the pinned builds from the npm
// registry (scripts/bun-deno, into .tools/). Prints a matrix `runtime version -> passed/failed checks`; exits 1
// when any runtime failed a check or did not run the program to its end.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type MockCli, startMockCli } from "./lib/mock-cli";
import { createApp, installInto, packInto, ROOT, requireBuiltDist, run } from "./lib/packed-app";

const SMOKE_PROGRAM = join(ROOT, "scripts", "runtimes-smoke", "smoke.mjs");
const RUN_TIMEOUT_MS = 120_000;

interface Runtime {
  name: string;
  version: string;
  command: string[];
}

interface Outcome {
  runtime: Runtime;
  passed: number;
  failed: number;
  /** Set when the program did not print its closing line (it crashed, did not load, or timed out). */
  broken?: string;
}

function runtimes(): Runtime[] {
  run("bash", [join(ROOT, "scripts", "bun-deno"), "install"], ROOT);
  const bun = run("bash", [join(ROOT, "scripts", "bun-deno"), "path", "bun"], ROOT).trim();
  const deno = run("bash", [join(ROOT, "scripts", "bun-deno"), "path", "deno"], ROOT).trim();
  const versionOf = (binary: string) => /\d+\.\d+\.\d+\S*/.exec(run(binary, ["--version"], ROOT))?.[0] ?? "?";
  return [
    { name: "node", version: process.version.slice(1), command: [process.execPath, "smoke.mjs"] },
    { name: "bun", version: versionOf(bun), command: [bun, "run", "smoke.mjs"] },
    // Deno 2 resolves the bare `langflow-sdk` from the project's package.json and its node_modules/ (npm
    // installed them; with a package.json Deno's default is the same as --node-modules-dir=manual). Said
    // explicitly so that Deno never installs or fetches packages of its own: the test is of what npm installed.
    // -A: the program reads the environment and connects to the mock.
    {
      name: "deno",
      version: versionOf(deno),
      command: [deno, "run", "-A", "--node-modules-dir=manual", "smoke.mjs"],
    },
  ];
}

function runSmoke(runtime: Runtime, app: string, mock: MockCli): Outcome {
  console.log(`\n${runtime.name} ${runtime.version}:`);
  const [command, ...args] = runtime.command as [string, ...string[]];
  const child = spawnSync(command, args, {
    cwd: app,
    encoding: "utf8",
    timeout: RUN_TIMEOUT_MS,
    env: {
      ...process.env,
      LANGFLOW_SERVER_URL: mock.url,
      LANGFLOW_API_KEY: mock.apiKey,
      DENO_NO_UPDATE_CHECK: "1", // no network beyond the mock
    },
  });
  process.stdout.write(child.stdout ?? "");
  process.stderr.write(child.stderr ?? "");
  const summary = /^smoke: (\d+) passed, (\d+) failed$/m.exec(child.stdout ?? "");
  const exit = child.error ? child.error.message : `exit ${child.status ?? child.signal}`;
  if (!summary) return { runtime, passed: 0, failed: 0, broken: `did not finish (${exit})` };
  const outcome = { runtime, passed: Number(summary[1]), failed: Number(summary[2]) };
  if (outcome.failed === 0 && child.status !== 0)
    return { ...outcome, broken: `all checks passed, but ${exit}` };
  return outcome;
}

function printMatrix(outcomes: Outcome[]): void {
  console.log("\nruntimes smoke matrix (the packed langflow-sdk vs the standalone mock):");
  for (const { runtime, passed, failed, broken } of outcomes) {
    const label = `${runtime.name} ${runtime.version}`.padEnd(14);
    console.log(`  ${label} -> ${passed} passed / ${failed} failed${broken ? ` (${broken})` : ""}`);
  }
}

requireBuiltDist("runtimes-smoke");
const keep = process.argv.includes("--keep");
const dir = mkdtempSync(join(tmpdir(), "langflow-sdk-runtimes-"));
let mock: MockCli | undefined;
try {
  const all = runtimes();
  const app = createApp(dir);
  installInto(app, [packInto(dir)]);
  copyFileSync(SMOKE_PROGRAM, join(app, "smoke.mjs"));
  // The mock as a user starts it: the installed package's own CLI.
  mock = await startMockCli(
    process.execPath,
    [join(app, "node_modules", "langflow-sdk", "dist", "mock", "cli.js")],
    app,
  );
  console.log(`mock: ${mock.url}`);
  const outcomes = all.map((runtime) => runSmoke(runtime, app, mock as MockCli));
  printMatrix(outcomes);
  if (outcomes.some((o) => o.failed > 0 || o.broken)) process.exitCode = 1;
} catch (error) {
  console.error(`runtimes smoke test: FAILED (${error instanceof Error ? error.message : String(error)})`);
  process.exitCode = 1;
} finally {
  mock?.stop();
  if (keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
