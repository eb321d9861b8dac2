// `lf.projects`: projects (formerly folders) — CRUD, paged flows of one project, zip download and upload.
// Servers before the rename only have `/api/v1/folders/`: a route-level 404 ("Not Found") on `/projects/`
// switches this client to `/folders/` once. 1.13.0 redirects `/folders/` to `/projects/` (307), which
// fetch cannot follow for a body-carrying request, so `/projects/` is always tried first.

import { pullProject, pushProjectDir } from "#langflow-flow-files";
import { APIPromise } from "../core/api-promise";
import { isMissingRoute } from "../core/errors";
import { type Page, PagePromise } from "../core/page";
import { checkParams, toWire, type WireNames } from "../core/params";
import { path, segment } from "../core/path";
import type { RequestOptions } from "../core/request-options";
import { APIResource } from "../core/resource";
import type { Schemas, SpecSchema } from "../core/spec-types";
import type {
  FlowPushResult,
  ProjectFlows,
  ProjectPullParams,
  ProjectPullResult,
  ProjectPushParams,
} from "../flows-as-code/flow-sync";
import { type Download, download, filePart, formWithFile, type UploadSource } from "./bytes-io";
import type { Flow } from "./flows";
import { checkPullParams } from "./pull-params";

/** A project (the server's `FolderRead`; projects were called folders before Langflow 1.5). */
export interface Project extends SpecSchema<"FolderRead"> {}
/** A project in `projects.list()` (`FolderListRead`). */
export interface ProjectListItem extends SpecSchema<"FolderListRead"> {}
/** The body of `projects.create` (`FolderCreate`): a `name`, optionally a `description` and flows to move into it. */
export interface ProjectCreate extends SpecSchema<"FolderCreate"> {}
/** The changes of `projects.update` (`FolderUpdate`). */
export interface ProjectUpdate extends SpecSchema<"FolderUpdate"> {}
/** A project with its flows, as `projects.get` returns it (`FolderReadWithFlows`). */
export interface ProjectWithFlows extends SpecSchema<"FolderReadWithFlows"> {}
type ProjectWithFlowPage = Schemas["FolderWithPaginatedFlows"];

export interface ProjectFlowsParams {
  /** 1-based; the first page to get (iteration goes on from there). Default 1. */
  page?: number;
  /** Items per page. Default 50. */
  size?: number;
  /** Only flows saved as components. */
  isComponent?: boolean;
  /** Only flows that are not components. */
  isFlow?: boolean;
  /** Only flows whose name contains this text. */
  search?: string;
}

export interface ProjectUploadParams {
  /** Default `project.zip`; the server names the new project after it. */
  filename?: string;
}

const FLOWS: WireNames<ProjectFlowsParams> = {
  page: "page",
  size: "size",
  isComponent: "is_component",
  isFlow: "is_flow",
  search: "search",
};
const UPLOAD: WireNames<ProjectUploadParams> = { filename: null };

const PROJECTS = "/api/v1/projects/";
const FOLDERS = "/api/v1/folders/";

const PUSH: WireNames<ProjectPushParams> = { dryRun: null, projectId: null };

export class Projects extends APIResource {
  #base = PROJECTS;

