// `normalizeFlow`: the Python SDK's `normalize_flow` + `flow_to_json` (langflow_sdk/serialization.py, 0.4.0),
// step for step, on the ordered and lossless values of ./py-json so that the bytes are the same.
import { FlowFormatError } from "../core/errors";
import {
  type NormalizeFlowOptions,
  type ResolvedNormalizeOptions,
  resolveNormalizeOptions,
} from "./normalize-options";
import { isDict, type PyDict, type PyValue, truthy } from "./py-json";
import { parsePyJson } from "./py-json-parse";
import { pyJsonDumps } from "./py-json-stringify";

/** Top-level keys that hold one server's state (`_VOLATILE_TOP_LEVEL`). */
const VOLATILE_TOP_LEVEL = ["updated_at", "created_at", "user_id", "folder_id", "access_type", "gradient"];
/** Node keys that change whenever a node is dragged (`_VOLATILE_NODE_KEYS`). */
const VOLATILE_NODE_KEYS = ["positionAbsolute", "dragging", "selected"];

/** A flow as a JavaScript value: what `lf.flows.get()` returns, or any object parsed from a flow file. */
export type FlowJson = object;

/**
 * A flow as a git-friendly JSON text: the same bytes as the Python SDK's
 * `flow_to_json(normalize_flow(flow, ...), indent=...)`, so files written by either SDK (or by `lfx pull`) do not
 * differ. Volatile keys are dropped, secrets cleared, keys sorted; node layout keys dropped and code written as
 * lines on request. Pure: works in browsers too.
 *
 * Give the flow as JSON text (or its UTF-8 bytes) for byte-identical output: the text says which numbers are
 * floats (`1.0`, written back as `1.0`), which a JavaScript object no longer knows (a whole-number float such as
 * `1.0` becomes `1` once parsed, so an object input writes `1` where Python writes `1.0`).
 *
 * @example
 * const text = normalizeFlow(await res.text());                 // what `lfx pull` writes
 * const lines = normalizeFlow(flow, { codeAsLines: true });      // code fields as lists of lines
 * @throws FlowFormatError when the text is not JSON, or the flow's `data` / `nodes` have the wrong shape.
 * @throws LangflowConfigError on an unknown or malformed option.
 */
export function normalizeFlow(flow: string | Uint8Array | FlowJson, options?: NormalizeFlowOptions): string {
  const o = resolveNormalizeOptions(options);
  const result = readFlow(flow);
  if (!isDict(result)) throw new FlowFormatError("the top level", "A flow must be a JSON object");
  return normalizeDict(result, o);
}

/** `normalizeFlow` of a flow already read losslessly (push and pull work on the ordered values of ./py-json). */
export function normalizeDict(result: PyDict, o: ResolvedNormalizeOptions): string {
  if (o.stripVolatile) for (const key of VOLATILE_TOP_LEVEL) result.delete(key);
  const data = dictOrEmpty(result.get("data"), "data");
  const nodes = listOrEmpty(data.get("nodes"), "data.nodes");
  data.set(
    "nodes",
    nodes.map((node, i) => (isDict(node) ? processNode(node, o, `data.nodes[${i}]`) : node)),
  );
  result.set("data", data);

  return `${pyJsonDumps(o.sortKeys ? sortKeysDeep(result) : result, o.indent)}\n`;
}

function readFlow(flow: string | Uint8Array | FlowJson): PyValue {
  if (typeof flow === "string") return parsePyJson(flow);
  if (flow instanceof Uint8Array) {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(flow);
    } catch {
      throw new FlowFormatError("the bytes given", "A flow file must be UTF-8 text");
    }
    return parsePyJson(text);
  }
  if (typeof flow !== "object" || flow === null) {
    throw new FlowFormatError(
      "the top level",
      "A flow must be a JSON object, its JSON text or its UTF-8 bytes",
    );
  }
  // One path for objects and text: JSON.stringify applies toJSON and drops undefined as any JSON writer would.
  let text: string;
  try {
    text = JSON.stringify(flow);
  } catch (error) {
    throw new FlowFormatError(
      "the top level",
      `A flow must be JSON-serializable (${(error as Error).message})`,
    );
  }
  return parsePyJson(text);
}

/** Python's `dict(value or {})` for the shapes a flow has; anything else is refused rather than mangled. */
function dictOrEmpty(value: PyValue | undefined, where: string): PyDict {
  if (!truthy(value)) return new Map();
  if (isDict(value)) return value;
  throw new FlowFormatError(where, "Expected a JSON object");
}

function listOrEmpty(value: PyValue | undefined, where: string): PyValue[] {
  if (!truthy(value)) return [];
  if (Array.isArray(value)) return value;
  throw new FlowFormatError(where, "Expected a JSON array");
}

function processNode(node: PyDict, o: ResolvedNormalizeOptions, where: string): PyDict {
  if (o.stripNodeVolatile) for (const key of VOLATILE_NODE_KEYS) node.delete(key);
  const nodeData = dictOrEmpty(node.get("data"), `${where}.data`);
  const inner = dictOrEmpty(nodeData.get("node"), `${where}.data.node`);
  const template = dictOrEmpty(inner.get("template"), `${where}.data.node.template`);
  for (const field of template.values()) if (isDict(field)) processTemplateField(field, o);
  inner.set("template", template);
  nodeData.set("node", inner);
  node.set("data", nodeData);
  return node;
}

function processTemplateField(field: PyDict, o: ResolvedNormalizeOptions): void {
  if (o.stripSecrets && (truthy(field.get("password")) || truthy(field.get("load_from_db")))) {
    field.set("value", "");
  }
  if (o.codeAsLines && field.get("type") === "code") {
    const value = field.get("value");
    if (typeof value === "string") field.set("value", value.split("\n"));
  }
}

function sortKeysDeep(value: PyValue): PyValue {
  if (Array.isArray(value)) return value.map(sortKeysDeep);
  if (!isDict(value)) return value;
  const keys = [...value.keys()].sort(compareCodePoints);
  return new Map(keys.map((key) => [key, sortKeysDeep(value.get(key) ?? null)]));
}

/** Python's string order: by code point (JavaScript's `<` compares UTF-16 units, which differs past U+FFFF). */
export function compareCodePoints(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(i) ?? 0;
    if (x !== y) return x - y;
    i += x > 0xffff ? 2 : 1;
  }
  return (i < a.length ? 1 : 0) - (i < b.length ? 1 : 0);
}
