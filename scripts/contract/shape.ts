// The shape of a response, without its values: for parity between the mock and the real server, only keys,
// value types, statuses and event names count; ids, timestamps, texts and numbers do not.

/** Flattened shape: `"outputs[].outputs[].results.message.text" -> "string"` (types joined with "|"). */
export type FlatShape = Record<string, string>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Subtrees whose content is the flow graph the scenario sent (echoed back), not the API's shape.
const OPAQUE = new Set(["nodes", "edges", "template", "tweaks"]);
const MAX_DEPTH = 8;

function typeOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value;
}

/** A key that is data rather than a field name (an id used as a key) becomes `{id}`. */
function keyOf(key: string): string {
  return UUID.test(key) ? "{id}" : key;
}

function add(out: FlatShape, path: string, type: string): void {
  const seen = out[path];
  if (seen === undefined) out[path] = type;
  else if (!seen.split("|").includes(type)) out[path] = [...seen.split("|"), type].sort().join("|");
}

export function flatShape(value: unknown, out: FlatShape = {}, path = "$", depth = 0): FlatShape {
  add(out, path, typeOf(value));
  if (depth >= MAX_DEPTH || value === null || typeof value !== "object") return out;
  const last = path.slice(path.lastIndexOf(".") + 1);
  if (OPAQUE.has(last)) return out;
  if (Array.isArray(value)) {
    for (const item of value) flatShape(item, out, `${path}[]`, depth + 1);
    return out;
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    flatShape(child, out, `${path}.${keyOf(key)}`, depth + 1);
  }
  return out;
}

/** Merges `from` into `into` (a union: several bodies of one endpoint, e.g. the polls of one job). */
export function mergeShapes(into: FlatShape, from: FlatShape): FlatShape {
  for (const [path, types] of Object.entries(from)) for (const t of types.split("|")) add(into, path, t);
  return into;
}

/**
 * Event names of a recorded stream body, whatever its framing: SSE (`event:` / `data:` lines), Langflow's
 * blank-line separated JSON objects, or newline-delimited JSON. A JSON event is named by `event` or `type`.
 */
export function eventNames(text: string): string[] {
  const names: string[] = [];
  for (const block of text.split(/\r?\n\r?\n/)) {
    const lines = block.split(/\r?\n/).filter((l) => l.trim() !== "");
    if (lines.length === 0) continue;
    const sse = lines.some((l) => /^(data|event|id|retry):/.test(l) || l.startsWith(":"));
    if (sse) {
      const named = lines.find((l) => l.startsWith("event:"));
      const data = lines
        .filter((l) => l.startsWith("data:"))
        .map((l) => l.slice(5).trimStart())
        .join("\n");
      if (named) names.push(named.slice(6).trim());
      else if (data) names.push(nameOfJson(data));
      continue;
    }
    // Not SSE: one JSON object per block, or per line.
    const whole = tryParse(block);
    if (whole !== undefined) names.push(nameOf(whole));
    else for (const line of lines) names.push(nameOfJson(line));
  }
  return names;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function nameOfJson(text: string): string {
  if (text.trim() === "[DONE]") return "[DONE]";
  const value = tryParse(text);
  return value === undefined ? "(not json)" : nameOf(value);
}

function nameOf(value: unknown): string {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (typeof v.event === "string") return v.event;
    if (typeof v.type === "string") return v.type;
  }
  return `(${typeOf(value)})`;
}

/** `token, token, token` -> `token+`: how many tokens a run streams is a value, not a shape. */
export function collapseRepeats(names: string[]): string[] {
  const out: string[] = [];
  for (const name of names) {
    const last = out[out.length - 1];
    if (last === name || last === `${name}+`) out[out.length - 1] = `${name}+`;
    else out.push(name);
  }
  return out;
}
