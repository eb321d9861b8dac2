// A log of every flow run the engine did (v1 run, build, v2, webhook). Monitor areas (builds, transactions,
// traces) derive their answers from it.

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

  add(run: RunRecord): RunRecord {
    this.runs.set(run.id, run);
    return run;
  }

  list(filter: (r: RunRecord) => boolean = () => true): RunRecord[] {
    return [...this.runs.values()].filter(filter).sort((a, b) => a.started - b.started);
  }
}
