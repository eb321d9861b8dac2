// Running a v2 job's flow: in the request (sync) or on the mock clock (background). The engine runs the flow; the
// job store (mock/state/jobs.ts) moves the job through its statuses and owns its timers; this file connects the
// two and decides what a finished job answers.

import { messageTimestamp } from "../../clock";
import type { MockContext } from "../../context";
import { createProtocol, type RunEnd, runEnd } from "../../engine/protocols";
import type { HumanDecision, HumanInputRun, PauseCheckpoint } from "../../engine/types";
import { tweaksRefused } from "../../http/errors";
import { isLegacyProfile } from "../../options";
import {
  GraphError,
  type MockRunRequest,
  type RunOutcome,
  runFlow,
  TweaksRefusedError,
} from "../../run-flow";
import type { JobPause, JobRecord, JobResult } from "../../state/jobs";
import { as111, executionBody, legacyExecutionBody } from "./bodies";
import { storeCard } from "./card";
import { executionTimeout, invalidFlowData } from "./errors";

/** What to run: the engine request without what the job supplies (run id, abort signal, event sink). */
export type JobRunInput = Omit<MockRunRequest, "signal" | "emit" | "runId" | "source" | "humanInput">;

/**
 * Runs a sync job to its end and returns the run's outcome; throws the v2 errors for unusable flow data (400
 * INVALID_FLOW_DATA) and for a run over the execution timeout (408 EXECUTION_TIMEOUT).
 */
export async function runSync(ctx: MockContext, job: JobRecord, input: JobRunInput): Promise<RunOutcome> {
  const { jobs } = ctx.state;
  const seconds = ctx.options.executionTimeoutSeconds;
  jobs.start(job, seconds);
  let outcome: RunOutcome;
  try {
    outcome = await runFlow(ctx, { ...input, runId: job.id, signal: job.abort.signal, source: "workflow" });
  } catch (error) {
    jobs.fail(job, errorOf(error));
    if (error instanceof GraphError) throw invalidFlowData(error.message, job.flowId);
    if (error instanceof TweaksRefusedError) throw tweaksRefused(error.fields, error.reason);
    throw error;
  }
  if (jobs.finish(job, resultOf(ctx, job, outcome)) === "timed_out") {
    throw executionTimeout(job.id, job.flowId, seconds);
  }
  return outcome;
}

/**
 * Queues a background job: after the queue delay it starts (unless stopped meanwhile), publishes the run's frames
 * in the job's stream protocol, and finishes, fails, times out or pauses (a Human Input) by itself.
 */
export function runInBackground(ctx: MockContext, job: JobRecord, input: JobRunInput): void {
  const { jobs } = ctx.state;
  const { queueDelayMs, backgroundJobTimeoutSeconds } = ctx.options;
  jobs.later(job, queueDelayMs, () => {
    if (!jobs.start(job, backgroundJobTimeoutSeconds)) return;
    // Human Input arrived in 1.11: the 1.9/1.10 profiles never pause.
    continueJob(ctx, job, input, { pausable: !isLegacyProfile(ctx.options.profile) });
  });
}

/** What a paused job keeps for its resume (JobPause.resumeState). */
interface ResumeState {
  input: JobRunInput;
  checkpoint: PauseCheckpoint;
}

/**
 * Resumes a suspended job with a decision (POST /workflows/{id}/resume): false when it is not resumable (not
 * suspended, answered already, a stale request id). The run goes on from the paused vertex, on the mock clock.
 */
export function resumeInBackground(
  ctx: MockContext,
  job: JobRecord,
  requestId: string,
  decision: HumanDecision,
): boolean {
  const { jobs } = ctx.state;
  const state = job.pause?.resumeState as ResumeState | undefined;
  if (!state || !jobs.resume(job, requestId, ctx.options.backgroundJobTimeoutSeconds)) return false;
  // lfx reroute_decision_on_timeout: an answer after the window takes the fallback branch (or no branch).
  const chosen = rerouteLate(ctx, job.pause?.request ?? {}, decision);
  jobs.later(job, ctx.options.queueDelayMs, () =>
    continueJob(ctx, job, state.input, {
      pausable: true,
      decisions: { [requestId]: chosen },
      resume: state.checkpoint,
    }),
  );
  return true;
}

