// A background job: status, wait (poll-until-done), stop, and its event stream (re-attach / resume).
import type { APIPromise } from "../core/api-promise";
import {
  APIError,
  ConflictError,
  JobCancelledError,
  JobFailedError,
  JobSuspendedError,
  JobTimeoutError,
  LangflowConfigError,
  LangflowError,
} from "../core/errors";
import { checkHeader } from "../core/headers";
import { onDemand } from "../core/on-demand";
import { checkParams, type WireNames } from "../core/params";
import { path } from "../core/path";
import { type PollOptions, poll } from "../core/poll";
import { checkRequestOptions, type RequestOptions, withSignal } from "../core/request-options";
import { APIResource } from "../core/resource";
import type { Transport } from "../core/transport";
import type { WorkflowEvent } from "../streaming/events";
import type { LangflowStream } from "../streaming/langflow-stream";
import { workflowEventStream } from "../streaming/readers";
import type { GenerationProbe } from "./generation";
import type { HumanInputKit } from "./human-input";
import type { AnswerKit, JobSnapshot } from "./job-status";
import type { OnHumanInput, ResumeParams, WorkflowResult } from "./types";

/** The human-input code, loaded at the first pause, resume or pending list, with what it needs from here. */
export const humanInputModule = () => import("./human-input");
export const HUMAN_INPUT_KIT: HumanInputKit = { ConflictError, JobSuspendedError, LangflowConfigError, path };

/**
 * How the answers read (job-status.ts, with result.ts), loaded with the first call that reads one: started when the
 * call is made, so it loads while the request is in flight.
 */
export const answersModule = () => onDemand(import("./job-status"), "Workflow API answer reader");

export const ANSWER_KIT: AnswerKit = { APIError, JobCancelledError, JobFailedError, LangflowError };

export interface JobLinks {
  status: string;
  events: string;
  stop: string;
}

/**
 * How `job.wait()` waits: the poll's pace (`interval`, `maxInterval`), the wait's own deadline (`timeout`: a
 * JobTimeoutError, the job goes on) and abort (`signal`), and `onStatus`. The second argument of `wait`,
 * RequestOptions, applies to each status request it sends (its `timeout` bounds one request).
 */
export interface WaitParams extends Omit<PollOptions<JobSnapshot>, "key" | "random"> {
  /**
   * Decides each human-input pause (Langflow 1.11+): wait resumes the job with the answer and goes on waiting. Without
   * it a pause rejects the wait with JobSuspendedError.
   */
  onHumanInput?: OnHumanInput;
}

// Written out, not spread from core/poll's WAIT_OPTIONS: a bundler keeps a spread table even where it is not used.
const WAIT: WireNames<WaitParams> = {
  interval: null,
  maxInterval: null,
  timeout: null,
  signal: null,
  onStatus: null,
  onHumanInput: null,
};

export interface JobEventsParams {
  /** Resume after this event id (no duplicates); default: from the start. */
  lastEventId?: string;
}

const EVENTS: WireNames<JobEventsParams> = { lastEventId: null };

const RESUME: WireNames<ResumeParams> = { requestId: null, decision: null };

/** How many polls in a row may find a completed job's result not written yet (1.9/1.10) before wait() rejects. */
const MAX_UNSETTLED_POLLS = 10;

/** A background run of the v2 Workflow API: from `wf.submit()`, or `wf.job(id)` for an existing job. */
export class WorkflowJob extends APIResource {
  readonly id: string;
  readonly flowId: string | undefined;
  readonly links: JobLinks;
  readonly #probe: GenerationProbe;
  /** @internal Jobs come from `wf.submit()` and `wf.job(id)`. */
  constructor(
    transport: Transport,
    probe: GenerationProbe,
    id: string,
    flowId?: string,
    links?: Partial<JobLinks>,
  ) {
    super(transport);
    this.#probe = probe;
    this.id = id;
    this.flowId = flowId;
    this.links = {
      status: links?.status ?? `/api/v2/workflows?job_id=${encodeURIComponent(id)}`,
      events: links?.events ?? path`/api/v2/workflows/${id}/events`,
      stop: links?.stop ?? "/api/v2/workflows/stop",
    };
  }

