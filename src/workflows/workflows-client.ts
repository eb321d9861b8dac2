// The v2 Workflow API: run (sync), stream, submit (background) and jobs, for both server generations.
import { APIPromise } from "../core/api-promise";
import { objectBody } from "../core/error-from-response";
import { LangflowConfigError, LangflowError, NotFoundError } from "../core/errors";
import { onDemand } from "../core/on-demand";
import { type ClientOptions, resolveOptions } from "../core/options";
import { checkParams, type WireNames } from "../core/params";
import { path, segment } from "../core/path";
import { checkRequestOptions, type RequestOptions } from "../core/request-options";
import { APIResource } from "../core/resource";
import { Transport } from "../core/transport";
import { HUMAN_INPUT_SKIPPED, type WorkflowEvent } from "../streaming/events";
import type { LangflowStream } from "../streaming/langflow-stream";
import { workflowEventStream } from "../streaming/readers";
import { validateResponse } from "../validation/validate-response";
import type { FlowLookup, FlowLookupKit } from "./flow-lookup";
import { GenerationProbe } from "./generation";
import { ANSWER_KIT, answersModule, humanInputModule, WorkflowJob } from "./job";
import type { ChatInputCache } from "./legacy-body";
import { type StreamProtocol, workflowRequestBody } from "./request-body";

type FlowLookupModule = typeof import("./flow-lookup");

import type {
  PendingHumanInput,
  ServerGeneration,
  WorkflowExecutionResponse,
  WorkflowInputs,
  WorkflowResult,
} from "./types";

export interface WorkflowsClientOptions extends ClientOptions {
  /** Skip detection: `"current"` (Langflow 1.11+) or `"1.10"`. Default: asked from the server once. */
  apiVersion?: ServerGeneration;
}

export interface WorkflowRunParams extends WorkflowInputs {
  /** Throw JobFailedError when the server reports the run as failed (HTTP 200, status "failed"). Default true. */
  throwOnFailure?: boolean;
}

export interface WorkflowStreamParams extends WorkflowInputs {
  /** `langflow` (Langflow's events, default) or `agui` (AG-UI events). */
  protocol?: StreamProtocol;
}

export interface WorkflowSubmitParams extends WorkflowInputs {
  /** The protocol of the job's event stream (`job.events()`). */
  protocol?: StreamProtocol;
}

// Every key is read by workflowRequestBody (the wire names differ between server generations). The tables are
// written out, not spread from one another: a bundler keeps a spread table even where it is not used.
const RUN: WireNames<WorkflowRunParams> = {
  inputValue: null,
  sessionId: null,
  tweaks: null,
  globals: null,
  outputIds: null,
  inputComponentId: null,
  throwOnFailure: null,
};
const STREAM: WireNames<WorkflowStreamParams> = {
  inputValue: null,
  sessionId: null,
  tweaks: null,
  globals: null,
  outputIds: null,
  inputComponentId: null,
  protocol: null,
};

const FLOW_KIT: FlowLookupKit = {
  LangflowError,
  NotFoundError,
  path,
  humanInputSkipped: HUMAN_INPUT_SKIPPED,
};

/** How LangflowClient gives its `workflows` its own transport: a key no options object can hold by accident. */
const SHARED_TRANSPORT = Symbol("langflow-sdk.transport");

/** @internal Options that make a WorkflowsClient use `transport` (LangflowClient's), instead of building its own. */
export function sharingTransport(transport: Transport): WorkflowsClientOptions {
  return { [SHARED_TRANSPORT]: transport } as WorkflowsClientOptions;
}

function ownTransport(options: WorkflowsClientOptions): {
  transport: Transport;
  apiVersion?: ServerGeneration;
} {
  const shared = (options as { [SHARED_TRANSPORT]?: Transport })?.[SHARED_TRANSPORT];
  if (shared) return { transport: shared };
  const { apiVersion, ...clientOptions } = options ?? {};
  if (apiVersion !== undefined && apiVersion !== "current" && apiVersion !== "1.10") {
    throw new LangflowConfigError("apiVersion", `Invalid option "apiVersion": expected "current" or "1.10".`);
  }
  return { transport: new Transport(resolveOptions(clientOptions), validateResponse), apiVersion };
}

/**
 * The v2 Workflow API (`/api/v2/workflows`): sync runs, streams and background jobs, with the same calls on
 * Langflow 1.11+ and 1.10 servers. Use `lf.workflows`, or build one with the client options.
 */
export class WorkflowsClient extends APIResource {
  readonly #probe: GenerationProbe;
  #flows: Promise<FlowLookupModule & { flows: FlowLookup }> | undefined;
  /** The 1.10 chat input of each flow (legacy-body.ts). */
  readonly #chatInputs: ChatInputCache = new Map();

  constructor(options: WorkflowsClientOptions = {}) {
    const { transport, apiVersion } = ownTransport(options);
    super(transport);
    this.#probe = new GenerationProbe(transport, apiVersion);
  }

