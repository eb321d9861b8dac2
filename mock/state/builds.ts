// v1 build jobs (POST /build/{flow_id}/flow): their event log and live subscribers.
import type { Clock } from "../clock";
import { FinishedQueue, type RetentionLimits } from "./retention";
import type { Disposable } from "./types";

export interface BuildJob {
  id: string;
  flowId: string;
  userId: string;
  /** Serialized events, each `{"event": …, "data": …}` (Python spacing), in order. */
  events: string[];
  /** How many events polling delivery already handed out. */
  polled: number;
  done: boolean;
  listeners: Set<() => void>;
  abort: AbortController;
}

export class BuildStore implements Disposable {
  readonly jobs = new Map<string, BuildJob>();
  /** Finished builds, dropped with their events past the retention limits. */
  readonly #finished: FinishedQueue<string>;

  constructor(clock: Clock, retention: RetentionLimits) {
    this.#finished = new FinishedQueue(clock, retention.jobs, retention.maxAgeSeconds, (id) =>
      this.jobs.delete(id),
    );
  }

  push(job: BuildJob, event: string): void {
    job.events.push(event);
    for (const listener of job.listeners) listener();
  }

  finish(job: BuildJob): void {
    job.done = true;
    for (const listener of job.listeners) listener();
    job.listeners.clear();
    this.#finished.finished(job.id);
  }

  dispose(): void {
    for (const job of this.jobs.values()) if (!job.done) job.abort.abort(new Error("mock reset"));
    this.jobs.clear();
  }
}