  /**
   * Where the job is now (one request; two when it is `suspended`: its request comes from the flow's pending list,
   * as `humanInput`). A failed or server-timed-out job is a snapshot, not an exception.
   */
  status(options?: RequestOptions): Promise<JobSnapshot> {
    const answers = answersModule();
    return this.transport
      .json<Record<string, unknown>>(
        { method: "GET", path: "/api/v2/workflows", query: { job_id: this.id }, schema: "workflowStatus" },
        options,
      )
      .then(
        async (body) => {
          const snapshot = (await answers).snapshotFromBody(this.id, body ?? {});
          if (snapshot.status !== "suspended") return snapshot;
          const flowId = (body?.flow_id as string | undefined) ?? this.flowId;
          return humanInputModule().then((m) => m.withRequest(this.transport, snapshot, flowId, options));
        },
        async (error: unknown) => {
          const snapshot = await answers.then(
            (m) => m.snapshotFromError(ANSWER_KIT, this.id, error),
            () => undefined,
          );
          if (snapshot) return snapshot;
          throw error;
        },
      );
  }

  /**
   * Answers the job's pending human-input request (Langflow 1.11+); the job then goes on (`job.wait()` for its
   * result). A decision the request does not allow is refused before sending; a second answer is a ConflictError
   * (409 `NOT_RESUMABLE`).
   */
  resume(params: ResumeParams, options?: RequestOptions): Promise<{ jobId: string; status: string }> {
    checkParams(params, RESUME);
    checkRequestOptions(options);
    return humanInputModule().then((m) =>
      m.resumeChecked(HUMAN_INPUT_KIT, this, this.transport, params, options),
    );
  }

  /**
   * Polls until the job ends: resolves with its result, or rejects with JobFailedError, JobCancelledError,
   * JobTimeoutError (this wait's own `timeout`; the job goes on) or APIUserAbortError.
   */
  wait(params: WaitParams = {}, options?: RequestOptions): Promise<WorkflowResult> {
    checkParams(params, WAIT);
    checkRequestOptions(options);
    const { onHumanInput, ...pollOptions } = params;
    const state = { failedOnce: false };
    let unsettled = 0;
    const answered = new Set<string>();
    return poll<JobSnapshot, WorkflowResult>(async (signal) => {
      let snapshot: JobSnapshot;
      try {
        snapshot = await this.status(withSignal(options, signal));
      } catch (error) {
        // A completed job's result not written yet (1.9/1.10, job-status.ts): asked again, the server answers the
        // result; a lasting one is believed.
        const unwritten = await answersModule().then(
          (m) => m.isResultNotWrittenYet(ANSWER_KIT, error),
          () => false,
        );
        if (unwritten && ++unsettled <= MAX_UNSETTLED_POLLS) return { done: false };
        throw error;
      }
      if (snapshot.status === "suspended") {
        const { onPause } = await humanInputModule();
        return onPause(
          HUMAN_INPUT_KIT,
          this.transport,
          snapshot,
          answered,
          onHumanInput,
          withSignal(options, signal),
        );
      }
      // Loaded by this.status() already.
      const { waitStep } = await answersModule();
      return waitStep(ANSWER_KIT, this.id, snapshot, state, () => this.status(withSignal(options, signal)));
    }, pollOptions).catch((error: unknown) => {
      throw error instanceof JobTimeoutError ? new JobTimeoutError(error.timeout, this.id) : error;
    });
  }

  /** Asks the server to stop the job. Stopping a finished job changes nothing (the message says so). */
  stop(options?: RequestOptions): APIPromise<{ jobId: string; message: string }> {
    return this.transport
      .json<{ job_id?: string; message?: string }>(
        {
          method: "POST",
          path: "/api/v2/workflows/stop",
          body: { job_id: this.id },
          schema: "workflowStopped",
        },
        options,
      )
      .map((body) => ({ jobId: body?.job_id ?? this.id, message: body?.message ?? "" }));
  }

  /**
   * The job's events from the start, or after `lastEventId` (no duplicates): re-attach from another process,
   * or resume after a dropped connection with `stream.lastEventId`. Needs Langflow 1.11+.
   */
  events(
    params: JobEventsParams = {},
    options?: RequestOptions,
  ): LangflowStream<WorkflowEvent, Record<string, unknown>> {
    checkParams(params, EVENTS);
    if (params.lastEventId !== undefined) checkHeader("lastEventId", "last-event-id", params.lastEventId);
    const spec = async () => {
      const { generation, version } = await this.#probe.get();
      if (generation === "1.10") {
        throw new LangflowError(
          `Re-attaching to a job's events needs Langflow 1.11 or newer; this server is ${version}.`,
        );
      }
      const { lastEventId } = params;
      return {
        method: "GET",
        path: path`/api/v2/workflows/${this.id}/events`,
        headers: lastEventId !== undefined ? { "last-event-id": lastEventId } : undefined,
        accept: "text/event-stream",
      };
    };
    return workflowEventStream(this.transport.streamRequest(spec, options));
  }
}
