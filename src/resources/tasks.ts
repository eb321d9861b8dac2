// The pre-1.0 asynchronous API, which Langflow's docs described before 1.0: `POST /api/v1/process/{flow}` and
// `GET /api/v1/task/{id}`. Langflow 1.x answers both with 400 "... deprecated ... Please use /run instead"; that
// becomes a DeprecatedEndpointError naming the replacement instead of a bare BadRequestError.
import { APIPromise } from "../core/api-promise";
import { BadRequestError, DeprecatedEndpointError, JobFailedError } from "../core/errors";
import { checkParams, toWire, type WireNames } from "../core/params";
import { path, segment } from "../core/path";
import { type PollOptions, poll, WAIT_OPTIONS } from "../core/poll";
import { checkRequestOptions, type RequestOptions, withSignal } from "../core/request-options";
import { APIResource } from "../core/resource";

export interface ProcessParams {
  inputs?: Record<string, unknown>;
  tweaks?: Record<string, unknown>;
  /** `false` starts a background task; poll it with `lf.tasks.get(task.id)`. Default true. */
  sync?: boolean;
  sessionId?: string;
}

export interface ProcessResponse {
  result: unknown;
  task: { id: string; href: string } | null;
  session_id: string | null;
  backend: string | null;
}

export interface LegacyTask {
  status: "PENDING" | "SUCCESS" | "FAILURE" | string;
  result: unknown;
}

/** How long and how often `tasks.wait` polls: its own deadline and signal (each request takes RequestOptions). */
export interface TaskWaitParams extends Omit<PollOptions<LegacyTask>, "key" | "random"> {}

const PROCESS: WireNames<ProcessParams> = {
  inputs: "inputs",
  tweaks: "tweaks",
  sync: "sync",
  sessionId: "session_id",
};

function translate<T>(endpoint: string, p: APIPromise<T>): APIPromise<T> {
  return new APIPromise(
    p.withResponse().catch((e: unknown) => {
      if (e instanceof BadRequestError && /deprecated/i.test(String(e.detail)))
        throw new DeprecatedEndpointError(endpoint, String(e.detail));
      throw e;
    }),
  );
}

/** @deprecated The legacy task API; Langflow 1.x removed it. Use `lf.workflows.submit()` for background runs. */
export class Tasks extends APIResource {
  /** @deprecated The legacy `/process` API; Langflow 1.x removed it. Use `lf.run()`. */
  process(flow: string, params: ProcessParams = {}, options?: RequestOptions): APIPromise<ProcessResponse> {
    // The old server read every field, null when absent.
    const body = { inputs: null, tweaks: null, sync: true, session_id: null, ...toWire(params, PROCESS) };
    return translate(
      "POST /api/v1/process",
      this.transport.json<ProcessResponse>(
        { method: "POST", path: path`/api/v1/process/${flow}`, body, schema: "processResponse" },
        options,
      ),
    );
  }

  /** @deprecated See {@link Tasks}. */
  get(id: string, options?: RequestOptions): APIPromise<LegacyTask> {
    return translate(
      "GET /api/v1/task",
      this.transport.json<LegacyTask>(
        { method: "GET", path: path`/api/v1/task/${id}`, schema: "legacyTask" },
        options,
      ),
    );
  }

  /**
   * @deprecated See {@link Tasks}. Polls the task until it leaves PENDING (backoff with jitter; `params.timeout` and
   * `params.signal` are the wait's own): resolves with its `result` on SUCCESS, rejects with JobFailedError on FAILURE.
   */
  wait(id: string, params: TaskWaitParams = {}, options?: RequestOptions): Promise<unknown> {
    segment(id, "/api/v1/task/{id}");
    checkParams(params, WAIT_OPTIONS);
    checkRequestOptions(options);
    return poll<LegacyTask, unknown>(async (signal) => {
      const task = await this.get(id, withSignal(options, signal));
      if (task.status === "SUCCESS") return { done: true, snapshot: task, value: task.result };
      if (task.status === "FAILURE") {
        const output = (task.result as { output?: unknown } | null)?.output;
        const error = new JobFailedError(`Task ${id} failed${output ? `: ${String(output)}` : "."}`, {
          jobId: id,
          errors: [task.result],
        });
        return { done: true, snapshot: task, error };
      }
      return { done: false, snapshot: task };
    }, params);
  }
}
