// The v2 Workflow API: run (sync), stream, submit (background) and jobs, for both server generations.
import { APIPromise } from "../core/api-promise";
import { JobFailedError, LangflowError, NotFoundError } from "../core/errors";
import { type ClientOptions, resolveOptions } from "../core/options";
import { streamCallOptions } from "../core/signals";
import { type CallOptions, Transport } from "../core/transport";
import type { WorkflowEvent } from "../streaming/events";
import type { LangflowStream } from "../streaming/langflow-stream";
import { workflowEventStream } from "../streaming/readers";
import { GenerationProbe } from "./generation";
import { WorkflowJob } from "./job";
import { type StreamProtocol, workflowRequestBody } from "./request-body";
import { toWorkflowResult } from "./result";
import type { ServerGeneration, WorkflowExecutionResponse, WorkflowInputs, WorkflowResult } from "./types";

export interface WorkflowsClientOptions extends ClientOptions {
  /** Skip detection: `"current"` (Langflow 1.11+) or `"1.10"`. Default: asked from the server once. */
  apiVersion?: ServerGeneration;
}

export interface RunOptions extends WorkflowInputs, CallOptions {
  /** Throw JobFailedError when the server reports the run as failed (HTTP 200, status "failed"). Default true. */
  throwOnFailure?: boolean;
}

export interface StreamOptions extends WorkflowInputs, CallOptions {
  /** `langflow` (Langflow's events, default) or `agui` (AG-UI events). */
  protocol?: StreamProtocol;
}

export interface SubmitOptions extends WorkflowInputs, CallOptions {
  /** The protocol of the job's event stream (`job.events()`). */
  protocol?: StreamProtocol;
}

const CALL_KEYS = [
  "signal",
  "timeout",
  "idleTimeout",
  "headers",
  "maxRetries",
  "retryNonIdempotent",
] as const;

function callOptions(options: CallOptions): CallOptions {
  const out: Record<string, unknown> = {};
  for (const key of CALL_KEYS) if (options[key] !== undefined) out[key] = options[key];
  return out as CallOptions;
}

/**
 * The v2 Workflow API (`/api/v2/workflows`): sync runs, streams and background jobs, with the same calls on
 * Langflow 1.11+ and 1.10 servers. Use `lf.workflows`, or build one with the client options.
 */
export class WorkflowsClient {
  readonly #transport: Transport;
  readonly #probe: GenerationProbe;
  readonly #chatInputs = new Map<string, Promise<string | undefined | null>>();

  constructor(options: WorkflowsClientOptions | Transport = {}) {
    if (options instanceof Transport) {
      this.#transport = options;
      this.#probe = new GenerationProbe(options, undefined);
    } else {
      const { apiVersion, ...rest } = options;
      if (apiVersion !== undefined && apiVersion !== "current" && apiVersion !== "1.10") {
        throw new LangflowError(`Invalid option "apiVersion": expected "current" or "1.10".`);
      }
      this.#transport = new Transport(resolveOptions(rest));
      this.#probe = new GenerationProbe(this.#transport, apiVersion);
    }
  }

  /** Runs a flow and waits for its result (sync mode). */
  run(flowId: string, options: RunOptions = {}): APIPromise<WorkflowResult> {
    const inner = (async () => {
      const body = await this.#body(flowId, options, "sync");
      const { data, response } = await this.#post(body, options).withResponse();
      const result = toWorkflowResult(data as WorkflowExecutionResponse);
      if (result.status === "failed" && options.throwOnFailure !== false) {
        const reason = result.errors[0]?.error;
        throw new JobFailedError(`The run of flow ${flowId} failed${reason ? `: ${reason}` : "."}`, {
          jobId: result.jobId,
          errors: result.errors,
        });
      }
      return { data: result, response };
    })();
    return new APIPromise(inner);
  }

