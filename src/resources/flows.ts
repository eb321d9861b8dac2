// `lf.flows`: CRUD, batch create, JSON upload, zip export, starter examples, and paging with `for await`.
import type { APIPromise } from "../core/api-promise";
import type { CallOptions, Transport } from "../core/transport";
import type { components } from "../generated/openapi";
import { type Download, download, filePart, formWithFile, type UploadSource } from "./bytes-io";

type Schemas = components["schemas"];
export type Flow = Schemas["FlowRead"];
export type FlowHeader = Schemas["FlowHeader"];
export type FlowCreate = Schemas["FlowCreate"];
export type FlowUpdate = Schemas["FlowUpdate"];
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  size: number;
  pages: number;
}

export interface FlowFilters {
  /** Only the flows of this project (sent as `folder_id`). */
  projectId?: string;
  /** Only flows saved as components. */
  componentsOnly?: boolean;
  /** Leave out the starter-project examples. */
  removeExampleFlows?: boolean;
}

export interface FlowPageOptions extends FlowFilters, CallOptions {
  /** 1-based. Default 1. */
  page?: number;
  /** Items per page. Default 50 (the server's). */
  size?: number;
}

export interface FlowUploadOptions extends CallOptions {
  /** Put the uploaded flows in this project. */
  projectId?: string;
  /** Default `flow.json`; the server names an unnamed flow after it. */
  filename?: string;
}

const PATH = "/api/v1/flows/";

function callOpts(o: CallOptions): CallOptions {
  const { signal, timeout, idleTimeout, headers, maxRetries, retryNonIdempotent } = o;
  return { signal, timeout, idleTimeout, headers, maxRetries, retryNonIdempotent };
}

function filterQuery(o: FlowFilters) {
  return {
    folder_id: o.projectId,
    components_only: o.componentsOnly,
    remove_example_flows: o.removeExampleFlows,
  };
}

/** Keeps the flows of one project (when asked): the server's `get_all=true` answer ignores `folder_id`. */
function inProject<T extends { folder_id?: string | null }>(flows: T[], projectId: string | undefined): T[] {
  return projectId === undefined ? flows : flows.filter((f) => f.folder_id === projectId);
}

function flowPath(id: string): string {
  if (!id) throw new TypeError("flows: pass a flow id (got an empty string).");
  return `${PATH}${encodeURIComponent(id)}`;
}

export class Flows {
  readonly #t: Transport;

  constructor(transport: Transport) {
    this.#t = transport;
  }

  /**
   * Every flow that matches (one request, `get_all=true`). 1.13.0 ignores `folder_id` when `get_all=true`,
   * so `projectId` is also applied to the answer here (docs/server-quirks.md).
   */
  list(opts: FlowFilters & CallOptions = {}): APIPromise<Flow[]> {
    return this.#t
      .json<Flow[]>(
        { method: "GET", path: PATH, query: { ...filterQuery(opts), get_all: true }, schema: "flows" },
        callOpts(opts),
      )
      .map((flows) => inProject(flows, opts.projectId));
  }

  /** Every flow's header (id, name, endpoint name, ...) without the graph data; `projectId` as in `list`. */
  listHeaders(opts: FlowFilters & CallOptions = {}): APIPromise<FlowHeader[]> {
    return this.#t
      .json<FlowHeader[]>(
        {
          method: "GET",
          path: PATH,
          query: { ...filterQuery(opts), get_all: true, header_flows: true },
          schema: "flowHeaders",
        },
        callOpts(opts),
      )
      .map((flows) => inProject(flows, opts.projectId));
  }

  /** One page: `{ items, total, page, size, pages }`. */
  listPage(opts: FlowPageOptions = {}): APIPromise<Page<Flow>> {
    const query = { ...filterQuery(opts), get_all: false, page: opts.page ?? 1, size: opts.size ?? 50 };
    return this.#t.json<Page<Flow>>({ method: "GET", path: PATH, query, schema: "flowPage" }, callOpts(opts));
  }

