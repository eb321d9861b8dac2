// A log of every flow run the engine did (v1 run, build, v2, webhook). Monitor areas (builds, transactions,
// traces) derive their answers from it. Finished runs past the retention limits are dropped, oldest first.
import type { Clock } from "../clock";
import type { RetentionLimits } from "./retention";

export interface VertexRunRecord {
  id: string;
  display_name: string;
  component_type: string;
  started: number;
  ended: number;
  valid: boolean;
  /** Parameters the vertex ran with (after edges and tweaks). */
  params: Record<string, unknown>;
  /** Output text or value per output name. */
  outputs: Record<string, unknown>;
  error: string | null;
  /** What 1.13.0 stores as the vertex build's `data` (the v1 run result entry of the vertex) and `artifacts`. */
  buildData?: { data: Record<string, unknown>; artifacts: unknown; params: string };
}

export interface RunRecord {
  id: string;
  flow_id: string;
  flow_name: string;
  user_id: string;
  session_id: string;
  source: "run" | "build" | "workflow" | "webhook" | "responses" | string;
  started: number;
  ended: number | null;
  status: "running" | "success" | "error" | "cancelled";
  input_value: string | null;
  output_text: string | null;
  vertices: VertexRunRecord[];
  error: string | null;
}

export class RunLog {
  readonly runs = new Map<string, RunRecord>();

  /** `dropped` hears of every run the limits drop (the monitor forgets its row ids). */
  constructor(
    private readonly clock: Clock,
    private readonly retention: RetentionLimits,
    private readonly dropped: (runId: string) => void = () => {},
  ) {}

  add(run: RunRecord): RunRecord {
    this.runs.set(run.id, run);
    this.#sweep();
    return run;
  }

  /** Drops the oldest finished runs while there are too many or they ended too long ago; running ones stay. */
  #sweep(): void {
    const cutoff = this.clock.now() - this.retention.maxAgeSeconds * 1000;
    for (const run of this.runs.values()) {
      if (run.ended === null) continue;
      if (this.runs.size <= this.retention.runs && run.ended >= cutoff) break;
      this.runs.delete(run.id);
      this.dropped(run.id);
    }
  }

  list(filter: (r: RunRecord) => boolean = () => true): RunRecord[] {
    return [...this.runs.values()].filter(filter).sort((a, b) => a.started - b.started);
  }
}
