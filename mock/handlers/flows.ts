// /api/v1/flows/: create, list (array or page), read, update, delete (one or many).
import { http } from "msw";
import type { ApiArea } from "../context";
import { authenticate } from "../http/auth";
import { jsonResponse } from "../http/errors";
import { api } from "../http/paths";
import { route } from "../http/route";
import { queryBool, queryInts, validateBody } from "../http/schema";
import { readJsonBody, uuidParam } from "../http/validation";
import type { FlowRecord } from "../state/flows";
import {
  createFlow,
  FLOW_CREATE,
  FLOW_UPDATE,
  flowHeader,
  flowOr404,
  updateFlow,
  validateFlowBody,
} from "./shared/flows";

export const flowsArea: ApiArea = (ctx) => [
  http.post(
    api("/api/v1/flows/"),
    route(async ({ request }) => {
      const user = authenticate(ctx, request);
      const body = validateFlowBody(await readJsonBody(request), FLOW_CREATE);
      return jsonResponse(createFlow(ctx, body, user), 201);
    }),
  ),
  http.get(
    api("/api/v1/flows/"),
    route(({ request, url }) => {
      const user = authenticate(ctx, request);
      const getAll = queryBool(url, "get_all", true);
      const headerFlows = queryBool(url, "header_flows", false);
      const componentsOnly = queryBool(url, "components_only", false);
      queryBool(url, "remove_example_flows", false); // no starter-project examples live among user flows here
      const folderRaw = url.searchParams.get("folder_id") ?? url.searchParams.get("project_id");
      const folderId = folderRaw ? uuidParam(folderRaw, ["query", "folder_id"]) : null;
      const paging = queryInts(url, { page: { min: 1 }, size: { min: 1, max: 100 } });
      const page = paging.page ?? 1;
      const size = paging.size ?? 50;
      let flows = ctx.state.flows.list(user.id);
      if (componentsOnly) flows = flows.filter((f) => f.is_component);
      const shape = (f: FlowRecord) => (headerFlows ? flowHeader(f) : f);
      // 1.13.0 ignores folder_id with get_all=true; a page is of one project, the default one if none is given.
      if (getAll) return jsonResponse(flows.map(shape));
      const pageFolder = folderId ?? ctx.state.projects.defaultProject.id;
      flows = flows.filter((f) => f.folder_id === pageFolder);
      const items = flows.slice((page - 1) * size, page * size).map(shape);
      return jsonResponse({ items, total: flows.length, page, size, pages: Math.ceil(flows.length / size) });
    }),
  ),
  http.delete(
    api("/api/v1/flows/"),
    route(async ({ request }) => {
      const user = authenticate(ctx, request);
      const ids = validateBody<{ ids: string[] }>(
        { ids: await readJsonBody(request) },
        {
          fields: { ids: { kind: "array", items: { kind: "uuid" }, required: true } },
        },
      ).ids;
      let deleted = 0;
      for (const id of ids) {
        const flow = ctx.state.flows.get(id);
        if (flow && flow.user_id === user.id && ctx.state.flows.delete(id)) deleted++;
      }
      return jsonResponse({ deleted });
    }),
  ),
  http.get(
    api("/api/v1/flows/:flowId"),
    route<{ flowId: string }>(({ request, params }) => {
      const user = authenticate(ctx, request);
      return jsonResponse(flowOr404(ctx, uuidParam(params.flowId, ["path", "flow_id"]), user));
    }),
  ),
  // The upsert of lfx and the Python SDK's push (1.13.0's upsert_flow): 201 with a new flow under this id, or 200
  // after changing the caller's flow as PATCH does (null fields keep their value); another user's flow is a 404.
  http.put(
    api("/api/v1/flows/:flowId"),
    route<{ flowId: string }>(async ({ request, params }) => {
      const user = authenticate(ctx, request);
      const id = uuidParam(params.flowId, ["path", "flow_id"]);
      const body = validateFlowBody(await readJsonBody(request), FLOW_CREATE);
      const existing = ctx.state.flows.get(id);
      if (existing === undefined) return jsonResponse(createFlow(ctx, { ...body, id }, user), 201);
      const changes = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== null));
      return jsonResponse(updateFlow(ctx, flowOr404(ctx, id, user), changes, user));
    }),
  ),
  http.patch(
    api("/api/v1/flows/:flowId"),
    route<{ flowId: string }>(async ({ request, params }) => {
      const user = authenticate(ctx, request);
      const id = uuidParam(params.flowId, ["path", "flow_id"]);
      const body = validateFlowBody(await readJsonBody(request), FLOW_UPDATE);
      return jsonResponse(updateFlow(ctx, flowOr404(ctx, id, user), body, user));
    }),
  ),
  http.delete(
    api("/api/v1/flows/:flowId"),
    route<{ flowId: string }>(({ request, params }) => {
      const user = authenticate(ctx, request);
      const flow = flowOr404(ctx, uuidParam(params.flowId, ["path", "flow_id"]), user);
      ctx.state.flows.delete(flow.id);
      return jsonResponse({ message: "Flow deleted successfully" });
    }),
  ),
];