  /** Every flow, page by page, as requested: `for await (const flow of lf.flows.iterate({ size: 20 }))`. */
  async *iterate(opts: FlowPageOptions = {}): AsyncGenerator<Flow, void, undefined> {
    for (let page = opts.page ?? 1; ; page++) {
      const result = await this.listPage({ ...opts, page });
      yield* result.items;
      if (page >= result.pages || result.items.length === 0) return;
    }
  }

  /** One flow by id, with its graph data. */
  get(id: string, opts?: CallOptions): APIPromise<Flow> {
    return this.#t.json<Flow>({ method: "GET", path: flowPath(id), schema: "flow" }, opts);
  }

  /**
   * The flow whose endpoint name is `name`, or undefined. The server has no lookup route for it, so this
   * lists the headers and then reads the flow (two requests).
   */
  async findByEndpointName(name: string, opts?: CallOptions): Promise<Flow | undefined> {
    const headers = await this.listHeaders(opts);
    const match = headers.find((h) => h.endpoint_name === name);
    return match ? this.get(match.id, opts) : undefined;
  }

  /** Creates a flow (`name` is required; `data` holds the graph: `{ nodes, edges }`). */
  create(flow: FlowCreate, opts?: CallOptions): APIPromise<Flow> {
    return this.#t.json<Flow>({ method: "POST", path: PATH, body: flow, schema: "flow" }, opts);
  }

  /** Creates several flows in one request. */
  createMany(flows: FlowCreate[], opts?: CallOptions): APIPromise<Flow[]> {
    return this.#t.json<Flow[]>(
      { method: "POST", path: `${PATH}batch/`, body: { flows }, schema: "flows" },
      opts,
    );
  }

  /** Changes some fields of a flow (PATCH). */
  update(id: string, changes: FlowUpdate, opts?: CallOptions): APIPromise<Flow> {
    return this.#t.json<Flow>({ method: "PATCH", path: flowPath(id), body: changes, schema: "flow" }, opts);
  }

  /** Deletes a flow. */
  delete(id: string, opts?: CallOptions): APIPromise<{ message: string }> {
    return this.#t.json<{ message: string }>(
      { method: "DELETE", path: flowPath(id), schema: "deletedMessage" },
      opts,
    );
  }

  /** Deletes several flows; resolves to how many were deleted. */
  deleteMany(ids: string[], opts?: CallOptions): APIPromise<{ deleted: number }> {
    return this.#t.json<{ deleted: number }>(
      { method: "DELETE", path: PATH, body: ids, schema: "deletedCount" },
      opts,
    );
  }

  /** Imports a flow JSON file (one flow, or `{ flows: [...] }`): a File/Blob/bytes, or the flow object itself. */
  upload(source: UploadSource | Record<string, unknown>, opts: FlowUploadOptions = {}): APIPromise<Flow[]> {
    const filename = opts.filename ?? "flow.json";
    const bytes =
      source instanceof Blob || source instanceof ArrayBuffer || ArrayBuffer.isView(source)
        ? source
        : new TextEncoder().encode(JSON.stringify(source));
    const form = formWithFile("file", filePart(bytes, filename, "application/json"), filename);
    return this.#t.json<Flow[]>(
      {
        method: "POST",
        path: `${PATH}upload/`,
        query: { folder_id: opts.projectId },
        body: form,
        schema: "flows",
      },
      callOpts(opts),
    );
  }

  /** Exports flows: a zip of one JSON per flow; for a single id the server sends that flow's JSON instead. */
  download(ids: string | string[], opts?: CallOptions): APIPromise<Download> {
    const body = typeof ids === "string" ? [ids] : ids;
    return download(this.#t, { method: "POST", path: `${PATH}download/`, body }, opts);
  }

  /** The starter-project example flows. */
  basicExamples(opts?: CallOptions): APIPromise<Flow[]> {
    return this.#t.json<Flow[]>({ method: "GET", path: `${PATH}basic_examples/`, schema: "flows" }, opts);
  }
}
