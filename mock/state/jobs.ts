// v2 workflow jobs (background runs, and the completed rows sync runs leave behind), with their durable event log.
import type { Clock } from "./clock";
import type { Disposable } from "./index";

export type JobStatus = "queued" | "in_progress" | "completed" | "failed" | "cancelled" | "timed_out";
export const TERMINAL: ReadonlySet<JobStatus> = new Set(["completed", "failed", "cancelled", "timed_out"]);

/** One SSE frame of a job's stream: `data` is the JSON text, `id` the durable sequence it carries. */
export interface JobFrame {
  id: number;
  data: string;
}

export type JobListener = (frame: JobFrame | null) => void;

export interface JobRecord {
  id: string;
  flowId: string;
  userId: string;
  sessionId: string;
  kind: "background" | "sync";
  status: JobStatus;
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
  /** The WorkflowExecutionResponse once completed. */
  response: Record<string, unknown> | null;
  error: { message: string; type: string } | null;
  abort: AbortController;
  timers: unknown[];
}

export class JobStore implements Disposable {
  readonly jobs = new Map<string, JobRecord>();
  readonly byIdempotencyKey = new Map<string, string>();

  constructor(private readonly clock: Clock) {}

  add(job: JobRecord): JobRecord {
    this.jobs.set(job.id, job);
    if (job.idempotencyKey) this.byIdempotencyKey.set(`${job.userId}:${job.idempotencyKey}`, job.id);
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

  /** Appends a durable frame (next seq) and fans it out. */
  appendDurable(job: JobRecord, data: string): void {
    const frame = { id: job.log.length + 1, data };
    job.log.push(frame);
    for (const listener of job.listeners) listener(frame);
  }

  /** Fans out an ephemeral frame (token / TEXT_MESSAGE_CONTENT), stamped with the last durable seq. */
  broadcast(job: JobRecord, data: string): void {
    const frame = { id: job.log.length, data };
    for (const listener of job.listeners) listener(frame);
  }

  /** Ends every live subscriber stream. */
  closeStreams(job: JobRecord): void {
    for (const listener of job.listeners) listener(null);
    job.listeners.clear();
  }

  dispose(): void {
    for (const job of this.jobs.values()) {
      for (const timer of job.timers) this.clock.clearTimeout(timer);
      if (!TERMINAL.has(job.status)) job.abort.abort(new Error("mock reset"));
      job.listeners.clear();
    }
    this.jobs.clear();
    this.byIdempotencyKey.clear();
  }
}
