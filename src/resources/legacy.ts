// The pre-1.0 asynchronous API (seed documents 000/001): `POST /api/v1/process/{flow}` and `GET /api/v1/task/{id}`.
// Langflow 1.x answers both with 400 "... deprecated ... Please use /run instead"; that becomes a
// DeprecatedEndpointError naming the replacement instead of a bare BadRequestError.
import { APIPromise } from "../core/api-promise";
import { BadRequestError, JobFailedError, LangflowError } from "../core/errors";
import type { CallOptions, Transport } from "../core/transport";
import { type PollOptions, pollUntilDone } from "../workflows/poll";

export class DeprecatedEndpointError extends LangflowError {
  override get name(): string {
    return "DeprecatedEndpointError";
  }
  constructor(
    readonly endpoint: string,
    readonly detail: string,
  ) {
    super(
      `${endpoint} is no longer served by this Langflow server (it answered: "${detail}"). Use lf.run() instead.`,
    );
  }
}

export interface ProcessOptions extends CallOptions {
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

function translate<T>(endpoint: string, p: APIPromise<T>): APIPromise<T> {
  return new APIPromise(
    p.withResponse().catch((e: unknown) => {
      if (e instanceof BadRequestError && /deprecated/i.test(String(e.detail)))
        throw new DeprecatedEndpointError(endpoint, String(e.detail));
      throw e;
    }),
  );
}

/** @deprecated The legacy `/process` API; Langflow 1.x removed it. Use `lf.run()`. */
export function process(t: Transport, flow: string, opts: ProcessOptions = {}): APIPromise<ProcessResponse> {
  if (!flow) throw new TypeError("process: pass a flow id (got an empty string).");
  const { inputs, tweaks, sync, sessionId, ...call } = opts;
  const body = {
    inputs: inputs ?? null,
    tweaks: tweaks ?? null,
    sync: sync ?? true,
    session_id: sessionId ?? null,
  };
  const path = `/api/v1/process/${encodeURIComponent(flow)}`;
  return translate(
    "POST /api/v1/process",
    t.json<ProcessResponse>({ method: "POST", path, body, schema: "processResponse" }, call),
  );
}

/** @deprecated The legacy task API; Langflow 1.x removed it. Use `lf.workflows.submit()` for background runs. */
export class Tasks {
  readonly #t: Transport;
  constructor(transport: Transport) {
    this.#t = transport;
  }

  /** @deprecated See {@link Tasks}. */
  get(id: string, opts?: CallOptions): APIPromise<LegacyTask> {
    if (!id) throw new TypeError("tasks.get: pass a task id (got an empty string).");
    const path = `/api/v1/task/${encodeURIComponent(id)}`;
    return translate(
      "GET /api/v1/task",
      this.#t.json<LegacyTask>({ method: "GET", path, schema: "legacyTask" }, opts),
    );
  }

  /**
   * @deprecated See {@link Tasks}. Polls the task until it leaves PENDING (`pollUntilDone`: backoff with jitter,
   * `timeout`, `signal`, `onStatus`): resolves with its `result` on SUCCESS, rejects with JobFailedError on FAILURE.
   */
  wait(id: string, opts: Omit<PollOptions<LegacyTask>, "key"> = {}): Promise<unknown> {
    return pollUntilDone<LegacyTask, unknown>(async (signal) => {
      const task = await this.get(id, { signal });
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
    }, opts);
  }
}