  /**
   * Runs a flow and waits for its result (sync mode). `flowId`: the flow's id, endpoint name or (unique) name. A flow
   * with a Human Input does not pause here: its result carries a warning (`result.warnings`).
   */
  run(flowId: string, params: WorkflowRunParams = {}, options?: RequestOptions): APIPromise<WorkflowResult> {
    checkParams(params, RUN);
    const post = this.#post(flowId, params, "sync", options);
    const answers = answersModule();
    const inner = post.then(async ({ data, response }) => {
      const body = (await objectBody(
        data,
        response,
        "POST",
        "outputs",
      )) as unknown as WorkflowExecutionResponse;
      const { toWorkflowResult, jobFailed } = await answers;
      const result = toWorkflowResult(body);
      const m = await this.#lookup();
      result.warnings.push(...(await m.runWarnings(m.flows, result.flowId)));
      if (result.status === "failed" && params.throwOnFailure !== false)
        throw jobFailed(ANSWER_KIT, `The run of flow ${flowId}`, result.errors, result.jobId);
      return { data: result, response };
    });
    return new APIPromise(inner);
  }

  /**
   * Runs a flow and streams its events as they happen (Langflow 1.11+). A Human Input does not pause a stream: the
   * `end_vertex` of its node is in the events, and the langflow protocol's `finalResult()` carries a warning.
   */
  stream(
    flowId: string,
    params: WorkflowStreamParams = {},
    options?: RequestOptions,
  ): LangflowStream<WorkflowEvent, Record<string, unknown>> {
    checkParams(params, STREAM);
    const spec = async () => ({
      method: "POST",
      path: "/api/v2/workflows",
      body: await this.#body(flowId, params, "stream", params.protocol, options),
      accept: "text/event-stream",
    });
    return workflowEventStream(this.transport.streamRequest(spec, options));
  }

  /** Starts a background run; the job handle polls, waits, stops and re-attaches. */
  submit(
    flowId: string,
    params: WorkflowSubmitParams = {},
    options?: RequestOptions,
  ): APIPromise<WorkflowJob> {
    checkParams(params, STREAM);
    const post = this.#post(flowId, params, "background", options, params.protocol);
    const inner = post.then(({ data, response }) => {
      const job = data as { job_id?: string; flow_id?: string; links?: Record<string, string> } | undefined;
      if (!job?.job_id) throw new LangflowError("The server accepted the background run but sent no job_id.");
      return {
        data: new WorkflowJob(this.transport, this.#probe, job.job_id, job.flow_id ?? flowId, job.links),
        response,
      };
    });
    return new APIPromise(inner);
  }

  /** The suspended jobs of a flow (id, endpoint name or unique name) and the request each waits for (Langflow 1.11+). */
  pending(flowId: string, options?: RequestOptions): Promise<PendingHumanInput[]> {
    checkRequestOptions(options);
    return Promise.all([this.#lookup(), humanInputModule()]).then(async ([m, { listPending }]) =>
      listPending(this.transport, await m.flows.id(flowId, options), options),
    );
  }

  /** The flow lookups of this client (loaded on demand, cached per client). */
  #lookup(): Promise<FlowLookupModule & { flows: FlowLookup }> {
    this.#flows ??= import("./flow-lookup").then((m) => ({
      ...m,
      flows: new m.FlowLookup(this.transport, FLOW_KIT),
    }));
    return this.#flows;
  }

  /** A handle for an existing job, from its id alone (another process, after a restart). */
  job(jobId: string, flowId?: string): WorkflowJob {
    segment(jobId, "/api/v2/workflows/{id}/events");
    return new WorkflowJob(this.transport, this.#probe, jobId, flowId);
  }

  /** POSTs the run's body, built once the server generation is known. */
  #post(
    flowId: string,
    inputs: WorkflowInputs,
    mode: "sync" | "background",
    options: RequestOptions | undefined,
    protocol?: StreamProtocol,
  ): Promise<{ data: unknown; response: Response }> {
    checkRequestOptions(options); // now: the transport sees them only once the body is built
    return this.#body(flowId, inputs, mode, protocol, options).then((body) =>
      this.transport
        .json<unknown>({ method: "POST", path: "/api/v2/workflows", body, schema: "workflowAnswer" }, options)
        .withResponse(),
    );
  }

  async #body(
    flow: string,
    inputs: WorkflowInputs,
    mode: "sync" | "stream" | "background",
    protocol: StreamProtocol | undefined,
    options: RequestOptions | undefined,
  ): Promise<Record<string, unknown>> {
    const { generation, version } = await this.#probe.get();
    // 1.11+ take a UUID only: a name is looked up once per client (flow-lookup.ts).
    if (generation === "current") {
      const m = await this.#lookup();
      return workflowRequestBody(await m.flows.id(flow, options), inputs, mode, protocol);
    }
    // 1.9/1.10 look flow_id up as an id or an endpoint name themselves, and need the old body and the chat-input
    // lookup: loaded on demand (legacy-body.ts).
    const legacy = await onDemand(import("./legacy-body"), "1.10 Workflow API support");
    const context = legacy.legacyContext(FLOW_KIT, this.transport, this.#chatInputs);
    return legacy.legacyWorkflowBody(context, flow, inputs, mode, version);
  }
}
