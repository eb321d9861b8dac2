// v2 workflow jobs (background runs, and the rows sync runs leave behind) and their lifecycle. The store owns every
// status change and every timer of a job:
//
//   create → queued ─ start → in_progress ─ finish → completed | failed
//                  └──────────────┴─ cancel (stop) → cancelled, fail (crash) → failed,
//                                    the execution timeout → timed_out
//   in_progress ─ suspend (a Human Input paused it) → suspended ─ resume → in_progress (once per pause)
//                                                        └─ cancel → cancelled
//
// What runs the flow and what a job answers belong to the workflows area (mock/handlers/workflows/run-job.ts).
import type { Clock } from "../clock";
import { FinishedQueue, type RetentionLimits } from "./retention";
import type { Disposable } from "./types";

export type WorkflowJobStatus =
  | "queued"
  | "in_progress"
  | "suspended"
  | "completed"
  | "failed"
  | "cancelled"
  | "timed_out";

const ENDED: ReadonlySet<WorkflowJobStatus> = new Set(["completed", "failed", "cancelled", "timed_out"]);

/** Whether the job has reached a final status (nothing changes it any more, except a 1.10 stop). */
export function jobHasEnded(job: Pick<JobRecord, "status">): boolean {
  return ENDED.has(job.status);
}

/** One SSE frame of a job's stream: `data` is the JSON text, `id` the durable sequence it carries. */
export interface JobFrame {
  id: number;
  data: string;
}

export type JobListener = (frame: JobFrame | null) => void;

/** A frame a stream protocol made for a job: durable frames are logged (and replayed on re-attach). */
export interface JobFrameData {
  data: string;
  durable: boolean;
}

export interface JobRecord {
  id: string;
  flowId: string;
  userId: string;
  sessionId: string;
  kind: "background" | "sync";
  readonly status: WorkflowJobStatus;
  created: number;
  protocol: "langflow" | "agui";
  idempotencyKey: string | null;
  /** Echoed tweaks / inputs and globals. */
  inputs: Record<string, unknown>;
  globals: Record<string, string>;
  /** Durable frames, seq 1..n. */
  log: JobFrame[];
  /** Live subscribers (re-attached streams); `null` = stream over. */
  listeners: Set<JobListener>;
  /** The answer to a status request once the job completed. */
  readonly response: Record<string, unknown> | null;
  readonly error: { message: string; type: string } | null;
  /** Aborts the job's run (stop, timeout, reset). */
  abort: AbortController;
  timers: unknown[];
  /** The job's last human-input pause (kept after the resume: the server still checks decisions against it). */
  readonly pause: JobPause | null;
}

/** A pause of a job: the request the server lists and checks decisions against, and what the resume needs. */
export interface JobPause {
  request: { request_id: string; allowed_decisions: string[] } & Record<string, unknown>;
  /** The card message stored in the session (marked answered on resume, superseded on stop). */
  cardMessageId: string | null;
  /** Whatever the runner needs to go on (its checkpoint); the store does not read it. */
  resumeState: unknown;
  resumed: boolean;
}

/** What a caller says about a new job; the store adds id, status, time, log and the run's abort signal. */
export type NewJob = Pick<
  JobRecord,
  "flowId" | "userId" | "sessionId" | "kind" | "protocol" | "idempotencyKey" | "inputs" | "globals"
>;

/** How a run ended, as `finish` records it. */
export interface JobResult {
  status: "completed" | "failed";
  error: { message: string; type: string } | null;
  response: Record<string, unknown> | null;
}

type Writable = { -readonly [K in keyof JobRecord]: JobRecord[K] };

export class JobStore implements Disposable {
  readonly jobs = new Map<string, JobRecord>();
  readonly byIdempotencyKey = new Map<string, string>();
  /** Ended jobs, dropped with their event logs past the retention limits (a status read then answers 404). */
  readonly #ended: FinishedQueue<string>;

  constructor(
    private readonly clock: Clock,
    retention: RetentionLimits,
  ) {
    this.#ended = new FinishedQueue(clock, retention.jobs, retention.maxAgeSeconds, (id) => this.#drop(id));
  }

  /** A new job, `queued`. */
  create(init: NewJob): JobRecord {
    const job: JobRecord = {
      ...init,
      id: crypto.randomUUID(),
      status: "queued",
      created: this.clock.now(),
      log: [],
      listeners: new Set(),
      response: null,
      error: null,
      abort: new AbortController(),
      timers: [],
      pause: null,
    };
    this.jobs.set(job.id, job);
    if (job.idempotencyKey) this.byIdempotencyKey.set(`${job.userId}:${job.idempotencyKey}`, job.id);
    this.#ended.sweep(); // age limits also apply while nothing ends
    return job;
  }

  get(id: string, userId?: string): JobRecord | undefined {
    const job = this.jobs.get(id.toLowerCase());
    return job && (!userId || job.userId === userId) ? job : undefined;
  }

  byKey(userId: string, key: string): JobRecord | undefined {
    const id = this.byIdempotencyKey.get(`${userId}:${key}`);
    return id ? this.jobs.get(id) : undefined;
  }

