// `lf.flows`: CRUD, batch create, JSON upload, zip export, starter examples, and paged lists (`for await`).

import { pullAllFlows, pullFlow, pushFlowFile } from "#langflow-flow-files";
import type { APIPromise } from "../core/api-promise";
import { LangflowConfigError } from "../core/errors";
import { type Page, PagePromise } from "../core/page";
import { checkParams, toWire, type WireNames } from "../core/params";
import { path, segment } from "../core/path";
import type { RequestOptions } from "../core/request-options";
import { APIResource } from "../core/resource";
import type { SpecSchema } from "../core/spec-types";
import type {
  FlowPullParams,
  FlowPullResult,
  FlowPushParams,
  FlowPushResult,
  ProjectPullParams,
} from "../flows-as-code/flow-sync";
import { type Download, download, filePart, formWithFile, type UploadSource } from "./bytes-io";
import { checkPullParams } from "./pull-params";

/** A saved flow as the server returns it (`FlowRead`): `id`, `name`, `endpoint_name`, `folder_id` (its project), `data` (the graph), ... */
export interface Flow extends SpecSchema<"FlowRead"> {}
/** A flow's summary in header listings (`FlowHeader`): `id`, `name`, `endpoint_name`, `folder_id`, ... */
export interface FlowHeader extends SpecSchema<"FlowHeader"> {}
/** The body of `flows.create` (`FlowCreate`): at least a `name`; `data` holds the graph (`{ nodes, edges }`). */
export interface FlowCreate extends SpecSchema<"FlowCreate"> {}
/** The changes of `flows.update` (`FlowUpdate`): only the fields to change. */
export interface FlowUpdate extends SpecSchema<"FlowUpdate"> {}

/**
 * A flow as a Langflow export holds it (the JSON the UI downloads): at least a `name`, usually the graph in
 * `data: { nodes, edges }`. One flow, or several under `flows`.
 */
export type FlowExport = FlowCreate | { flows: FlowCreate[] };

export interface FlowFilters {
  /** Only the flows of this project (sent as `folder_id`). */
  projectId?: string;
  /** Only flows saved as components. */
  componentsOnly?: boolean;
  /** Leave out the starter-project examples. */
  removeExampleFlows?: boolean;
}

export interface FlowListParams extends FlowFilters {
  /** 1-based; the first page to get (iteration goes on from there). Default 1. */
  page?: number;
  /** Items per page. Default 50 (the server's). */
  size?: number;
}

export interface FlowUploadParams {
  /** Put the uploaded flows in this project. */
  projectId?: string;
  /** Default `flow.json`; the server names an unnamed flow after it. */
  filename?: string;
}

const FILTERS: WireNames<FlowFilters> = {
  projectId: "folder_id",
  componentsOnly: "components_only",
  removeExampleFlows: "remove_example_flows",
};
// Written out, not spread from FILTERS: a bundler keeps a spread table even where it is not used.
const LIST: WireNames<FlowListParams> = {
  projectId: "folder_id",
  componentsOnly: "components_only",
  removeExampleFlows: "remove_example_flows",
  page: "page",
  size: "size",
};
const UPLOAD: WireNames<FlowUploadParams> = { projectId: "folder_id", filename: null };
const PUSH: WireNames<FlowPushParams> = { dryRun: null, projectId: null };
const PULL: WireNames<FlowPullParams> = {
  output: null,
  dryRun: null,
  stripSecrets: null,
  codeAsLines: null,
  indent: null,
};

const PATH = "/api/v1/flows/";

/** Keeps the flows of one project (when asked): the server's `get_all=true` answer ignores `folder_id`. */
function inProject<T extends { folder_id?: string | null }>(flows: T[], projectId: string | undefined): T[] {
  return projectId === undefined ? flows : flows.filter((f) => f.folder_id === projectId);
}

