// The scenario x run table the contract run prints (and docs/compatibility.md holds), with its n/a and failure
// reasons as numbered notes. A column is one run: a target on a Langflow line.
import type { ContractResult } from "./results";
import type { TargetName } from "./types";

export interface Column {
  target: TargetName;
  version: string;
  label: string;
}

export interface Table {
  /** Markdown table rows (header, rule, one row per scenario). */
  rows: string[];
  /** `label: N pass, N fail, N n/a` per column. */
  counts: string[];
  /** `[n] result: reason`, numbered as the cells cite them. */
  notes: string[];
}

export function buildTable(columns: Column[], results: ContractResult[]): Table {
  const scenarios = [...new Set(results.map((r) => r.scenario))];
  const notes: string[] = [];
  const noteOf = new Map<string, number>();
  const cell = (r: ContractResult | undefined) => {
    if (!r) return "FAIL (not run)";
    const label = r.result === "fail" ? "FAIL" : r.result;
    if (!r.reason) return label;
    const key = `${r.result}: ${r.reason}`;
    let n = noteOf.get(key);
    if (n === undefined) {
      notes.push(key);
      n = notes.length;
      noteOf.set(key, n);
    }
    return `${label} [${n}]`;
  };
  const of = (c: Column) => results.filter((r) => r.target === c.target && r.version === c.version);
  const rows = scenarios.map((s) => [s, ...columns.map((c) => cell(of(c).find((r) => r.scenario === s)))]);
  const header = ["scenario", ...columns.map((c) => c.label)];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  const count = (c: Column, k: ContractResult["result"]) => of(c).filter((r) => r.result === k).length;
  return {
    rows: [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)],
    counts: columns.map(
      (c) => `${c.label}: ${count(c, "pass")} pass, ${count(c, "fail")} fail, ${count(c, "n/a")} n/a`,
    ),
    notes: notes.map((n, i) => `[${i + 1}] ${n}`),
  };
}

export function renderTable(columns: Column[], results: ContractResult[]): string {
  const t = buildTable(columns, results);
  return [...t.rows, "", ...t.counts, ...(t.notes.length ? ["", ...t.notes] : [])].join("\n");
}
