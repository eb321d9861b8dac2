// Parsing and validating POST /api/v2/workflows bodies for both profiles.

import { checkObject, type ObjectSpec } from "../../http/schema";
import {
  type FieldIssue,
  issue,
  isUuid,
  normalizeUuid,
  readJsonBody,
  validationError,
} from "../../http/validation";

export type Mode = "sync" | "stream" | "background";

/** WorkflowRunRequest (1.11+, extra="forbid"). */
export interface RunRequestBody {
  flow_id: string;
  input_value: string;
  mode: Mode;
  stream_protocol: string;
  session_id: string | null;
  tweaks: Record<string, unknown>;
  globals: Record<string, string>;
  output_ids: string[] | null;
  data: Record<string, unknown> | null;
  files: string[] | null;
  start_component_id: string | null;
  stop_component_id: string | null;
  idempotency_key: string | null;
  expose_graph_state: boolean | null;
}

const CURRENT: ObjectSpec = {
  forbidExtra: true,
  fields: {
    flow_id: { kind: "string", required: true },
    input_value: { kind: "string", default: "" },
    mode: { kind: "enum", values: ["sync", "stream", "background"], default: "sync" },
    stream_protocol: { kind: "string", default: "langflow" },
    session_id: { kind: "string", nullable: true, default: null },
    tweaks: { kind: "object", default: {} },
    globals: { kind: "object", values: { kind: "string", maxLength: 65536 }, default: {} },
    output_ids: { kind: "array", items: { kind: "string" }, nullable: true, default: null },
    data: { kind: "object", nullable: true, default: null },
    files: { kind: "array", items: { kind: "string" }, nullable: true, default: null },
    start_component_id: { kind: "string", nullable: true, default: null },
    stop_component_id: { kind: "string", nullable: true, default: null },
    idempotency_key: { kind: "string", nullable: true, maxLength: 255, default: null },
    expose_graph_state: { kind: "boolean", nullable: true, default: null },
  },
};

/** WorkflowExecutionRequest (1.8–1.10, extra="forbid"; `globals` arrived in 1.10). */
export interface LegacyRequestBody {
  flow_id: string;
  background: boolean;
  stream: boolean;
  inputs: Record<string, unknown> | null;
  globals: Record<string, string>;
}

const LEGACY: ObjectSpec = {
  forbidExtra: true,
  fields: {
    flow_id: { kind: "string", required: true },
    background: { kind: "boolean", default: false },
    stream: { kind: "boolean", default: false },
    inputs: { kind: "object", nullable: true, default: null },
    globals: { kind: "object", values: { kind: "string", maxLength: 65536 }, default: {} },
  },
};

function checkGlobalKeys(globals: unknown, issues: FieldIssue[]): void {
  if (!globals || typeof globals !== "object") return;
  for (const key of Object.keys(globals)) {
    if (key.length < 1 || key.length > 256)
      issues.push(issue.valueError(["body", "globals"], `globals keys must be 1..256 characters`));
  }
}

/** Reads the JSON body and checks it against the model: every field issue at once, as one 422. */
async function parseBody<T extends { globals: unknown }>(request: Request, spec: ObjectSpec): Promise<T> {
  const raw = await readJsonBody(request);
  const issues: FieldIssue[] = [];
  const body = checkObject(raw, spec, ["body"], issues) as unknown as T;
  checkGlobalKeys(body.globals, issues);
  if (issues.length > 0) throw validationError(issues);
  return body;
}

export async function parseRunRequest(request: Request): Promise<RunRequestBody> {
  const body = await parseBody<RunRequestBody>(request, CURRENT);
  // The flow_id check is a model validator: it runs only once the fields are valid, with loc ["body"].
  if (!isUuid(body.flow_id))
    throw validationError([issue.valueError(["body"], "Invalid flow_id, must be a UUID")]);
  body.flow_id = normalizeUuid(body.flow_id);
  return body;
}

/** 1.9 takes no `globals` in the body (extra="forbid": 422), only the X-LANGFLOW-GLOBAL-VAR-* headers. */
const LEGACY_1_9: ObjectSpec = {
  forbidExtra: true,
  fields: Object.fromEntries(Object.entries(LEGACY.fields).filter(([name]) => name !== "globals")),
};

export async function parseLegacyRequest(
  request: Request,
  profile: "1.10" | "1.9",
): Promise<LegacyRequestBody> {
  const body = await parseBody<LegacyRequestBody>(request, profile === "1.9" ? LEGACY_1_9 : LEGACY);
  body.globals ??= {};
  if (body.background && body.stream) {
    throw validationError([issue.valueError(["body"], "Both 'background' and 'stream' cannot be True")]);
  }
  return body;
}

/** 1.10 `inputs` ("<component_id>.<param>": value) → tweaks + session id. */
export function splitFlatInputs(inputs: Record<string, unknown> | null): {
  tweaks: Record<string, Record<string, unknown>>;
  sessionId: string | null;
} {
  const tweaks: Record<string, Record<string, unknown>> = {};
  let sessionId: string | null = null;
  for (const [key, value] of Object.entries(inputs ?? {})) {
    const dot = key.lastIndexOf(".");
    if (dot <= 0) continue;
    const component = key.slice(0, dot);
    const param = key.slice(dot + 1);
    if (param === "session_id" && typeof value === "string") sessionId = value;
    tweaks[component] ??= {};
    (tweaks[component] as Record<string, unknown>)[param] = value;
  }
  return { tweaks, sessionId };
}