  /** Calls `fn` after `ms` on the mock clock; the timer is the job's (cleared when the job ends or on reset). */
  later(job: JobRecord, ms: number, fn: () => void): void {
    job.timers.push(this.clock.setTimeout(fn, ms));
  }

  /**
   * queued → in_progress, with the execution timeout: after `timeoutSeconds` the job ends as `timed_out` and its
   * run is aborted. False (and nothing changes) when the job is no longer queued, e.g. stopped while it waited.
   */
  start(job: JobRecord, timeoutSeconds: number): boolean {
    if (job.status !== "queued") return false;
    this.#set(job, { status: "in_progress" });
    this.later(job, timeoutSeconds * 1000, () => this.#end(job, "timed_out"));
    return true;
  }

  /**
   * The run returned: records its result, publishes the stream's closing frames and closes the streams. A job that
   * ended meanwhile (stopped, timed out) keeps its status. Returns the job's final status.
   */
  finish(job: JobRecord, result: JobResult, closingFrames: JobFrameData[] = []): WorkflowJobStatus {
    if (jobHasEnded(job)) return job.status;
    this.publish(job, closingFrames);
    this.#set(job, result);
    this.#release(job);
    return job.status;
  }

  /**
   * A Human Input paused the run: publishes the pause frames, then in_progress → suspended. The execution timeout
   * stops counting and live streams end there (1.13.0 closes the event stream after `human_input_required`).
   */
  suspend(job: JobRecord, pause: Omit<JobPause, "resumed">, frames: JobFrameData[]): boolean {
    if (job.status !== "in_progress") return false;
    this.publish(job, frames);
    this.#set(job, { status: "suspended", pause: { ...pause, resumed: false } });
    for (const timer of job.timers) this.clock.clearTimeout(timer);
    job.timers.length = 0;
    for (const listener of job.listeners) listener(null);
    job.listeners.clear();
    return true;
  }

  /**
   * suspended → in_progress for the pending request (single use), with a new execution timeout. False when the job
   * is not suspended, the request was answered already, or `requestId` is not the pending one (409 NOT_RESUMABLE).
   */
  resume(job: JobRecord, requestId: string, timeoutSeconds: number): boolean {
    const pause = job.pause;
    if (job.status !== "suspended" || !pause || pause.resumed || pause.request.request_id !== requestId)
      return false;
    this.#set(job, { status: "in_progress", pause: { ...pause, resumed: true } });
    this.later(job, timeoutSeconds * 1000, () => this.#end(job, "timed_out"));
    return true;
  }

  /** Stop (`POST /workflows/stop`): → cancelled, the run aborted, a `{"type": "cancelled"}` row, streams closed. */
  cancel(job: JobRecord): void {
    this.#end(job, "cancelled");
  }

  /** The run itself broke (not a flow error: those finish as `failed`): → failed, streams closed. */
  fail(job: JobRecord, error: { message: string; type: string }): void {
    if (jobHasEnded(job)) return;
    this.#set(job, { error });
    this.#end(job, "failed");
  }

  /** Frames of a running job: durable ones are logged (next seq) and fanned out, the others only fanned out. */
  publish(job: JobRecord, frames: JobFrameData[]): void {
    if (job.status !== "in_progress") return;
    for (const frame of frames) this.#emit(job, frame);
  }

  dispose(): void {
    for (const job of this.jobs.values()) {
      for (const timer of job.timers) this.clock.clearTimeout(timer);
      if (!jobHasEnded(job)) job.abort.abort(new Error("mock reset"));
      job.listeners.clear();
    }
    this.jobs.clear();
    this.byIdempotencyKey.clear();
  }

  /** Ends a job from outside its run (stop, timeout, crash). */
  #end(job: JobRecord, status: "cancelled" | "timed_out" | "failed"): void {
    this.#set(job, { status });
    if (status !== "failed") job.abort.abort(new Error(status));
    // The durable runner (background jobs only: a sync job has no event log) appends `run_cancelled` /
    // `run_timed_out` rows, replayed as {"type": "..."}.
    if (status !== "failed" && job.kind === "background") {
      this.#emit(job, { data: `{"type": "${status}"}`, durable: true });
    }
    this.#release(job);
  }

  /** Logs a durable frame (next seq) and fans it out; an ephemeral frame (a token) carries the last durable seq. */
  #emit(job: JobRecord, { data, durable }: JobFrameData): void {
    if (durable) job.log.push({ id: job.log.length + 1, data });
    const frame = { id: job.log.length, data };
    for (const listener of job.listeners) listener(frame);
  }

  /** Clears the job's timers and ends its live streams; the job now counts against the retention limits. */
  #release(job: JobRecord): void {
    for (const timer of job.timers) this.clock.clearTimeout(timer);
    job.timers.length = 0;
    for (const listener of job.listeners) listener(null);
    job.listeners.clear();
    this.#ended.finished(job.id);
  }

  #drop(id: string): void {
    const job = this.jobs.get(id);
    this.jobs.delete(id);
    const key = job?.idempotencyKey && `${job.userId}:${job.idempotencyKey}`;
    if (key && this.byIdempotencyKey.get(key) === id) this.byIdempotencyKey.delete(key);
  }

  #set(job: JobRecord, patch: Partial<Writable>): void {
    Object.assign(job, patch);
  }
}