export class Flows extends APIResource {
  /**
   * One page of flows (`await`), or every flow from that page on (`for await`), one request per page:
   * `for await (const flow of lf.flows.list({ size: 20 }))`. Without `projectId` Langflow pages the flows of the
   * default project only; `listAll()` or `listHeaders()` answer every flow of the user.
   */
  list(params: FlowListParams = {}, options?: RequestOptions): PagePromise<Flow> {
    const query = toWire(params, LIST);
    return new PagePromise(
      (page) =>
        this.transport.json<Page<Flow>>(
          {
            method: "GET",
            path: PATH,
            query: { ...query, get_all: false, page, size: params.size ?? 50 },
            schema: "flowPage",
          },
          options,
        ),
      params.page,
    );
  }

  /**
   * Every flow that matches, in one request (`get_all=true`). 1.13.0 ignores `folder_id` when `get_all=true`,
   * so `projectId` is also applied to the answer here (docs/server-quirks.md).
   */
  listAll(params: FlowFilters = {}, options?: RequestOptions): APIPromise<Flow[]> {
    const query = { ...toWire(params, FILTERS), get_all: true };
    return this.transport
      .json<Flow[]>({ method: "GET", path: PATH, query, schema: "flows" }, options)
      .map((flows) => inProject(flows, params.projectId));
  }

  /** Every flow's header (id, name, endpoint name, ...) without the graph data; `projectId` as in `listAll`. */
  listHeaders(params: FlowFilters = {}, options?: RequestOptions): APIPromise<FlowHeader[]> {
    const query = { ...toWire(params, FILTERS), get_all: true, header_flows: true };
    return this.transport
      .json<FlowHeader[]>({ method: "GET", path: PATH, query, schema: "flowHeaders" }, options)
      .map((flows) => inProject(flows, params.projectId));
  }

  /** One flow by id, with its graph data. */
  get(id: string, options?: RequestOptions): APIPromise<Flow> {
    return this.transport.json<Flow>(
      { method: "GET", path: path`/api/v1/flows/${id}`, schema: "flow" },
      options,
    );
  }

  /**
   * The flow whose endpoint name is `name`, or undefined. The server has no lookup route for it, so this
   * lists the headers and then reads the flow (two requests).
   */
  async findByEndpointName(name: string, options?: RequestOptions): Promise<Flow | undefined> {
    const headers = await this.listHeaders({}, options);
    const match = headers.find((h) => h.endpoint_name === name);
    return match ? this.get(match.id, options) : undefined;
  }

  /** Creates a flow (`name` is required; `data` holds the graph: `{ nodes, edges }`). */
  create(flow: FlowCreate, options?: RequestOptions): APIPromise<Flow> {
    return this.transport.json<Flow>({ method: "POST", path: PATH, body: flow, schema: "flow" }, options);
  }

  /** Creates several flows in one request. */
  createMany(flows: FlowCreate[], options?: RequestOptions): APIPromise<Flow[]> {
    return this.transport.json<Flow[]>(
      { method: "POST", path: `${PATH}batch/`, body: { flows }, schema: "flows" },
      options,
    );
  }

  /** Changes some fields of a flow (PATCH). */
  update(id: string, changes: FlowUpdate, options?: RequestOptions): APIPromise<Flow> {
    return this.transport.json<Flow>(
      { method: "PATCH", path: path`/api/v1/flows/${id}`, body: changes, schema: "flow" },
      options,
    );
  }

  /** Deletes a flow. */
  delete(id: string, options?: RequestOptions): APIPromise<{ message: string }> {
    return this.transport.json<{ message: string }>(
      { method: "DELETE", path: path`/api/v1/flows/${id}`, schema: "deletedMessage" },
      options,
    );
  }

  /** Deletes several flows; resolves to how many were deleted. */
  deleteMany(ids: string[], options?: RequestOptions): APIPromise<{ deleted: number }> {
    return this.transport.json<{ deleted: number }>(
      { method: "DELETE", path: PATH, body: ids, schema: "deletedCount" },
      options,
    );
  }

