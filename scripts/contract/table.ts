// The target x scenario table the contract run prints, and its n/a / failure reasons as numbered notes.
import type { ContractResult } from "./results";
import type { TargetName } from "./types";

export function renderTable(targets: TargetName[], results: ContractResult[]): string {
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
  const rows = scenarios.map((s) => [
    s,
    ...targets.map((t) => cell(results.find((r) => r.scenario === s && r.target === t))),
  ]);
  const header = ["scenario", ...targets];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  const out = [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)];
  const count = (t: TargetName, k: ContractResult["result"]) =>
    results.filter((r) => r.target === t && r.result === k).length;
  out.push(
    "",
    ...targets.map((t) => `${t}: ${count(t, "pass")} pass, ${count(t, "fail")} fail, ${count(t, "n/a")} n/a`),
  );
  if (notes.length) out.push("", ...notes.map((n, i) => `[${i + 1}] ${n}`));
  return out.join("\n");
}