function rerouteLate(
  ctx: MockContext,
  request: Record<string, unknown>,
  decision: HumanDecision,
): HumanDecision {
  const seconds = typeof request.timeout_seconds === "number" ? Math.max(0, request.timeout_seconds) : 0;
  const pausedAt = typeof request.paused_at === "string" ? Date.parse(request.paused_at) : Number.NaN;
  if (!seconds || Number.isNaN(pausedAt)) return decision;
  if ((ctx.options.clock.now() - pausedAt) / 1000 <= seconds) return decision;
  const fallback = typeof request.fallback_action === "string" ? request.fallback_action : "__expired__";
  return { ...decision, action_id: fallback };
}

/** Runs (or resumes) a started background job's flow and tells the store how it ended. */
function continueJob(ctx: MockContext, job: JobRecord, input: JobRunInput, hitl: HumanInputRun): void {
  const { jobs } = ctx.state;
  const { clock } = ctx.options;
  const protocol = createProtocol(job.protocol, job.sessionId, job.id);
  jobs.publish(job, protocol.start());
  runFlow(ctx, {
    ...input,
    chatFirst: true, // the build path (generate_flow_events), not run_graph_internal
    runId: job.id,
    signal: job.abort.signal,
    source: "workflow",
    emit: (event) => jobs.publish(job, protocol.onEvent(event)),
    humanInput: hitl,
  })
    .then((outcome) => {
      const pause = outcome.status === "success" ? outcome.pause : undefined;
      if (!pause) return jobs.finish(job, resultOf(ctx, job, outcome), protocol.finish(runEnd(outcome)));
      const request = pause.request as JobPause["request"];
      const resumeState: ResumeState = { input, checkpoint: pause.checkpoint };
      const cardMessageId = storeCard(ctx, job, request);
      jobs.suspend(job, { request, cardMessageId, resumeState }, protocol.pause(request));
    })
    .catch((error) => {
      // Unusable flow data or refused tweaks fail the job before anything ran: one error Message.
      if (!(error instanceof GraphError || error instanceof TweaksRefusedError)) throw error;
      const outcome = graphFailure(input, error, clock.now());
      jobs.finish(job, resultOf(ctx, job, outcome), protocol.finish(refusedEnd(error, input, clock.now())));
    })
    .catch((error) => jobs.fail(job, errorOf(error)));
}

/** How a returned run ends its job, with the answer a status request gets, in the profile's shape. */
function resultOf(ctx: MockContext, job: JobRecord, outcome: RunOutcome): JobResult {
  return {
    status: outcome.status === "success" ? "completed" : "failed",
    error: outcome.error ? { message: outcome.error.message, type: outcome.error.type } : null,
    response: statusAnswer(ctx, job, outcome),
  };
}

/**
 * What the status of the finished job answers: every line rebuilds it from the job's vertex builds, so no inputs are
 * echoed (`inputs: {}`; 1.13.0 `workflow_reconstruction.py`), and 1.11 also lists a resumed job's untaken branches.
 */
function statusAnswer(ctx: MockContext, job: JobRecord, outcome: RunOutcome): Record<string, unknown> {
  const { profile } = ctx.options;
  if (isLegacyProfile(profile)) return legacyExecutionBody(job, outcome, profile, {});
  if (profile === "1.11") return as111(executionBody(job, outcome, null, true), false);
  return { ...executionBody(job, outcome), inputs: {} };
}

/** How a stream ends when nothing ran (the flow could not be built, its tweaks were refused). */
export function refusedEnd(error: Error, input: JobRunInput, now: number): RunEnd {
  return { kind: "refused", message: error.message, flowId: input.flow.id, timestamp: messageTimestamp(now) };
}

function errorOf(error: unknown): { message: string; type: string } {
  if (error instanceof GraphError) return { message: error.message, type: "ValueError" };
  return { message: error instanceof Error ? error.message : String(error), type: "Exception" };
}

/** A run that failed before any vertex (unusable flow data) as an outcome. */
function graphFailure(input: JobRunInput, error: Error, now: number): RunOutcome {
  return {
    runId: "",
    sessionId: input.sessionId || input.flow.id,
    flow: input.flow,
    graph: { vertices: new Map(), edges: [], nodeOrder: [] },
    vertices: [],
    ran: [],
    terminals: [],
    status: "error",
    error: { message: error.message, type: "ValueError", vertexId: null },
    warnings: [],
    started: now,
    ended: now,
  };
}
