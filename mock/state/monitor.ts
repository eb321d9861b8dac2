// What the monitor areas keep beside the run log: which runs' builds/traces were deleted, and stable ids for the
// rows they derive from runs (vertex builds, transactions, spans).
export class MonitorState {
  /** Runs whose vertex builds were deleted (DELETE /monitor/builds). */
  readonly hiddenBuilds = new Set<string>();
  /** Runs whose traces were deleted (DELETE /monitor/traces...). */
  readonly hiddenTraces = new Set<string>();
  private readonly ids = new Map<string, string>();

  /** A UUID that stays the same for the same key (e.g. `build:<run>:<vertex>`). */
  idFor(key: string): string {
    let id = this.ids.get(key);
    if (!id) {
      id = crypto.randomUUID();
      this.ids.set(key, id);
    }
    return id;
  }
}
