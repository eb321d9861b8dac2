// Tasks of the pre-1.0 async API (`POST /api/v1/process` with `sync: false`, `GET /api/v1/task/{id}`): PENDING until
// their run, queued on the mock clock, ends as SUCCESS or FAILURE.
import type { Clock } from "../clock";
import { FinishedQueue, type RetentionLimits } from "./retention";
import type { Disposable } from "./types";

export interface TaskRecord {
  status: "PENDING" | "SUCCESS" | "FAILURE";
  result: { output: string } | null;
}

export class LegacyTaskStore implements Disposable {
  readonly tasks = new Map<string, TaskRecord>();
  private readonly timers = new Set<unknown>();
  /** Finished tasks, dropped past the retention limits. */
  readonly #finished: FinishedQueue<string>;

  constructor(
    private readonly clock: Clock,
    private readonly queueDelayMs: number,
    retention: RetentionLimits,
  ) {
    this.#finished = new FinishedQueue(clock, retention.jobs, retention.maxAgeSeconds, (id) =>
      this.tasks.delete(id),
    );
  }

  /** Adds a PENDING task and starts `run` after the queue delay; its result replaces the task (unless reset). */
  add(run: () => Promise<TaskRecord>): string {
    const id = crypto.randomUUID();
    this.tasks.set(id, { status: "PENDING", result: null });
    const handle = this.clock.setTimeout(() => {
      this.timers.delete(handle);
      void run().then((done) => {
        if (!this.tasks.has(id)) return;
        this.tasks.set(id, done);
        this.#finished.finished(id);
      });
    }, this.queueDelayMs);
    this.timers.add(handle);
    return id;
  }

  dispose(): void {
    for (const handle of this.timers) this.clock.clearTimeout(handle);
    this.timers.clear();
    this.tasks.clear();
  }
}
