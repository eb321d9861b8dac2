// What the monitor areas keep beside the run log: which runs' builds/traces were deleted, and stable ids for the
// rows they derive from runs (vertex builds, transactions, spans). Kept per run, so a run the log drops is forgotten.
export class MonitorState {
  /** Runs whose vertex builds were deleted (DELETE /monitor/builds). */
  readonly hiddenBuilds = new Set<string>();
  /** Runs whose traces were deleted (DELETE /monitor/traces...). */
  readonly hiddenTraces = new Set<string>();
  private readonly ids = new Map<string, Map<string, string>>();

  /** A UUID that stays the same for the same row of a run (`kind` e.g. "build", `part` e.g. a vertex id). */
  idFor(kind: string, runId: string, part: string): string {
    let ofRun = this.ids.get(runId);
    if (!ofRun) {
      ofRun = new Map();
      this.ids.set(runId, ofRun);
    }
    const key = `${kind}:${part}`;
    let id = ofRun.get(key);
    if (!id) {
      id = crypto.randomUUID();
      ofRun.set(key, id);
    }
    return id;
  }

  /** The run log dropped the run: its rows are gone, so are their ids and marks. */
  forgetRun(runId: string): void {
    this.ids.delete(runId);
    this.hiddenBuilds.delete(runId);
    this.hiddenTraces.delete(runId);
  }
}
