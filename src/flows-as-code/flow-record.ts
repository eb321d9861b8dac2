// What push and pull keep of a flow, as Langflow's own tools do (pure: no file, no network), so that a file written
// by `lfx pull` and one written by our pull are the same bytes, and each tool pushes the other's files:
// - pull keeps the fields of the Python SDK's `Flow` model (langflow_sdk/models.py), with its defaults, before
//   normalizing: `lfx pull` writes `normalize_flow(flow.model_dump(mode="json"))`;
// - push sends the fields of `FlowCreate` (lfx/cli/push.py `_flow_to_create`), nulls left out (`exclude_none`);
// - file names are lfx's `safe_filename(name) + ".json"` (lfx/cli/common.py).
import { FlowFormatError } from "../core/errors";
import { isDict, type PyDict, PyInt, type PyValue } from "./py-json";

/** The Python SDK's `Flow` model, in its order, with its defaults (`model_dump` writes every field). */
const FLOW_FIELDS: [string, PyValue][] = [
  ["id", null],
  ["name", null],
  ["description", null],
  ["data", null],
  ["is_component", false],
  ["updated_at", null],
  ["endpoint_name", null],
  ["tags", null],
  ["folder_id", null],
  ["user_id", null],
  ["icon", null],
  ["icon_bg_color", null],
  ["locked", false],
  ["mcp_enabled", false],
  ["webhook", false],
  ["access_type", "PRIVATE"],
];

/** `FlowCreate`'s fields, which push sends (lfx's `_flow_to_create`; `folder_id` is push's own choice). */
const PUSHED_FIELDS: [string, PyValue][] = [
  ["name", "Untitled"],
  ["description", null],
  ["data", null],
  ["is_component", false],
  ["endpoint_name", null],
  ["tags", null],
  ["icon", null],
  ["icon_bg_color", null],
  ["locked", false],
  ["mcp_enabled", false],
];

const UUID = /^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$/i;

/** A flow as the server sent it, reduced to the Python SDK's `Flow` fields (what `lfx pull` normalizes). */
export function pulledFields(flow: PyDict): PyDict {
  const out: PyDict = new Map();
  for (const [key, fallback] of FLOW_FIELDS) {
    const value = flow.get(key) ?? fallback;
    // pydantic's UUID in JSON mode: lower case with hyphens.
    out.set(
      key,
      key.endsWith("id") && typeof value === "string" && UUID.test(value) ? canonicalUuid(value) : value,
    );
  }
  return out;
}

/**
 * The body of `PUT /api/v1/flows/{id}` for a flow file: `FlowCreate`'s fields, nulls left out (the server keeps its
 * value), code fields written as lists of lines joined back into one string (the server runs strings only).
 */
export function pushBody(flow: PyDict, projectId: string | undefined): PyDict {
  const out: PyDict = new Map();
  for (const [key, fallback] of PUSHED_FIELDS) {
    const value = flow.has(key) ? (flow.get(key) ?? null) : fallback;
    if (value !== null) out.set(key, key === "data" ? joinCodeLines(value) : value);
  }
  if (projectId !== undefined) out.set("folder_id", projectId);
  return out;
}

/** The flow's id (lfx: "has no 'id' field" / "has an invalid 'id'"), as a canonical UUID. */
export function flowIdOf(flow: PyDict, where: string): string {
  const id = flow.get("id");
  if (id === undefined || id === null || id === "") {
    throw new FlowFormatError(
      where,
      "A flow file needs the flow's 'id' (push upserts by it): pull the flow, or export it from Langflow with its id",
    );
  }
  const text = id instanceof PyInt ? id.digits : id;
  if (typeof text !== "string" || !UUID.test(text)) {
    throw new FlowFormatError(where, `The flow's 'id' must be a UUID, got ${JSON.stringify(text)}`);
  }
  return canonicalUuid(text);
}

function canonicalUuid(value: string): string {
  const hex = value.replace(/-/g, "").toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A copy of a flow's `data` whose code fields held as lists of lines (`codeAsLines`) are strings again. */
function joinCodeLines(data: PyValue): PyValue {
  if (!isDict(data) || !Array.isArray(data.get("nodes"))) return data;
  const nodes = (data.get("nodes") as PyValue[]).map((node) => {
    const template = isDict(node) ? dig(node, "data", "node", "template") : undefined;
    if (!isDict(template)) return node;
    for (const field of template.values()) {
      const value = isDict(field) ? field.get("value") : undefined;
      if (isDict(field) && field.get("type") === "code" && Array.isArray(value)) {
        if (value.every((line) => typeof line === "string")) field.set("value", value.join("\n"));
      }
    }
    return node;
  });
  const out = new Map(data);
  out.set("nodes", nodes);
  return out;
}

function dig(value: PyDict, ...keys: string[]): PyValue | undefined {
  let current: PyValue | undefined = value;
  for (const key of keys) current = isDict(current) ? current.get(key) : undefined;
  return current;
}

/**
 * lfx's `safe_filename`: letters, digits, `-`, `_` and spaces kept (any script, as Python's `isalnum`), anything else
 * `_`; then trimmed, spaces to `_`. A name with nothing left is the flow's id.
 */
export function safeFilename(name: string, id: string): string {
  const safe = Array.from(name, (c) => (/^[\p{L}\p{N}\- _]$/u.test(c) ? c : "_"))
    .join("")
    .trim()
    .replaceAll(" ", "_");
  return safe === "" ? id : safe;
}
