// `npm run test:contract`: the scenario suite (test/scenarios/) on every target — the in-process mock, the
// standalone mock behind `prism proxy --errors`, and the pinned real Langflow — starting what each needs and
// stopping what this run started. Prints a target x scenario table, writes reports/contract.json
// ([{target, scenario, result, reason?}]) and reports/parity.json (mock/real shape differences), and exits
// non-zero when a scenario failed on a target.
//
//   npm run test:contract                         all three targets
//   npm run test:contract -- --targets mock,real  some of them
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parity } from "./contract/parity";
import { readResults, type ScenarioRun } from "./contract/results";
import { renderTable } from "./contract/table";
import { startTarget } from "./contract/targets";
import { TARGETS, type TargetName } from "./contract/types";

const ROOT = resolve(import.meta.dirname, "..");
const REPORTS = join(ROOT, "reports");

function parseTargets(argv: string[]): TargetName[] {
  const i = argv.indexOf("--targets");
  if (i === -1) return [...TARGETS];
  const list = (argv[i + 1] ?? "").split(",").filter(Boolean);
  for (const t of list)
    if (!(TARGETS as readonly string[]).includes(t)) throw new Error(`unknown target ${t}`);
  return list as TargetName[];
}

function runSuite(target: TargetName, env: Record<string, string>, reportPath: string): Promise<number> {
  rmSync(reportPath, { force: true });
  const args = [
    "run",
    "--config",
    "test/scenarios/vitest.config.ts",
    "--reporter=dot",
    "--reporter=json",
    `--outputFile.json=${reportPath}`,
  ];
  const child = spawn(join(ROOT, "node_modules/.bin/vitest"), args, {
    cwd: ROOT,
    stdio: ["ignore", "inherit", "inherit"],
    env: { ...process.env, ...env, LANGFLOW_TARGET: target },
  });
  return new Promise((res) => child.on("exit", (code) => res(code ?? 1)));
}

async function main(): Promise<number> {
  const targets = parseTargets(process.argv.slice(2));
  mkdirSync(REPORTS, { recursive: true });
  const runs: ScenarioRun[] = [];
  for (const target of targets) {
    console.log(`\n[contract] === ${target} ===`);
    let started: Awaited<ReturnType<typeof startTarget>> | undefined;
    try {
      started = await startTarget(target, ROOT);
      console.log(`[contract] ${target}: ${started.description}`);
      const reportPath = join(REPORTS, `vitest-${target}.json`);
      await runSuite(target, started.env, reportPath);
      const results = readResults(target, reportPath);
      if (results.length === 0)
        runs.push({ target, scenario: "(suite)", result: "fail", reason: "vitest wrote no report" });
      runs.push(...results);
    } catch (error) {
      runs.push({ target, scenario: "(setup)", result: "fail", reason: String(error).slice(0, 300) });
    } finally {
      await started?.stop();
    }
  }
  // Scenarios a target did not report at all (a file that crashed there) fail there: no silent gaps.
  const names = [...new Set(runs.map((r) => r.scenario))].filter((s) => !s.startsWith("("));
  for (const target of targets) {
    const hasAny = runs.some((r) => r.target === target && !r.scenario.startsWith("("));
    for (const scenario of names) {
      if (hasAny && !runs.some((r) => r.target === target && r.scenario === scenario))
        runs.push({ target, scenario, result: "fail", reason: "not run on this target" });
    }
  }

  const results = runs.map(({ exchanges: _e, ...r }) => r);
  let parityFailed = false;
  writeFileSync(join(REPORTS, "contract.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${renderTable(targets, results)}\n`);

  if (targets.includes("mock") && targets.includes("real")) {
    const reports = parity(runs);
    writeFileSync(join(REPORTS, "parity.json"), `${JSON.stringify(reports, null, 2)}\n`);
    const differing = reports.filter((r) => r.differences.length > 0);
    const known = reports.flatMap((r) => r.known.map((k) => ({ scenario: r.scenario, ...k })));
    console.log(
      `[contract] mock/real parity (status codes, JSON keys and types, stream event names): ${reports.length} scenarios passed on both; ` +
        `${differing.length} with unexplained differences, ${known.length} known difference(s) (reports/parity.json)`,
    );
    for (const k of known) console.log(`  known: ${k.scenario}: ${k.difference}\n         why: ${k.reason}`);
    for (const r of differing) {
      console.log(`  DIFFERENT: ${r.scenario}`);
      for (const d of r.differences.slice(0, 12)) console.log(`    - ${d}`);
      if (r.differences.length > 12) console.log(`    ... ${r.differences.length - 12} more`);
    }
    parityFailed = differing.length > 0;
  }
  console.log("[contract] wrote reports/contract.json");
  return results.some((r) => r.result === "fail") || parityFailed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
