// Shared by the flows areas (flows.ts, flows-transfer.ts): FlowCreate validation, creating a flow the way 1.13.0
// does, and the 404 lookup.
import type { MockContext } from "../../context";
import { httpError } from "../../http/errors";
import { checkObject, type FieldSpec, type ObjectSpec } from "../../http/schema";
import { type FieldIssue, issue, type Loc, validationError } from "../../http/validation";
import type { FlowInput, FlowRecord } from "../../state/flows";
import type { UserRecord } from "../../state/users";

const ENDPOINT_RE = /^[a-zA-Z0-9_-]+$/;
const str: FieldSpec = { kind: "string", nullable: true };
const bool: FieldSpec = { kind: "boolean", nullable: true };

const COMMON: Record<string, FieldSpec> = {
  description: str,
  icon: str,
  icon_bg_color: str,
  gradient: str,
  data: { kind: "object", nullable: true },
  is_component: bool,
  webhook: bool,
  endpoint_name: str,
  tags: { kind: "array", items: { kind: "string" }, nullable: true },
  locked: bool,
  mcp_enabled: bool,
  access_type: { kind: "enum", values: ["PRIVATE", "PUBLIC"], nullable: true },
  folder_id: { kind: "uuid", nullable: true },
  updated_at: str,
  action_name: str,
  action_description: str,
};

export const FLOW_CREATE: ObjectSpec = {
  fields: {
    ...COMMON,
    name: { kind: "string", required: true },
    id: { kind: "uuid", nullable: true },
    user_id: { kind: "uuid", nullable: true },
  },
};
export const FLOW_UPDATE: ObjectSpec = { fields: { ...COMMON, name: str } };

/** FlowCreate/FlowUpdate validation incl. the endpoint-name validator; returns the cleaned body or collects issues. */
export function checkFlowBody(body: unknown, spec: ObjectSpec, loc: Loc, issues: FieldIssue[]): FlowInput {
  const value = checkObject(body, spec, loc, issues) as FlowInput;
  const name = value.endpoint_name;
  if (typeof name === "string" && name !== "" && !ENDPOINT_RE.test(name)) {
    issues.push(
      issue.valueError(
        [...loc, "endpoint_name"],
        "Endpoint name must contain only letters, numbers, hyphens, and underscores",
      ),
    );
  }
  return value;
}

export function validateFlowBody(body: unknown, spec: ObjectSpec): FlowInput {
  const issues: FieldIssue[] = [];
  const value = checkFlowBody(body, spec, ["body"], issues);
  if (issues.length > 0) throw validationError(issues);
  return value;
}

/** Creates a flow for `user` (the store makes name and endpoint name unique; unknown folder → the default project). */
export function createFlow(ctx: MockContext, input: FlowInput, user: UserRecord): FlowRecord {
  const { flows, projects } = ctx.state;
  const folder =
    typeof input.folder_id === "string" && projects.get(input.folder_id)
      ? input.folder_id
      : projects.defaultProject.id;
  const clean = { ...input };
  if (typeof clean.id === "string" && flows.get(clean.id)) delete clean.id;
  return flows.add(clean, { userId: user.id, folderId: folder });
}

/** PATCH's change of a flow (also PUT's, on an existing flow): names and endpoint names kept unique, unknown folders ignored. */
export function updateFlow(
  ctx: MockContext,
  flow: FlowRecord,
  body: FlowInput,
  user: UserRecord,
): FlowRecord {
  if (flow.locked && body.locked !== false)
    throw httpError(423, "Flow is locked. Unlock it before making changes.");
  const patch: Partial<FlowRecord> = {};
  for (const [key, value] of Object.entries(body)) {
    if (value === undefined || key === "updated_at" || key === "id" || !(key in flow)) continue;
    (patch as Record<string, unknown>)[key] = value;
  }
  if (typeof patch.name === "string") patch.name = ctx.state.flows.uniqueName(patch.name, user.id, flow.id);
  if (patch.name === null) delete patch.name;
  if (typeof patch.endpoint_name === "string" && patch.endpoint_name) {
    patch.endpoint_name = ctx.state.flows.uniqueEndpoint(patch.endpoint_name, user.id, flow.id);
  }
  if (patch.folder_id !== undefined && (!patch.folder_id || !ctx.state.projects.get(patch.folder_id)))
    delete patch.folder_id;
  return ctx.state.flows.update(flow.id, patch) ?? flow;
}

export function flowOr404(ctx: MockContext, id: string, user: UserRecord): FlowRecord {
  const flow = ctx.state.flows.get(id);
  if (!flow || flow.user_id !== user.id) throw httpError(404, "Flow not found");
  return flow;
}

const HEADER_FIELDS = [
  "id",
  "name",
  "folder_id",
  "is_component",
  "endpoint_name",
  "description",
  "data",
  "access_type",
  "tags",
  "mcp_enabled",
  "flow_type",
  "a2a_enabled",
  "a2a_card_overrides",
  "action_name",
  "action_description",
  "updated_at",
] as const;

/** FlowHeader (`header_flows=true`): summary fields, `data` null. */
export function flowHeader(flow: FlowRecord) {
  const out: Record<string, unknown> = {};
  for (const f of HEADER_FIELDS) out[f] = f === "data" ? null : flow[f];
  return out;
}