  /**
   * Imports a flow JSON file: its bytes (a File, Blob or bytes), or the flow object itself (one flow with its
   * `name`, or `{ flows: [...] }`).
   */
  upload(
    source: UploadSource | FlowExport,
    params: FlowUploadParams = {},
    options?: RequestOptions,
  ): APIPromise<Flow[]> {
    const query = toWire(params, UPLOAD);
    const filename = params.filename ?? "flow.json";
    const bytes =
      source instanceof Blob || source instanceof ArrayBuffer || ArrayBuffer.isView(source)
        ? source
        : new TextEncoder().encode(JSON.stringify(flowExport(source)));
    const form = formWithFile("file", filePart(bytes, filename, "application/json"), filename);
    return this.transport.json<Flow[]>(
      { method: "POST", path: `${PATH}upload/`, query, body: form, schema: "flows" },
      options,
    );
  }

  /** Exports flows: a zip of one JSON per flow; for a single id the server sends that flow's JSON instead. */
  download(ids: string | string[], options?: RequestOptions): APIPromise<Download> {
    const body = typeof ids === "string" ? [ids] : ids;
    return download(this.transport, { method: "POST", path: `${PATH}download/`, body }, options);
  }

  /**
   * Pushes a flow file (Node, Deno, Bun): an upsert by the id inside the file (`PUT /api/v1/flows/{id}`), as
   * `lfx push` and the Python SDK's `push()` do, so it reads their files too. Nothing is sent when the server's
   * flow already matches the file (`status: "unchanged"`); `dryRun` says what would happen.
   * @example const { status } = await lf.flows.push("flows/Support_Agent.json");
   */
  push(file: string, params: FlowPushParams = {}, options?: RequestOptions): Promise<FlowPushResult> {
    checkParams(params, PUSH);
    if (params.projectId !== undefined) segment(params.projectId, "projectId");
    return pushFlowFile(this.transport, file, params, options);
  }

  /**
   * A flow as the JSON text to commit (Node, Deno, Bun): the bytes `lfx pull` writes (normalized: volatile fields
   * dropped, secrets cleared, keys sorted), written to `output` when given.
   * @example await lf.flows.pull(id, { output: "flows/Support_Agent.json" });
   */
  pull(id: string, params: FlowPullParams = {}, options?: RequestOptions): Promise<FlowPullResult> {
    checkParams(params, PULL);
    segment(id, "/api/v1/flows/{id}");
    return pullFlow(this.transport, id, params, options);
  }

  /**
   * Every flow of the user (the starter examples left out) written to `outputDir` as `<flow name>.json` (Node, Deno,
   * Bun): what `lfx pull` without a flow or project writes, names and bytes. Two flows that would share a file name
   * are refused before anything is written.
   * @example await lf.flows.pullAll({ outputDir: "flows" });
   */
  pullAll(params: ProjectPullParams, options?: RequestOptions): Promise<FlowPullResult[]> {
    checkPullParams("flows.pullAll", params);
    // get_all, as lfx: the paged list without a project answers the default project's flows only.
    const list = (o?: RequestOptions) => this.listHeaders({ removeExampleFlows: true }, o);
    return pullAllFlows(this.transport, list, params, options);
  }

  /** The starter-project example flows. */
  basicExamples(options?: RequestOptions): APIPromise<Flow[]> {
    return this.transport.json<Flow[]>(
      { method: "GET", path: `${PATH}basic_examples/`, schema: "flows" },
      options,
    );
  }
}

/** A flow object as the server's upload route reads it; anything else would be answered 422 after the upload. */
function flowExport(source: unknown): FlowExport {
  const value = source as { name?: unknown; flows?: unknown } | null;
  if (
    typeof value === "object" &&
    value !== null &&
    (typeof value.name === "string" || Array.isArray(value.flows))
  )
    return value as FlowExport;
  throw new LangflowConfigError(
    "source",
    "flows.upload: pass the flow JSON's bytes (a File, Blob or Uint8Array) or a flow object with its name (or { flows: [...] }).",
  );
}
