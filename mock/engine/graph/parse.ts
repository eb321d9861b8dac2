// Langflow flow JSON (data.nodes + data.edges) → the engine's graph, as Langflow 1.13.0 reads it
// (lfx/graph/graph/base.py: add_nodes_and_edges, _build_vertices): group nodes opened up, sticky notes and
// other UI-only nodes left out, loop feedback edges recognised.
import { isPlainObject } from "../../guards";
import type { Edge, FieldSpec, Graph, OutputSpec, Vertex } from "../types";
import { ungroupFlow } from "./ungroup";

export class GraphError extends Error {}

/** Graphs already read, by the flow data object (a stored flow's data is replaced, never edited in place). */
const parsed = new WeakMap<object, Graph>();

/**
 * Parses a flow's data; throws GraphError for data that is not a graph at all. Each call answers a graph of its
 * own: the run may set its vertices' params (tweaks, input, session) without touching another run's.
 */
export function buildGraph(data: unknown): Graph {
  const known = isPlainObject(data) ? parsed.get(data) : undefined;
  const graph = known ?? readGraph(data);
  if (!known && isPlainObject(data)) parsed.set(data, graph);
  const vertices = new Map<string, Vertex>();
  for (const [id, v] of graph.vertices)
    vertices.set(id, { ...v, params: { ...v.params }, fromDb: new Set(v.fromDb) });
  return { vertices, nodeOrder: graph.nodeOrder, edges: graph.edges };
}

function readGraph(data: unknown): Graph {
  if (!isPlainObject(data) || !Array.isArray(data.nodes))
    throw new GraphError("Error while creating graph from payload: the flow has no data (nodes and edges)");
  const flat = ungroupFlow({
    nodes: data.nodes.filter(isPlainObject),
    edges: (Array.isArray(data.edges) ? data.edges : []).filter(isPlainObject),
  });
  const vertices = new Map<string, Vertex>();
  for (const node of flat.nodes) {
    if (isNote(node)) continue;
    const missing = missingKey(node);
    // 1.13.0 reads these keys of every node that is not a note: a KeyError is its build error.
    if (missing) throw new GraphError(`Error while creating graph from payload: '${missing}'`);
    const vertex = parseNode(node);
    if (vertex) vertices.set(vertex.id, vertex);
  }
  const edges: Edge[] = [];
  for (const raw of flat.edges) {
    const missing = missingEdgeKey(raw);
    // Graph._add_edge reads edge["data"]["sourceHandle"]["id"] and ["targetHandle"]["id"] of every edge: the
    // edges of flows saved before 1.0 (handles as "Type|id|..." strings, no `data`) fail there with a KeyError.
    if (missing) throw new GraphError(`Error while creating graph from payload: '${missing}'`);
    const edge = parseEdge(raw, vertices);
    if (edge) edges.push(edge);
  }
  return { vertices, nodeOrder: [...vertices.keys()], edges };
}

/** A sticky note: the server skips it (Graph._build_vertices). */
function isNote(node: Record<string, unknown>): boolean {
  return node.type === "noteNode" || (isPlainObject(node.data) && node.data.type === "note");
}

function missingKey(node: Record<string, unknown>): string | undefined {
  if (!isPlainObject(node.data)) return "data";
  if (!isPlainObject(node.data.node)) return "node";
  if (!isPlainObject(node.data.node.template)) return "template";
  return undefined;
}

/** A node the server runs: not a note (`noteNode`), and with a component template. */
function isComponentNode(node: Record<string, unknown>): boolean {
  return !isNote(node) && missingKey(node) === undefined;
}

function parseNode(node: Record<string, unknown>): Vertex | undefined {
  if (typeof node.id !== "string" || !isComponentNode(node)) return undefined;
  const data = node.data as Record<string, unknown>;
  const inner = data.node as Record<string, unknown>;
  const template = inner.template as Record<string, unknown>;
  const params: Record<string, unknown> = {};
  const fields: Record<string, FieldSpec> = {};
  const fromDb = new Set<string>();
  for (const [field, slot] of Object.entries(template)) {
    if (!isPlainObject(slot) || field === "_type") continue;
    fields[field] = {
      type: typeof slot.type === "string" ? slot.type : "str",
      inputTypes: Array.isArray(slot.input_types) ? slot.input_types.map(String) : [],
      required: slot.required === true,
      list: slot.list === true,
      displayName: typeof slot.display_name === "string" ? slot.display_name : field,
    };
    if (field === "code") continue;
    params[field] = slot.value;
    if (slot.load_from_db === true) fromDb.add(field);
  }
  const outputs: OutputSpec[] = (Array.isArray(inner.outputs) ? inner.outputs : [])
    .filter(isPlainObject)
    .map((o) => ({
      name: String(o.name ?? ""),
      types: Array.isArray(o.types) ? o.types.map(String) : [],
      allowsLoop: o.allows_loop === true,
    }));
  const type = typeof data.type === "string" ? data.type : node.id.split("-")[0] || "Unknown";
  return {
    id: node.id,
    type,
    displayName: typeof inner.display_name === "string" ? inner.display_name : type,
    params,
    fields,
    fromDb,
    outputs,
    toolMode: inner.tool_mode === true,
    parentId: typeof node.parent_node_id === "string" ? node.parent_node_id : null,
    className:
      isPlainObject(inner.metadata) && typeof inner.metadata.component_class_name === "string"
        ? inner.metadata.component_class_name
        : null,
  };
}

// (1.13.0 also fails a handle without `id`; the mock reads handles by their edge's source and target, so it lets
// hand-written test flows without handle ids run.)
function missingEdgeKey(edge: Record<string, unknown>): string | undefined {
  if (!isPlainObject(edge.data)) return "data";
  if (!isPlainObject(edge.data.sourceHandle)) return "sourceHandle";
  if (!isPlainObject(edge.data.targetHandle)) return "targetHandle";
  return undefined;
}

function parseEdge(raw: Record<string, unknown>, vertices: Map<string, Vertex>): Edge | undefined {
  const { source, target } = raw;
  if (typeof source !== "string" || typeof target !== "string") return undefined;
  const to = vertices.get(target);
  if (!vertices.has(source) || !to) return undefined;
  const data = isPlainObject(raw.data) ? raw.data : {};
  const targetHandle = isPlainObject(data.targetHandle) ? data.targetHandle : {};
  const sourceHandle = isPlainObject(data.sourceHandle) ? data.sourceHandle : {};
  const output = typeof sourceHandle.name === "string" ? sourceHandle.name : "";
  if (typeof targetHandle.fieldName === "string")
    return { source, target, output, field: targetHandle.fieldName, feedback: false };
  // A loop's feedback edge names the loop's output (`item`) instead of an input field.
  const name = typeof targetHandle.name === "string" ? targetHandle.name : "";
  if (name && to.outputs.some((o) => o.name === name))
    return { source, target, output, field: name, feedback: true };
  return { source, target, output, field: "input_value", feedback: false };
}

/** Vertices with no outgoing edge (Langflow's terminal vertices), in node order. */
export function terminalIds(graph: Graph): string[] {
  const sources = new Set(graph.edges.map((e) => e.source));
  return graph.nodeOrder.filter((id) => !sources.has(id));
}
