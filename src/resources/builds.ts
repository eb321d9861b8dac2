// `lf.builds`: the playground's build API (`/api/v1/build/...`). The docs call it internal — prefer `lf.run`
// or `lf.workflows` in applications — but it is the only way to build from/to one component or an unsaved
// graph. A build is a job: start it, then read its events as a stream or by polling, or cancel it.
import type { APIPromise } from "../core/api-promise";
import { delay } from "../core/delay";
import { APIUserAbortError } from "../core/errors";
import { checkParams, toWire, type WireNames } from "../core/params";
import { path, segment } from "../core/path";
import { checkRequestOptions, type RequestOptions } from "../core/request-options";
import { APIResource } from "../core/resource";
import type { SpecSchema } from "../core/spec-types";
import type { BuildEvent } from "../streaming/events";
import type { LangflowStream } from "../streaming/langflow-stream";
import { buildEventStream, loadDecoders } from "../streaming/readers";

/** The chat input of a build (`InputValueRequest`). */
export interface BuildInputs extends SpecSchema<"InputValueRequest"> {}
/** An unsaved graph to build (`FlowDataRequest`): `nodes` and `edges`. */
export interface FlowData extends SpecSchema<"FlowDataRequest"> {}
/** What `builds.cancel` answers (`CancelFlowResponse`). */
export interface CancelBuildResult extends SpecSchema<"CancelFlowResponse"> {}

export interface BuildStartParams {
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

export interface BuildPollParams {
  /** ms between polls that returned no events. Default 250. */
  interval?: number;
}

/** Query fields; `inputValue`, `inputs`, `data` and `files` go in the body. */
const START: WireNames<BuildStartParams> = {
  inputValue: null,
  inputs: null,
  data: null,
  files: null,
  startComponentId: "start_component_id",
  stopComponentId: "stop_component_id",
  logBuilds: "log_builds",
  flowName: "flow_name",
};
const POLL: WireNames<BuildPollParams> = { interval: null };

/** The event after which a build sends nothing more. */
const endsBuild = (e: BuildEvent) => e.event === "end" || e.event === "error";

export class Builds extends APIResource {
  /** Starts a build of a saved flow (by id); resolves to the job id. */
  start(flowId: string, params: BuildStartParams = {}, options?: RequestOptions): APIPromise<BuildJob> {
    const query = { event_delivery: "polling", ...toWire(params, START) };
    const { inputValue, inputs, data, files } = params;
    const mergedInputs = inputValue === undefined ? inputs : { ...inputs, input_value: inputValue };
    const body: Record<string, unknown> = {};
    if (mergedInputs) body.inputs = mergedInputs;
    if (data) body.data = data;
    if (files) body.files = files;
    return this.transport
      .json<{ job_id: string }>(
        { method: "POST", path: path`/api/v1/build/${flowId}/flow`, query, body, schema: "buildStarted" },
        options,
      )
      .map((r) => ({ jobId: r.job_id }));
  }

  /** The job's events as a stream (`event_delivery=streaming`), ending after `end` or `error`. */
  events(jobId: string, options?: RequestOptions): LangflowStream<BuildEvent, Record<string, unknown>> {
    const spec = {
      method: "GET",
      path: path`/api/v1/build/${jobId}/events`,
      query: { event_delivery: "streaming" },
      accept: "*/*",
    };
    return buildEventStream(this.transport.streamRequest(spec, options));
  }

  /** One polling round: the events queued since the last poll (possibly none). */
  poll(jobId: string, options?: RequestOptions): Promise<BuildEvent[]> {
    // The events decode as a build stream's do (streaming/decoders.ts, loaded on demand while the request is sent).
    const decoding = loadDecoders();
    return this.transport
      .request(
        {
          method: "GET",
          path: path`/api/v1/build/${jobId}/events`,
          query: { event_delivery: "polling" },
          accept: "*/*",
        },
        options,
      )
      .then(async (response) => {
        const text = await response.text();
        return (await decoding).parsePolledEvents(text);
      });
  }

  /**
   * Every event by polling, until `end` or `error`: `for await (const e of lf.builds.pollEvents(jobId))`.
   * `options.signal` also ends the wait between polls (an APIUserAbortError).
   */
  pollEvents(
    jobId: string,
    params: BuildPollParams = {},
    options?: RequestOptions,
  ): AsyncGenerator<BuildEvent, void, undefined> {
    // Checked here, at the call, not at the first step of the generator.
    checkParams(params, POLL);
    checkRequestOptions(options);
    segment(jobId, "/api/v1/build/{id}/events");
    return this.#pollEvents(jobId, params.interval ?? 250, options);
  }

  async *#pollEvents(
    jobId: string,
    interval: number,
    options: RequestOptions | undefined,
  ): AsyncGenerator<BuildEvent, void, undefined> {
    for (;;) {
      const events = await this.poll(jobId, options);
      for (const event of events) {
        yield event;
        if (endsBuild(event)) return;
      }
      if (events.length === 0) {
        await delay(interval, { signal: options?.signal }).catch(() => {
          throw new APIUserAbortError();
        });
      }
    }
  }

  /** Cancels a running build. */
  cancel(jobId: string, options?: RequestOptions): APIPromise<CancelBuildResult> {
    return this.transport.json<CancelBuildResult>(
      { method: "POST", path: path`/api/v1/build/${jobId}/cancel`, schema: "buildCancelled" },
      options,
    );
  }
}
