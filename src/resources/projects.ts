// `lf.projects`: projects (formerly folders) — CRUD, paged flows of one project, zip download and upload.
// Servers before the rename only have `/api/v1/folders/`: a route-level 404 ("Not Found") on `/projects/`
// switches this client to `/folders/` once. 1.13.0 redirects `/folders/` to `/projects/` (307), which
// fetch cannot follow for a body-carrying request, so `/projects/` is always tried first.
import { APIPromise } from "../core/api-promise";
import { NotFoundError } from "../core/errors";
import type { CallOptions, Transport } from "../core/transport";
import type { components } from "../generated/openapi";
import { type Download, download, filePart, formWithFile, type UploadSource } from "./bytes-io";
import type { Flow } from "./flows";

type Schemas = components["schemas"];
export type Project = Schemas["FolderRead"];
export type ProjectListItem = Schemas["FolderListRead"];
export type ProjectCreate = Schemas["FolderCreate"];
export type ProjectUpdate = Schemas["FolderUpdate"];
export type ProjectWithFlows = Schemas["FolderReadWithFlows"];
export type ProjectWithFlowPage = Schemas["FolderWithPaginatedFlows"];

export interface ProjectPageOptions extends CallOptions {
  page?: number;
  size?: number;
  isComponent?: boolean;
  isFlow?: boolean;
  search?: string;
}

export interface ProjectUploadOptions extends CallOptions {
  /** Default `project.zip`; the server names the new project after it. */
  filename?: string;
}

const isMissingRoute = (e: unknown) => e instanceof NotFoundError && e.detail === "Not Found";

export class Projects {
  readonly #t: Transport;
  #base = "/api/v1/projects/";

  constructor(transport: Transport) {
    this.#t = transport;
  }

  /** Runs `call` on `/projects/`, and on `/folders/` when the server lacks `/projects/`. */
  #withBase<T>(call: (base: string) => APIPromise<T>): APIPromise<T> {
    const first = this.#base;
    const inner = call(first)
      .withResponse()
      .catch((error: unknown) => {
        if (first !== "/api/v1/projects/" || !isMissingRoute(error)) throw error;
        this.#base = "/api/v1/folders/";
        return call(this.#base).withResponse();
      });
    return new APIPromise(inner);
  }

  #path(base: string, id: string): string {
    if (!id) throw new TypeError("projects: pass a project id (got an empty string).");
    return `${base}${encodeURIComponent(id)}`;
  }

  /** Every project of the user. */
  list(opts?: CallOptions): APIPromise<ProjectListItem[]> {
    return this.#withBase((base) =>
      this.#t.json<ProjectListItem[]>({ method: "GET", path: base, schema: "projects" }, opts),
    );
  }

  /** The project with all its flows. */
  get(id: string, opts?: CallOptions): APIPromise<ProjectWithFlows> {
    const path = this.#path("", id);
    return this.#withBase((base) =>
      this.#t.json<ProjectWithFlows>({ method: "GET", path: base + path, schema: "projectWithFlows" }, opts),
    );
  }

  /** The project with one page of its flows: `{ folder, flows: { items, total, page, size, pages } }`. */
  getPage(id: string, opts: ProjectPageOptions = {}): APIPromise<ProjectWithFlowPage> {
    const path = this.#path("", id);
    const { page, size, isComponent, isFlow, search, ...call } = opts;
    const query = { page: page ?? 1, size: size ?? 50, is_component: isComponent, is_flow: isFlow, search };
    return this.#withBase((base) =>
      this.#t.json<ProjectWithFlowPage>(
        { method: "GET", path: base + path, query, schema: "projectWithFlowPage" },
        call,
      ),
    );
  }

  /** Every flow of a project, page by page: `for await (const flow of lf.projects.iterateFlows(id))`. */
  async *iterateFlows(id: string, opts: ProjectPageOptions = {}): AsyncGenerator<Flow, void, undefined> {
    for (let page = opts.page ?? 1; ; page++) {
      const { flows } = await this.getPage(id, { ...opts, page });
      yield* flows.items as Flow[];
      if (page >= flows.pages || flows.items.length === 0) return;
    }
  }

  /** Creates a project; `flows_list` / `components_list` move existing flows into it. */
  create(project: ProjectCreate, opts?: CallOptions): APIPromise<Project> {
    return this.#withBase((base) =>
      this.#t.json<Project>({ method: "POST", path: base, body: project, schema: "project" }, opts),
    );
  }

  /** Renames or re-describes a project, or moves flows into it. */
  update(id: string, changes: ProjectUpdate, opts?: CallOptions): APIPromise<Project> {
    const path = this.#path("", id);
    return this.#withBase((base) =>
      this.#t.json<Project>({ method: "PATCH", path: base + path, body: changes, schema: "project" }, opts),
    );
  }

  /** Deletes the project. The server deletes its flows with it. */
  delete(id: string, opts?: CallOptions): APIPromise<void> {
    const path = this.#path("", id);
    return this.#withBase((base) => this.#t.json<void>({ method: "DELETE", path: base + path }, opts));
  }

  /** The project's flows as a zip (404 "No flows found in project" for an empty project). */
  download(id: string, opts?: CallOptions): APIPromise<Download> {
    const path = this.#path("download/", id);
    return this.#withBase((base) => download(this.#t, { method: "GET", path: base + path }, opts));
  }

  /** Imports a project zip (as `download` gives it); resolves to the created flows. */
  upload(zip: UploadSource, opts: ProjectUploadOptions = {}): APIPromise<Flow[]> {
    const filename = opts.filename ?? "project.zip";
    const { filename: _f, ...call } = opts;
    const form = () => formWithFile("file", filePart(zip, filename, "application/zip"), filename);
    return this.#withBase((base) =>
      this.#t.json<Flow[]>({ method: "POST", path: `${base}upload/`, body: form(), schema: "flows" }, call),
    );
  }
}
