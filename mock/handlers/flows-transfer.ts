// /api/v1/flows/ batch create, upload (JSON file), download (JSON or zip), basic examples.
import { http } from "msw";
import type { ApiArea } from "../context";
import { isPlainObject } from "../guards";
import { authenticate } from "../http/auth";
import { bytesResponse, compactTimestamp, zipResponse } from "../http/download";
import { httpError, jsonResponse } from "../http/errors";
import { api } from "../http/paths";
import { route } from "../http/route";
import { validateBody } from "../http/schema";
import { readUploadFile } from "../http/upload";
import { type FieldIssue, readJsonBody, uuidParam, validationError } from "../http/validation";
import type { FlowInput, FlowRecord } from "../state/flows";
import { checkFlowBody, createFlow, FLOW_CREATE } from "./shared/flows";

/**
 * A flow as 1.13.0 exports it: not the FlowRead of GET, but without user_id, folder_id, access_type, gradient,
 * name_key, updated_at, and with fs_path and last_modified_by (checked by the contract parity step).
 */
function exportFlow(flow: FlowRecord): Uint8Array {
  const {
    user_id,
    folder_id: _f,
    access_type: _a,
    gradient: _g,
    name_key: _n,
    updated_at: _u,
    ...rest
  } = flow as FlowRecord & Record<string, unknown>;
  return new TextEncoder().encode(JSON.stringify({ ...rest, fs_path: null, last_modified_by: user_id }));
}

export const flowsTransferArea: ApiArea = (ctx) => [
  http.post(
    api("/api/v1/flows/batch/"),
    route(async ({ request }) => {
      const user = authenticate(ctx, request);
      const raw = await readJsonBody(request);
      const { flows } = validateBody<{ flows: unknown[] }>(raw, {
        fields: { flows: { kind: "array", required: true } },
      });
      const issues: FieldIssue[] = [];
      const inputs = flows.map((f, i) => checkFlowBody(f, FLOW_CREATE, ["body", "flows", i], issues));
      if (issues.length > 0) throw validationError(issues); // validate all before creating any
      // 1.13.0's batch route answers version_token: null (POST /flows/ and /flows/upload/ give one).
      const created = inputs.map((input) =>
        Object.assign(createFlow(ctx, input, user), { version_token: null }),
      );
      return jsonResponse(created, 201);
    }),
  ),
  http.post(
    api("/api/v1/flows/upload/"),
    route(async ({ request, url }) => {
      const user = authenticate(ctx, request);
      const folderRaw = url.searchParams.get("folder_id") ?? url.searchParams.get("project_id");
      const folderId = folderRaw ? uuidParam(folderRaw, ["query", "folder_id"]) : null;
      const file = await readUploadFile(request, "file", { maxSizeMb: ctx.options.maxFileSizeMb });
      let parsed: unknown;
      try {
        parsed = JSON.parse(new TextDecoder().decode(file.bytes));
      } catch {
        throw httpError(400, "Invalid JSON file");
      }
      const list = isPlainObject(parsed) && Array.isArray(parsed.flows) ? parsed.flows : [parsed];
      const issues: FieldIssue[] = [];
      const inputs = list.map((f, i) => {
        const named =
          isPlainObject(f) && typeof f.name !== "string"
            ? { ...f, name: file.name.replace(/\.json$/i, "") }
            : f;
        return checkFlowBody(named, FLOW_CREATE, ["body", "flows", i], issues);
      });
      if (issues.length > 0) throw validationError(issues);
      const created = inputs.map((input) =>
        createFlow(ctx, { ...input, ...(folderId ? { folder_id: folderId } : {}) } as FlowInput, user),
      );
      return jsonResponse(created, 201);
    }),
  ),
  http.post(
    api("/api/v1/flows/download/"),
    route(async ({ request }) => {
      const user = authenticate(ctx, request);
      const { ids } = validateBody<{ ids: string[] }>(
        { ids: await readJsonBody(request) },
        { fields: { ids: { kind: "array", items: { kind: "uuid" }, required: true } } },
      );
      const flows = ids
        .map((id) => ctx.state.flows.get(id))
        .filter((f): f is FlowRecord => !!f && f.user_id === user.id);
      if (flows.length === 0) throw httpError(404, "No flows found");
      if (flows.length === 1) {
        const flow = flows[0] as FlowRecord;
        return bytesResponse(exportFlow(flow), `${flow.name}.json`, "application/json");
      }
      const files = flows.map((f): [string, Uint8Array] => [`${f.name}.json`, exportFlow(f)]);
      return zipResponse(files, `${compactTimestamp(ctx.options.clock.now())}_langflow_flows.zip`);
    }),
  ),
  http.get(
    api("/api/v1/flows/basic_examples/"),
    route(({ request }) => {
      authenticate(ctx, request);
      // Starter projects: the bundled example flows, with stable ids for one mock state.
      return jsonResponse(ctx.state.starterProjects);
    }),
  ),
];
