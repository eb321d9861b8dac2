// Running v2 jobs: sync runs (with the execution timeout) and background jobs that move
// queued → in_progress → completed | failed | cancelled | timed_out by themselves on the mock's clock.
import type { MockContext } from "../../context";
import { pythonJson } from "../../engine/events";
import { createProtocol, type Frame, runEnd } from "../../engine/protocols";
import { GraphError, type RunOutcome, type RunRequest, runFlow } from "../../engine/run";
import type { FlowRecord } from "../../state/flows";
import type { JobRecord, JobStatus } from "../../state/jobs";
import { executionBody, legacyExecutionBody } from "./bodies";

export type JobRunRequest = Omit<RunRequest, "signal" | "emit" | "runId" | "source">;

export function newJob(
  ctx: MockContext,
  init: Pick<
    JobRecord,
    "kind" | "protocol" | "idempotencyKey" | "inputs" | "globals" | "sessionId" | "userId"
  > & {
    flow: FlowRecord;
  },
): JobRecord {
  const { flow, ...rest } = init;
  return ctx.state.jobs.add({
    ...rest,
    id: crypto.randomUUID(),
    flowId: flow.id,
    status: "queued",
    created: ctx.options.clock.now(),
    log: [],
    listeners: new Set(),
    response: null,
    error: null,
    abort: new AbortController(),
    timers: [],
  });
}

/** A run that failed before any vertex (unusable flow data) as an outcome. */
function graphFailure(req: JobRunRequest, error: GraphError, now: number): RunOutcome {
  return {
    runId: "",
    sessionId: req.sessionId || req.flow.id,
    flow: req.flow,
    graph: { vertices: new Map(), edges: [], order: [], firstLayer: [] },
    vertices: [],
    ran: [],
    terminals: [],
    status: "error",
    error: { message: error.message, type: "ValueError", vertexId: null },
    started: now,
    ended: now,
  };
}

/** Runs a sync job; resolves with the outcome, or "timeout" when the execution timeout fired first. */
export async function runSyncJob(
  ctx: MockContext,
  job: JobRecord,
  req: JobRunRequest,
): Promise<RunOutcome | "timeout"> {
  const { clock, executionTimeoutSeconds } = ctx.options;
  job.status = "in_progress";
  let timedOut = false;
  const timer = clock.setTimeout(() => {
    timedOut = true;
    job.abort.abort(new Error("execution timeout"));
  }, executionTimeoutSeconds * 1000);
  job.timers.push(timer);
  try {
    const outcome = await runFlow(ctx, {
      ...req,
      runId: job.id,
      signal: job.abort.signal,
      source: "workflow",
    });
    if (timedOut) {
      job.status = "timed_out";
      return "timeout";
    }
    finishJob(ctx, job, outcome);
    return outcome;
  } finally {
    clock.clearTimeout(timer);
  }
}

function finishJob(ctx: MockContext, job: JobRecord, outcome: RunOutcome): void {
  if (job.status === "cancelled") return;
  job.status = outcome.status === "success" ? "completed" : "failed";
  job.error = outcome.error ? { message: outcome.error.message, type: outcome.error.type } : null;
  job.response =
    ctx.options.profile === "1.10"
      ? legacyExecutionBody(job, outcome)
      : (executionBody(job, outcome) as Record<string, unknown>);
}

/** Queues a background job; its timers live on the mock's clock. */
export function scheduleBackgroundJob(ctx: MockContext, job: JobRecord, req: JobRunRequest): void {
  const { clock, queueDelayMs, backgroundJobTimeoutSeconds } = ctx.options;
  const store = ctx.state.jobs;
  const protocol = createProtocol(job.protocol, job.sessionId, job.id);
  const publish = (frames: Frame[]) => {
    for (const f of frames) {
      if (f.durable) store.appendDurable(job, f.data);
      else store.broadcast(job, f.data);
    }
  };
  job.timers.push(
    clock.setTimeout(() => {
      if (job.status !== "queued") return;
      job.status = "in_progress";
      publish(protocol.start());
      let timedOut = false;
      const timeout = clock.setTimeout(() => {
        timedOut = true;
        job.abort.abort(new Error("background job timeout"));
      }, backgroundJobTimeoutSeconds * 1000);
      job.timers.push(timeout);
      const run = runFlow(ctx, {
        ...req,
        runId: job.id,
        signal: job.abort.signal,
        source: "workflow",
        emit: (e) => {
          if (job.status === "in_progress") publish(protocol.onEvent(e));
        },
      }).catch((error) => {
        if (error instanceof GraphError) return graphFailure(req, error, clock.now());
        throw error;
      });
      void run
        .then((outcome) => {
          clock.clearTimeout(timeout);
          if (job.status === "cancelled") return;
          if (timedOut) return endJob(ctx, job, "timed_out");
          finishJob(ctx, job, outcome);
          publish(protocol.finish(runEnd(outcome)));
          store.closeStreams(job);
        })
        .catch((error) => {
          job.error = { message: error instanceof Error ? error.message : String(error), type: "Exception" };
          endJob(ctx, job, "failed");
        });
    }, queueDelayMs),
  );
}

/** Ends a job with a terminal status set from outside the run (stop, timeout): a terminal row, streams closed. */
export function endJob(
  ctx: MockContext,
  job: JobRecord,
  status: Extract<JobStatus, "cancelled" | "timed_out" | "failed">,
): void {
  job.status = status;
  for (const timer of job.timers) ctx.options.clock.clearTimeout(timer);
  if (status !== "failed") {
    job.abort.abort(new Error(status));
    // The durable runner appends `run_cancelled` / `run_timed_out` rows replayed as {"type": "..."}.
    ctx.state.jobs.appendDurable(job, pythonJson({ type: status }));
  }
  ctx.state.jobs.closeStreams(job);
}
