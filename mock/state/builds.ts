// v1 build jobs (POST /build/{flow_id}/flow): their event log and live subscribers.
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

  push(job: BuildJob, event: string): void {
    job.events.push(event);
    for (const listener of job.listeners) listener();
  }

  finish(job: BuildJob): void {
    job.done = true;
    for (const listener of job.listeners) listener();
    job.listeners.clear();
  }

  dispose(): void {
    for (const job of this.jobs.values()) if (!job.done) job.abort.abort(new Error("mock reset"));
    this.jobs.clear();
  }
}