  /**
   * Runs `call` on `/projects/`, and on `/folders/` when the server lacks the `/projects/` route. The switch is kept
   * once `/folders/` shows it exists (any answer but a route-level 404): an id with an encoded "/" also gets a
   * route-level 404 (the server decodes it before routing), and must not make the client give up `/projects/`.
   */
  #withBase<T>(call: (base: string) => APIPromise<T>): APIPromise<T> {
    const first = this.#base;
    const inner = call(first)
      .withResponse()
      .catch((error: unknown) => {
        if (first !== PROJECTS || !isMissingRoute(error)) throw error;
        return call(FOLDERS)
          .withResponse()
          .then(
            (answer) => {
              this.#base = FOLDERS;
              return answer;
            },
            (fallback: unknown) => {
              if (isMissingRoute(fallback)) throw error;
              this.#base = FOLDERS;
              throw fallback;
            },
          );
      });
    return new APIPromise(inner);
  }

  /** Every project of the user. */
  list(options?: RequestOptions): APIPromise<ProjectListItem[]> {
    return this.#withBase((base) =>
      this.transport.json<ProjectListItem[]>({ method: "GET", path: base, schema: "projects" }, options),
    );
  }

  /** The project with all its flows. */
  get(id: string, options?: RequestOptions): APIPromise<ProjectWithFlows> {
    const rest = path`${id}`;
    return this.#withBase((base) =>
      this.transport.json<ProjectWithFlows>(
        { method: "GET", path: base + rest, schema: "projectWithFlows" },
        options,
      ),
    );
  }

  /**
   * One page of the project's flows (`await`), or every flow from that page on (`for await`):
   * `for await (const flow of lf.projects.listFlows(id))`.
   */
  listFlows(id: string, params: ProjectFlowsParams = {}, options?: RequestOptions): PagePromise<Flow> {
    const rest = path`${id}`;
    const query = toWire(params, FLOWS);
    return new PagePromise(
      (page) =>
        this.#withBase((base) =>
          this.transport.json<ProjectWithFlowPage>(
            {
              method: "GET",
              path: base + rest,
              query: { ...query, page, size: params.size ?? 50 },
              schema: "projectWithFlowPage",
            },
            options,
          ),
        ).map((answer) => answer.flows as Page<Flow>),
      params.page,
    );
  }

  /** Creates a project; `flows_list` / `components_list` move existing flows into it. */
  create(project: ProjectCreate, options?: RequestOptions): APIPromise<Project> {
    return this.#withBase((base) =>
      this.transport.json<Project>({ method: "POST", path: base, body: project, schema: "project" }, options),
    );
  }

  /** Renames or re-describes a project, or moves flows into it. */
  update(id: string, changes: ProjectUpdate, options?: RequestOptions): APIPromise<Project> {
    const rest = path`${id}`;
    return this.#withBase((base) =>
      this.transport.json<Project>(
        { method: "PATCH", path: base + rest, body: changes, schema: "project" },
        options,
      ),
    );
  }

  /** Deletes the project. The server deletes its flows with it. */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    const rest = path`${id}`;
    return this.#withBase((base) =>
      this.transport.json<void>({ method: "DELETE", path: base + rest }, options),
    );
  }

  /** The project's flows as a zip (404 "No flows found in project" for an empty project). */
  download(id: string, options?: RequestOptions): APIPromise<Download> {
    const rest = path`download/${id}`;
    return this.#withBase((base) => download(this.transport, { method: "GET", path: base + rest }, options));
  }

  /** Imports a project zip (as `download` gives it); resolves to the created flows. */
  upload(zip: UploadSource, params: ProjectUploadParams = {}, options?: RequestOptions): APIPromise<Flow[]> {
    checkParams(params, UPLOAD);
    const filename = params.filename ?? "project.zip";
    const form = () => formWithFile("file", filePart(zip, filename, "application/zip"), filename);
    return this.#withBase((base) =>
      this.transport.json<Flow[]>(
        { method: "POST", path: `${base}upload/`, body: form(), schema: "flows" },
        options,
      ),
    );
  }

  /**
   * Pushes every `*.json` flow file of a folder (Node, Deno, Bun), in name order, each as `lf.flows.push()` does:
   * what `lfx push --dir` and the Python SDK's `push_project()` do. Every file is read and checked first, so one bad
   * file stops the push before anything changes on the server.
   */
  push(dir: string, params: ProjectPushParams = {}, options?: RequestOptions): Promise<FlowPushResult[]> {
    checkParams(params, PUSH);
    if (params.projectId !== undefined) segment(params.projectId, "projectId");
    return pushProjectDir(this.transport, dir, params, options);
  }

  /**
   * Writes each flow of the project to `outputDir` as `<flow name>.json` (Node, Deno, Bun): the names and bytes of
   * `lfx pull --project-id`. Each file's `status` says whether it was created, updated or unchanged.
   */
  pull(id: string, params: ProjectPullParams, options?: RequestOptions): Promise<ProjectPullResult> {
    checkPullParams("projects.pull", params);
    segment(id, "/api/v1/projects/{id}");
    const projectFlows: ProjectFlows = async (projectId, o) => {
      const project = await this.get(projectId, o);
      return { name: project.name, flows: project.flows ?? [] };
    };
    return pullProject(this.transport, projectFlows, id, params, options);
  }
}
