// Mock/real parity: for every scenario that passed on both, compare what the two servers answered — the
// sequence of (request, status), the shape of each JSON body (keys and value types, merged over repeated
// calls such as polls), and the event names of each stream (repeats collapsed). Values are not compared.
import { explain } from "./known-differences";
import type { ScenarioRun } from "./results";
import { collapseRepeats, type FlatShape, mergeShapes } from "./shape";
import type { Exchange } from "./types";

export interface ParityReport {
  scenario: string;
  /** The Langflow line: its real server against the mock standing in for it. */
  version: string;
  /** Differences nobody explained: the contract run fails on these. */
  differences: string[];
  /** Differences listed in known-differences.ts, with the reason they stay. */
  known: { difference: string; reason: string }[];
}

const request = (e: Exchange) => `${e.method} ${e.path}`;

/** (request, status) in order; a call repeated back to back (polling) counts once. */
function statusSequence(exchanges: Exchange[]): string[] {
  return exchanges.map((e) => `${request(e)} -> ${e.status}`).filter((s, i, all) => s !== all[i - 1]);
}

function shapesByCall(exchanges: Exchange[]): Map<string, FlatShape> {
  const out = new Map<string, FlatShape>();
  for (const e of exchanges) {
    if (!e.shape) continue;
    const key = `${request(e)} -> ${e.status}`;
    out.set(key, mergeShapes(out.get(key) ?? {}, e.shape));
  }
  return out;
}

function eventsByCall(exchanges: Exchange[]): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const e of exchanges) {
    if (!e.events) continue;
    const key = request(e);
    out.set(key, [...(out.get(key) ?? []), collapseRepeats(e.events)]);
  }
  return out;
}

/**
 * Whether `path` lies inside an array that is empty on the other side (`other` has the array but no item):
 * nothing to compare there, e.g. a list the shared real server answers empty and the mock's examples fill.
 */
function insideEmptyArray(path: string, other: FlatShape): boolean {
  for (let i = path.indexOf("[]"); i !== -1; i = path.indexOf("[]", i + 2)) {
    const array = path.slice(0, i);
    const items = `${array}[]`;
    if (other[array]?.split("|").includes("array") && !Object.keys(other).some((k) => k.startsWith(items)))
      return true;
  }
  return false;
}

function compareShapes(call: string, mock: FlatShape, real: FlatShape): string[] {
  const diffs: string[] = [];
  // A key missing below a missing parent is one difference, not many.
  const under = (path: string, set: string[]) =>
    set.some((p) => path.startsWith(`${p}.`) || path.startsWith(`${p}[]`));
  const onlyReal = Object.keys(real).filter((p) => !(p in mock) && !insideEmptyArray(p, mock));
  const onlyMock = Object.keys(mock).filter((p) => !(p in real) && !insideEmptyArray(p, real));
  for (const p of onlyReal) if (!under(p, onlyReal)) diffs.push(`${call}: ${p} (${real[p]}) only in real`);
  for (const p of onlyMock) if (!under(p, onlyMock)) diffs.push(`${call}: ${p} (${mock[p]}) only in mock`);
  for (const [p, types] of Object.entries(real)) {
    const m = mock[p];
    if (m === undefined || m === types) continue;
    // Types merged over several items or calls (a list's rows, a job's polls) that overlap depend on the data
    // (one server's list holds a row with a null description, the other's does not); disjoint types do not.
    const overlap = types.split("|").some((t) => m.split("|").includes(t));
    if (!overlap) diffs.push(`${call}: ${p} is ${types} in real, ${m} in mock`);
  }
  return diffs;
}

export function compareRuns(mock: ScenarioRun, real: ScenarioRun): string[] {
  const a = mock.exchanges ?? [];
  const b = real.exchanges ?? [];
  const diffs: string[] = [];
  const sa = statusSequence(a);
  const sb = statusSequence(b);
  if (sa.join("\n") !== sb.join("\n")) {
    const i = sa.findIndex((s, k) => s !== sb[k]);
    const at = i === -1 ? sa.length : i;
    diffs.push(
      `status sequence differs at call ${at + 1}: mock "${sa[at] ?? "(end)"}", real "${sb[at] ?? "(end)"}"`,
    );
  }
  const ma = shapesByCall(a);
  const mb = shapesByCall(b);
  for (const [call, shape] of mb) {
    const other = ma.get(call);
    if (other) diffs.push(...compareShapes(call, other, shape));
  }
  const ea = eventsByCall(a);
  const eb = eventsByCall(b);
  for (const [call, realStreams] of eb) {
    const mockStreams = ea.get(call) ?? [];
    if (call.includes("event_delivery=polling")) {
      // Polling hands out the same events in however many answers the timing gives: compare them joined.
      const joined = (s: string[][]) => collapseRepeats(s.flat().map((n) => n.replace(/\+$/, ""))).join(", ");
      if (joined(realStreams) !== joined(mockStreams))
        diffs.push(`${call}: polled events real [${joined(realStreams)}], mock [${joined(mockStreams)}]`);
      continue;
    }
    realStreams.forEach((names, i) => {
      const m = mockStreams[i];
      if (m && m.join(",") !== names.join(",")) {
        diffs.push(`${call} stream #${i + 1}: events real [${names.join(", ")}], mock [${m.join(", ")}]`);
      }
    });
  }
  return diffs;
}

export function parity(runs: ScenarioRun[]): ParityReport[] {
  const reports: ParityReport[] = [];
  for (const m of runs.filter((r) => r.target === "mock" && r.result === "pass")) {
    const r = runs.find(
      (x) =>
        x.target === "real" && x.version === m.version && x.scenario === m.scenario && x.result === "pass",
    );
    if (!r) continue;
    const report: ParityReport = { scenario: m.scenario, version: m.version, differences: [], known: [] };
    for (const difference of compareRuns(m, r)) {
      const reason = explain(difference, m.version);
      if (reason) report.known.push({ difference, reason });
      else report.differences.push(difference);
    }
    reports.push(report);
  }
  return reports;
}
