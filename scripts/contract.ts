// `npm run test:contract`: the scenario suite (test/scenarios/) on every target — the in-process mock, the
// standalone mock behind `prism proxy --errors`, and the real Langflow — on every Langflow line of
// scripts/langflow-server (1.9 ... 1.13): each line's real server, and the mock with the profile that stands in for
// it; Prism once, for the pinned line whose spec it checks. Starts what each run needs and stops what it started.
// Prints a scenario x run table, writes reports/contract.json ([{target, version, scenario, result, reason?}]),
// reports/parity.json (mock/real shape differences per line) and, when the real target ran, docs/compatibility.md;
// exits non-zero when a scenario failed somewhere.
//
//   npm run test:contract                                   all targets, all lines
//   npm run test:contract -- --targets mock,real            some targets
//   npm run test:contract -- --versions 1.10,1.13           some lines (line or langflow-base version)
import { spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { renderCompatibility } from "./contract/compatibility";
import { type LangflowLine, langflowLines, mockProfileOf, parseVersions } from "./contract/lines";
import { parity } from "./contract/parity";
import { readResults, type ScenarioRun } from "./contract/results";
import { type Column, renderTable } from "./contract/table";
import { startTarget } from "./contract/targets";
import { PINNED_LINE, TARGETS, type TargetName } from "./contract/types";

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

/** The runs, in order: per line its mock then its real server (so a line's results come together); Prism last. */
function plan(targets: TargetName[], lines: LangflowLine[], all: LangflowLine[]): Column[] {
  const columns: Column[] = [];
  for (const l of lines) {
    if (targets.includes("mock"))
      columns.push({
        target: "mock",
        version: l.line,
        label: `mock ${l.line} (profile ${mockProfileOf(l.line)})`,
      });
    if (targets.includes("real")) columns.push({ target: "real", version: l.line, label: `real ${l.line}` });
  }
  const pinned = all.find((l) => l.line === PINNED_LINE);
  if (targets.includes("prism") && pinned)
    columns.push({ target: "prism", version: pinned.line, label: "prism" });
  return columns;
}

function runSuite(column: Column, env: Record<string, string>, reportPath: string): Promise<number> {
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
    env: { ...process.env, ...env, LANGFLOW_TARGET: column.target, LANGFLOW_LINE: column.version },
  });
  return new Promise((res) => child.on("exit", (code) => res(code ?? 1)));
}

async function runColumn(column: Column, line: LangflowLine): Promise<ScenarioRun[]> {
  const { target, version } = column;
  console.log(`\n[contract] === ${column.label} ===`);
  const t0 = Date.now();
  let started: Awaited<ReturnType<typeof startTarget>> | undefined;
  try {
    started = await startTarget(target, ROOT, line);
    console.log(
      `[contract] ${column.label}: ${started.description} (ready in ${Math.round((Date.now() - t0) / 1000)}s)`,
    );
    const reportPath = join(REPORTS, `vitest-${target}-${version}.json`);
    const t1 = Date.now();
    await runSuite(column, started.env, reportPath);
    console.log(`[contract] ${column.label}: suite ${Math.round((Date.now() - t1) / 1000)}s`);
    const results = readResults(target, version, reportPath);
    if (results.length === 0)
      return [{ target, version, scenario: "(suite)", result: "fail", reason: "vitest wrote no report" }];
    return results;
  } catch (error) {
    return [{ target, version, scenario: "(setup)", result: "fail", reason: String(error).slice(0, 300) }];
  } finally {
    await started?.stop();
  }
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const targets = parseTargets(argv);
  const all = langflowLines(ROOT);
  const lines = parseVersions(argv, all);
  const columns = plan(targets, lines, all);
  mkdirSync(REPORTS, { recursive: true });
  const runs: ScenarioRun[] = [];
  const lineOf = (c: Column) => all.find((l) => l.line === c.version) as LangflowLine;
  // One server at a time: starting one beside a running suite (a minute of one core) slowed both as much as it
  // saved on this 2-core machine.
  for (const column of columns) runs.push(...(await runColumn(column, lineOf(column))));
  // Scenarios a run did not report at all (a file that crashed there) fail there: no silent gaps.
  const names = [...new Set(runs.map((r) => r.scenario))].filter((s) => !s.startsWith("("));
  for (const { target, version } of columns) {
    const mine = runs.filter((r) => r.target === target && r.version === version);
    const hasAny = mine.some((r) => !r.scenario.startsWith("("));
    for (const scenario of names) {
      if (hasAny && !mine.some((r) => r.scenario === scenario))
        runs.push({ target, version, scenario, result: "fail", reason: "not run on this target" });
    }
  }

  const results = runs.map(({ exchanges: _e, ...r }) => r);
  let parityFailed = false;
  writeFileSync(join(REPORTS, "contract.json"), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n${renderTable(columns, results)}\n`);
  // Only a run over every line rewrites the table (a run of some lines would drop the others' columns).
  if (targets.includes("real") && lines.length === all.length) {
    const doc = renderCompatibility(
      lines,
      results,
      columns.filter((c) => c.target === "mock"),
    );
    writeFileSync(join(ROOT, "docs/compatibility.md"), doc);
    console.log("[contract] wrote docs/compatibility.md");
  }

  if (targets.includes("mock") && targets.includes("real")) {
    const reports = parity(runs);
    writeFileSync(join(REPORTS, "parity.json"), `${JSON.stringify(reports, null, 2)}\n`);
    const differing = reports.filter((r) => r.differences.length > 0);
    const known = reports.flatMap((r) =>
      r.known.map((k) => ({ scenario: `${r.version}: ${r.scenario}`, ...k })),
    );
    console.log(
      `[contract] mock/real parity per line (status codes, JSON keys and types, stream event names): ${reports.length} scenario runs passed on both; ` +
        `${differing.length} with unexplained differences, ${known.length} known difference(s) (reports/parity.json)`,
    );
    // One line per reason (hundreds of differences share a few reasons); each difference is in reports/parity.json.
    const byReason = new Map<string, typeof known>();
    for (const k of known) byReason.set(k.reason, [...(byReason.get(k.reason) ?? []), k]);
    for (const [reason, list] of byReason)
      console.log(
        `  known (${list.length}x), e.g. ${list[0]?.scenario}: ${list[0]?.difference}\n         why: ${reason}`,
      );
    for (const r of differing) {
      console.log(`  DIFFERENT: ${r.version}: ${r.scenario}`);
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
