// Scenario results of one target, read from vitest's JSON report: pass, fail (with the first line of the
// failure), or n/a (a scenario marked in code as unable to pass there, with its reason).
import { existsSync, readFileSync } from "node:fs";
import type { Exchange, TargetName } from "./types";

export interface ContractResult {
  target: TargetName;
  /** The Langflow line: the real server's, or the one the mock stands in for (Prism: the pinned line). */
  version: string;
  scenario: string;
  result: "pass" | "fail" | "n/a";
  reason?: string;
}

export interface ScenarioRun extends ContractResult {
  exchanges?: Exchange[];
}

interface JsonReport {
  testResults: {
    name: string;
    message?: string;
    assertionResults: {
      title: string;
      status: string;
      failureMessages: string[] | null;
      meta?: { na?: string; exchanges?: Exchange[] };
    }[];
  }[];
}

const firstLine = (text: string) =>
  text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colours from vitest's messages.
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .find((l) => l.trim() !== "")
    ?.trim()
    .slice(0, 300) ?? "failed";

export function readResults(target: TargetName, version: string, reportPath: string): ScenarioRun[] {
  if (!existsSync(reportPath)) return [];
  const report = JSON.parse(readFileSync(reportPath, "utf8")) as JsonReport;
  const runs: ScenarioRun[] = [];
  for (const file of report.testResults) {
    if (file.assertionResults.length === 0) {
      // The file did not load: every scenario in it is missing; say why once.
      runs.push({
        target,
        version,
        scenario: `(file ${file.name.replace(/.*test\/scenarios\//, "")})`,
        result: "fail",
        reason: firstLine(file.message ?? "did not load"),
      });
      continue;
    }
    for (const a of file.assertionResults) {
      const na = a.meta?.na;
      if (a.status === "passed")
        runs.push({ target, version, scenario: a.title, result: "pass", exchanges: a.meta?.exchanges });
      else if (na) runs.push({ target, version, scenario: a.title, result: "n/a", reason: na });
      else if (a.status === "failed")
        runs.push({
          target,
          version,
          scenario: a.title,
          result: "fail",
          reason: firstLine(a.failureMessages?.join("\n") ?? ""),
        });
      else
        runs.push({
          target,
          version,
          scenario: a.title,
          result: "fail",
          reason: `${a.status} without a reason (no silent skips)`,
        });
    }
  }
  return runs;
}
