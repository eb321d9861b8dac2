// Projects (formerly folders): list, get with flows (plain or paginated), create, update, delete.
// Download/upload as zip live in projects-transfer.ts; the legacy /api/v1/folders/ paths in folders.ts.
import { http } from "msw";
import type { components } from "../../src/generated/openapi";
import type { ApiArea, MockContext } from "../context";
import { authenticate } from "../http/auth";
import { jsonResponse } from "../http/errors";
import { api } from "../http/paths";
import { route } from "../http/route";
import { queryBool, queryInts, validateBody } from "../http/schema";
import { readJsonBody, uuidParam } from "../http/validation";
import type { ProjectRecord } from "../state/projects";
import type { UserRecord } from "../state/users";
import { flowsOf, projectOr404, uniqueProjectName } from "./shared/projects";

type FolderRead = components["schemas"]["FolderRead"];
type FolderListRead = components["schemas"]["FolderListRead"];

function folderRead(p: ProjectRecord): FolderRead {
  return {
    name: p.name,
    description: p.description,
    auth_settings: p.auth_settings,
    id: p.id,
    parent_id: p.parent_id,
  };
}

/** Moves the caller's flows with these ids into the project (adding a flow to a project moves it, never copies). */
function moveFlows(ctx: MockContext, user: UserRecord, project: ProjectRecord, ids: string[]): void {
  for (const id of ids) {
    const flow = ctx.state.flows.get(id);
    if (flow && flow.user_id === user.id) ctx.state.flows.update(flow.id, { folder_id: project.id });
  }
}

const uuidList = { kind: "array", items: { kind: "uuid" }, nullable: true } as const;

export const projectsArea: ApiArea = (ctx) => [
  http.get(
    api("/api/v1/projects/"),
    route(({ request }) => {
      const user = authenticate(ctx, request);
      const list: FolderListRead[] = [...ctx.state.projects.projects.values()]
        .filter((p) => p.user_id === user.id)
        .sort((a, b) => a.created_at - b.created_at)
        .map((p) => ({ ...folderRead(p), owner_username: user.username, is_owner: true }));
      return jsonResponse(list);
    }),
  ),
  http.post(
    api("/api/v1/projects/"),
    route(async ({ request }) => {
      const user = authenticate(ctx, request);
      const body = validateBody<{
        name: string;
        description?: string | null;
        auth_settings?: Record<string, unknown> | null;
        components_list?: string[] | null;
        flows_list?: string[] | null;
      }>(await readJsonBody(request), {
        fields: {
          name: { kind: "string", required: true },
          description: { kind: "string", nullable: true },
          auth_settings: { kind: "object", nullable: true },
          components_list: uuidList,
          flows_list: uuidList,
        },
      });
      const project = ctx.state.projects.add({
        name: uniqueProjectName(ctx, user.id, body.name),
        description: body.description ?? null,
        user_id: user.id,
        auth_settings: body.auth_settings ?? { auth_type: "apikey" },
      });
      moveFlows(ctx, user, project, [...(body.flows_list ?? []), ...(body.components_list ?? [])]);
      return jsonResponse(folderRead(project), 201);
    }),
  ),
  http.get(
    api("/api/v1/projects/:project_id"),
    route(({ request, params, url }) => {
      const user = authenticate(ctx, request);
      const id = uuidParam(params.project_id as string, ["path", "project_id"]);
      // Paginated only when both are given (1.13.0 answers the plain shape for ?page=1 or ?size=2 alone).
      const paginated = url.searchParams.has("page") && url.searchParams.has("size");
      const paging = queryInts(url, { page: { min: 1 }, size: { min: 1, max: 100 } }, { twice: true });
      const page = paging.page ?? 1;
      const size = paging.size ?? 50;
      const isComponent = queryBool(url, "is_component", false);
      const isFlow = queryBool(url, "is_flow", false);
      const search = url.searchParams.get("search") ?? "";
      const project = projectOr404(ctx, user, id);
      let flows = flowsOf(ctx, project);
      if (!paginated) return jsonResponse({ ...folderRead(project), flows });
      if (isComponent) flows = flows.filter((f) => f.is_component);
      if (isFlow) flows = flows.filter((f) => !f.is_component);
      if (search) flows = flows.filter((f) => f.name.toLowerCase().includes(search.toLowerCase()));
      // Newest first, as the server pages them.
      flows = [...flows].sort((a, b) => b.updated_at.localeCompare(a.updated_at));
      const items = flows.slice((page - 1) * size, page * size);
      return jsonResponse({
        folder: folderRead(project),
        flows: { items, total: flows.length, page, size, pages: Math.ceil(flows.length / size) },
      });
    }),
  ),
  http.patch(
    api("/api/v1/projects/:project_id"),
    route(async ({ request, params }) => {
      const user = authenticate(ctx, request);
      const id = uuidParam(params.project_id as string, ["path", "project_id"]);
      const body = validateBody<{
        name?: string | null;
        description?: string | null;
        parent_id?: string | null;
        auth_settings?: Record<string, unknown> | null;
        components?: string[];
        flows?: string[];
      }>(await readJsonBody(request), {
        fields: {
          name: { kind: "string", nullable: true },
          description: { kind: "string", nullable: true },
          parent_id: { kind: "uuid", nullable: true },
          auth_settings: { kind: "object", nullable: true },
          components: { kind: "array", items: { kind: "uuid" } },
          flows: { kind: "array", items: { kind: "uuid" } },
        },
      });
      const project = projectOr404(ctx, user, id);
      if (body.name) project.name = uniqueProjectName(ctx, user.id, body.name, project.id);
      if (body.description !== undefined) project.description = body.description;
      if (body.auth_settings !== undefined) project.auth_settings = body.auth_settings;
      moveFlows(ctx, user, project, [...(body.flows ?? []), ...(body.components ?? [])]);
      return jsonResponse(folderRead(project));
    }),
  ),
  http.delete(
    api("/api/v1/projects/:project_id"),
    route(({ request, params }) => {
      const user = authenticate(ctx, request);
      const id = uuidParam(params.project_id as string, ["path", "project_id"]);
      const project = projectOr404(ctx, user, id);
      // Deleting a project deletes its flows (checked on 1.13.0: the flow's GET answers 404 afterwards).
      for (const flow of flowsOf(ctx, project)) ctx.state.flows.delete(flow.id);
      ctx.state.projects.projects.delete(project.id);
      return new Response(null, { status: 204 });
    }),
  ),
];
