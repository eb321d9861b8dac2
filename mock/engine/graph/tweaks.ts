// Preparing a graph for one run, as Langflow 1.13.0 does before it builds: tweaks (lfx/processing/process.py
// process_tweaks, with the protected-field floor of lfx/utils/flow_validation.py), request global variables
// (`load_from_db` fields), the run's input on the input vertices (Graph._set_inputs) and the session id on every
// vertex that has one (Graph._run: after the tweaks, so the request's session id wins).
import { isProtectedField } from "../../../src/typed-flows/protected-fields";
import { isPlainObject } from "../../guards";
import { pyRepr } from "../python-text";
import type { Graph, Vertex } from "../types";
import { isInputVertex } from "./plan";

/** 422 TWEAKS_REFUSED: a tweak of a field the flow author keeps (code, code-execution and protected fields). */
export class TweaksRefusedError extends Error {
  constructor(
    readonly fields: string[],
    readonly reason: string,
  ) {
    super(`Refused tweak keys ${pyRepr(fields)}: ${reason}`);
  }
}

const PROTECTED_TWEAK_REASON = "The field is protected and keeps the value set by the flow author.";

// One list of what the server refuses, shared with the SDK's generated types (which leave these fields out).
function isProtected(vertex: Vertex, field: string): boolean {
  return isProtectedField(vertex.type, field, vertex.fields[field]?.type ?? "");
}

/** Applies tweaks in place (decide first, then apply: a refusal changes nothing). */
export function applyTweaks(graph: Graph, tweaks: Record<string, unknown>): void {
  const byName = new Map<string, Vertex>();
  for (const v of graph.vertices.values()) if (!byName.has(v.displayName)) byName.set(v.displayName, v);
  const pending: [Vertex, Record<string, unknown>][] = [];
  const global: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(tweaks)) {
    if (isPlainObject(value)) {
      const vertex = graph.vertices.get(key) ?? byName.get(key);
      if (vertex) pending.push([vertex, value]);
    } else {
      global[key] = value;
    }
  }
  // A non-object tweak applies to every node that has the field (process_tweaks' all_nodes_tweaks).
  if (Object.keys(global).length > 0) for (const v of graph.vertices.values()) pending.push([v, global]);
  const refused = new Set<string>();
  for (const [vertex, values] of pending)
    for (const field of Object.keys(values))
      if (field in vertex.fields && isProtected(vertex, field)) refused.add(field);
  if (refused.size > 0) throw new TweaksRefusedError([...refused].sort(), PROTECTED_TWEAK_REASON);
  for (const [vertex, values] of pending) {
    for (const [field, value] of Object.entries(values)) {
      if (!(field in vertex.fields)) continue; // a key the template does not declare is skipped
      const type = vertex.fields[field]?.type;
      if (isPlainObject(value) && type !== "dict" && type !== "NestedDict" && type !== "mcp") {
        // {"value": ..., "load_from_db": ...} as the UI exports a field.
        if ("value" in value) vertex.params[field] = value.value;
        if (value.load_from_db === true) vertex.fromDb.add(field);
        else vertex.fromDb.delete(field);
      } else {
        vertex.params[field] =
          isPlainObject(value) && "value" in value && Object.keys(value).length === 1 ? value.value : value;
        vertex.fromDb.delete(field);
      }
    }
  }
}

/** Fields that name a global variable take the request's value of that variable. */
export function applyGlobals(graph: Graph, globals: Record<string, string> | undefined): void {
  if (!globals) return;
  for (const vertex of graph.vertices.values()) {
    for (const field of vertex.fromDb) {
      const name = vertex.params[field];
      if (typeof name === "string" && name in globals) vertex.params[field] = globals[name];
    }
  }
}

/** The run's input goes to the input vertices of its type (`any`: every input vertex). */
export function applyInput(
  graph: Graph,
  inputValue: string | null,
  inputType: "chat" | "text" | "any",
): void {
  if (inputValue === null) return;
  const wanted = inputType === "chat" ? "ChatInput" : inputType === "text" ? "TextInput" : null;
  for (const vertex of graph.vertices.values()) {
    if (!isInputVertex(vertex)) continue;
    if (wanted && vertex.type !== wanted) continue;
    vertex.params.input_value = inputValue;
  }
}

/** Every vertex with a `session_id` field runs in the run's session (after tweaks: the request wins). */
export function applySession(graph: Graph, sessionId: string): void {
  for (const vertex of graph.vertices.values())
    if ("session_id" in vertex.fields) vertex.params.session_id = sessionId;
}