  /** Runs a flow and streams its events as they happen (Langflow 1.11+). */
  stream(
    flowId: string,
    options: StreamOptions = {},
  ): LangflowStream<WorkflowEvent, Record<string, unknown>> {
    return workflowEventStream(async (signal) => {
      const body = await this.#body(flowId, options, "stream", options.protocol);
      return this.#transport.request(
        { method: "POST", path: "/api/v2/workflows", body, accept: "text/event-stream" },
        streamCallOptions(callOptions(options), signal),
      );
    });
  }

  /** Starts a background run; the job handle polls, waits, stops and re-attaches. */
  submit(flowId: string, options: SubmitOptions = {}): APIPromise<WorkflowJob> {
    const inner = (async () => {
      const body = await this.#body(flowId, options, "background", options.protocol);
      const { data, response } = await this.#post(body, options).withResponse();
      const job = data as { job_id?: string; flow_id?: string; links?: Record<string, string> } | undefined;
      if (!job?.job_id) throw new LangflowError("The server accepted the background run but sent no job_id.");
      return {
        data: new WorkflowJob(this.#transport, this.#probe, job.job_id, job.flow_id ?? flowId, job.links),
        response,
      };
    })();
    return new APIPromise(inner);
  }

  /** A handle for an existing job, from its id alone (another process, after a restart). */
  job(jobId: string, flowId?: string): WorkflowJob {
    return new WorkflowJob(this.#transport, this.#probe, jobId, flowId);
  }

  #post(body: Record<string, unknown>, options: CallOptions): APIPromise<unknown> {
    const pending = this.#transport.json<unknown>(
      { method: "POST", path: "/api/v2/workflows", body, schema: "workflowAnswer" },
      callOptions(options),
    );
    return new APIPromise(
      pending.withResponse().catch((error: unknown) => {
        throw explainDisabled(error);
      }),
    );
  }

  async #body(
    flowId: string,
    inputs: WorkflowInputs,
    mode: "sync" | "stream" | "background",
    protocol?: StreamProtocol,
  ): Promise<Record<string, unknown>> {
    const { generation, version } = await this.#probe.get();
    let chatInputId = inputs.inputComponentId;
    if (
      generation === "1.10" &&
      !chatInputId &&
      (inputs.inputValue !== undefined || inputs.sessionId !== undefined)
    ) {
      const found = await this.#chatInputOf(flowId);
      // No such flow: send the run without its chat input, so the server answers its own 404 FLOW_NOT_FOUND.
      if (found === null) inputs = { ...inputs, inputValue: undefined, sessionId: undefined };
      else chatInputId = found;
    }
    return workflowRequestBody(generation, flowId, inputs, mode, {
      protocol,
      chatInputId,
      serverVersion: version,
    });
  }

  /**
   * 1.10 servers address the chat input by component id: find the flow's single ChatInput (cached); `null` when
   * the flow does not exist.
   */
  #chatInputOf(flowId: string): Promise<string | undefined | null> {
    let found = this.#chatInputs.get(flowId);
    if (!found) {
      found = this.#transport
        .json<{ data?: { nodes?: { id: string; data?: { type?: string } }[] } }>({
          method: "GET",
          path: `/api/v1/flows/${encodeURIComponent(flowId)}`,
          schema: "flowGraph",
        })
        .then((flow) => {
          const inputs = (flow?.data?.nodes ?? []).filter(
            (n) => n.data?.type === "ChatInput" || n.id.startsWith("ChatInput-"),
          );
          if (inputs.length !== 1) {
            throw new LangflowError(
              `Flow ${flowId} has ${inputs.length} ChatInput components; on this 1.10 server pass inputComponentId to say which one gets inputValue.`,
            );
          }
          return inputs[0]?.id;
        })
        .catch((error: unknown) => {
          if (error instanceof NotFoundError) return null;
          throw error;
        });
      this.#chatInputs.set(flowId, found);
      // Only a found chat input stays cached: a failed or empty lookup is asked again next time.
      found.then(
        (id) => id === null && this.#chatInputs.delete(flowId),
        () => this.#chatInputs.delete(flowId),
      );
    }
    return found;
  }
}

/** The v2 routes answer FastAPI's plain 404 when the developer API is off (1.11+ docs); say how to turn it on. */
function explainDisabled(error: unknown): unknown {
  if (error instanceof NotFoundError && error.detail === "Not Found") {
    return new NotFoundError({
      status: 404,
      message:
        "The v2 Workflow API answered 404 Not Found: the developer API is probably disabled on this server. Start Langflow with LANGFLOW_DEVELOPER_API_ENABLED=true (and check that baseUrl is the server root).",
      detail: error.detail,
      body: error.body,
      headers: error.headers,
      method: error.method,
      url: error.url,
      attempts: error.attempts,
    });
  }
  return error;
}
