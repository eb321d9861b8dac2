// `lf.builds`: the playground's build API (`/api/v1/build/...`). The docs call it internal — prefer `lf.run`
// or `lf.workflows` in applications — but it is the only way to build from/to one component or an unsaved
// graph. A build is a job: start it, then read its events as a stream or by polling, or cancel it.
import type { APIPromise } from "../core/api-promise";
import { streamCallOptions } from "../core/signals";
import type { CallOptions, Transport } from "../core/transport";
import type { components } from "../generated/openapi";
import { type BuildEvent, toLangflowEvent } from "../streaming/events";
import type { LangflowStream } from "../streaming/langflow-stream";
import { buildEventStream } from "../streaming/readers";

type Schemas = components["schemas"];
export type BuildInputs = Schemas["InputValueRequest"];
export type FlowData = Schemas["FlowDataRequest"];
export type CancelBuildResult = Schemas["CancelFlowResponse"];

export interface BuildStartOptions extends CallOptions {
  /** Shorthand for `inputs.input_value`. */
  inputValue?: string;
  /** The chat input (`input_value`, `session`, `type`, `components`). */
  inputs?: BuildInputs;
  /** Build this graph instead of the saved one (unsaved canvas). */
  data?: FlowData;
  files?: string[];
  /** Build from this component on. */
  startComponentId?: string;
  /** Build up to this component and stop. */
  stopComponentId?: string;
  /** Record vertex builds (monitor). Server default true. */
  logBuilds?: boolean;
  flowName?: string;
}

export interface BuildJob {
  jobId: string;
}

export interface BuildPollOptions extends CallOptions {
  /** ms between polls that returned no events. Default 250. */
  interval?: number;
}

const isTerminal = (e: BuildEvent) => e.event === "end" || e.event === "error";

/** Polling answers: JSON objects separated by newlines (1.13.0 adds extra blank lines). */
export function parsePolledEvents(text: string): BuildEvent[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => toLangflowEvent(JSON.parse(line)));
}

function jobPath(jobId: string, action: "events" | "cancel"): string {
  if (!jobId) throw new TypeError("builds: pass the job id that start() returned (got an empty string).");
  return `/api/v1/build/${encodeURIComponent(jobId)}/${action}`;
}

export class Builds {
  readonly #t: Transport;

  constructor(transport: Transport) {
    this.#t = transport;
  }

  /** Starts a build of a saved flow (by id); resolves to the job id. */
  start(flowId: string, opts: BuildStartOptions = {}): APIPromise<BuildJob> {
    if (!flowId) throw new TypeError("builds.start: pass a flow id (got an empty string).");
    const {
      inputValue,
      inputs,
      data,
      files,
      startComponentId,
      stopComponentId,
      logBuilds,
      flowName,
      ...call
    } = opts;
    const mergedInputs = inputValue === undefined ? inputs : { ...inputs, input_value: inputValue };
    const body: Record<string, unknown> = {};
    if (mergedInputs) body.inputs = mergedInputs;
    if (data) body.data = data;
    if (files) body.files = files;
    const query = {
      event_delivery: "polling",
      start_component_id: startComponentId,
      stop_component_id: stopComponentId,
      log_builds: logBuilds,
      flow_name: flowName,
    };
    return this.#t
      .json<{ job_id: string }>(
        {
          method: "POST",
          path: `/api/v1/build/${encodeURIComponent(flowId)}/flow`,
          query,
          body,
          schema: "buildStarted",
        },
        call,
      )
      .map((r) => ({ jobId: r.job_id }));
  }

  /** The job's events as a stream (`event_delivery=streaming`), ending after `end` or `error`. */
  events(jobId: string, opts: CallOptions = {}): LangflowStream<BuildEvent, Record<string, unknown>> {
    const path = jobPath(jobId, "events");
    return buildEventStream((signal) =>
      this.#t.request(
        { method: "GET", path, query: { event_delivery: "streaming" }, accept: "*/*" },
        streamCallOptions(opts, signal),
      ),
    );
  }

  /** One polling round: the events queued since the last poll (possibly none). */
  poll(jobId: string, opts?: CallOptions): Promise<BuildEvent[]> {
    return this.#t
      .request(
        {
          method: "GET",
          path: jobPath(jobId, "events"),
          query: { event_delivery: "polling" },
          accept: "*/*",
        },
        opts,
      )
      .then(async (response) => parsePolledEvents(await response.text()));
  }

  /** Every event by polling, until `end` or `error`: `for await (const e of lf.builds.pollEvents(jobId))`. */
  async *pollEvents(jobId: string, opts: BuildPollOptions = {}): AsyncGenerator<BuildEvent, void, undefined> {
    const { interval = 250, ...call } = opts;
    for (;;) {
      const events = await this.poll(jobId, call);
      for (const event of events) {
        yield event;
        if (isTerminal(event)) return;
      }
      if (events.length === 0) await new Promise((r) => setTimeout(r, interval));
    }
  }

  /** Cancels a running build. */
  cancel(jobId: string, opts?: CallOptions): APIPromise<CancelBuildResult> {
    return this.#t.json<CancelBuildResult>(
      { method: "POST", path: jobPath(jobId, "cancel"), schema: "buildCancelled" },
      opts,
    );
  }
}
