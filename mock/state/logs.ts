// The log buffer behind /logs and /logs-stream: startup lines plus lines the flow runs produce (derived from the
// run log on each read, so every run shows up without the engine knowing about logs).
import type { RunRecord } from "./runs";
import type { Disposable } from "./types";

export interface LogEntry {
  ts: number;
  line: string;
}

/** "2025-01-08T12:03:11.151218+0000", the prefix of Langflow's log lines. */
function logTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$1000+0000");
}

export class LogBuffer implements Disposable {
  private readonly startup: LogEntry[];
  /** Stoppers of open /logs-stream responses: reset() ends them so no poll timer outlives the mock's state. */
  readonly streams = new Set<() => void>();

  dispose(): void {
    for (const stop of this.streams) stop();
    this.streams.clear();
  }

  constructor(now: number) {
    const lines = [
      "DEBUG Create service ServiceType.SETTINGS_SERVICE",
      "DEBUG Create service ServiceType.DATABASE_SERVICE",
      "DEBUG Create service ServiceType.CHAT_SERVICE",
      "INFO Langflow mock server started",
    ];
    this.startup = lines.map((text, i) => ({
      ts: now - lines.length + i,
      line: `${logTime(now - lines.length + i)} ${text}\n`,
    }));
  }

  /** All entries, oldest first; timestamps are unique (a later entry in the same ms moves 1 ms on). */
  entries(runs: RunRecord[]): LogEntry[] {
    const all = [...this.startup];
    for (const run of runs) {
      for (const v of run.vertices)
        all.push({ ts: v.started, line: `${logTime(v.started)} DEBUG Building ${v.display_name}\n` });
      if (run.ended !== null) {
        all.push({
          ts: run.ended,
          line: `${logTime(run.ended)} DEBUG Flow ${run.flow_id} run ${run.id} finished: ${run.status}\n`,
        });
      }
    }
    all.sort((a, b) => a.ts - b.ts);
    for (let i = 1; i < all.length; i++) {
      const prev = all[i - 1] as LogEntry;
      const cur = all[i] as LogEntry;
      if (cur.ts <= prev.ts) cur.ts = prev.ts + 1;
    }
    return all;
  }
}

export function toLogObject(entries: LogEntry[]): Record<string, string> {
  return Object.fromEntries(entries.map((e) => [String(e.ts), e.line]));
}
