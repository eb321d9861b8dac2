// Langflow flow JSON (data.nodes + data.edges) → a graph the engine can run in topological order.
import { isPlainObject } from "../http/validation";

export interface Vertex {
  id: string;
  /** Component type, e.g. "ChatInput", "Prompt Template", "MockModel". */
  type: string;
  displayName: string;
  /** Field → value from the node's template. */
  params: Record<string, unknown>;
  /** Fields whose value names a global variable (`load_from_db`). */
  fromDb: Set<string>;
  outputs: { name: string; types: string[] }[];
}

export interface Edge {
  source: string;
  target: string;
  /** Output name on the source ("message", "prompt", ...). */
  output: string;
  /** Input field on the target ("input_value", "question", ...). */
  field: string;
}

export interface Graph {
  vertices: Map<string, Vertex>;
  edges: Edge[];
  /** Vertex ids in execution order. */
  order: string[];
  /** Vertices without incoming edges (the first layer). */
  firstLayer: string[];
}

export class GraphError extends Error {}

/** Parses and sorts a flow's data; throws GraphError for data that is not a runnable graph. */
export function buildGraph(data: unknown): Graph {
  if (!isPlainObject(data) || !Array.isArray(data.nodes))
    throw new GraphError("Flow has no data (nodes and edges).");
  const vertices = new Map<string, Vertex>();
  for (const node of data.nodes) {
    const vertex = parseNode(node);
    if (vertex) vertices.set(vertex.id, vertex);
  }
  const edges: Edge[] = [];
  for (const raw of Array.isArray(data.edges) ? data.edges : []) {
    const edge = parseEdge(raw);
    if (edge && vertices.has(edge.source) && vertices.has(edge.target)) edges.push(edge);
  }
  const { order, firstLayer } = topoSort([...vertices.keys()], edges);
  return { vertices, edges, order, firstLayer };
}

function parseNode(node: unknown): Vertex | undefined {
  if (!isPlainObject(node) || typeof node.id !== "string" || !isPlainObject(node.data)) return undefined;
  const data = node.data;
  const inner = isPlainObject(data.node) ? data.node : {};
  const template = isPlainObject(inner.template) ? inner.template : {};
  const params: Record<string, unknown> = {};
  const fromDb = new Set<string>();
  for (const [field, slot] of Object.entries(template)) {
    if (!isPlainObject(slot) || field === "code" || field === "_type") continue;
    params[field] = slot.value;
    if (slot.load_from_db === true) fromDb.add(field);
  }
  const outputs = (Array.isArray(inner.outputs) ? inner.outputs : []).filter(isPlainObject).map((o) => ({
    name: String(o.name ?? ""),
    types: Array.isArray(o.types) ? o.types.map(String) : [],
  }));
  const type = typeof data.type === "string" ? data.type : String(node.id).split("-")[0] || "Unknown";
  return {
    id: node.id,
    type,
    displayName: typeof inner.display_name === "string" ? inner.display_name : type,
    params,
    fromDb,
    outputs,
  };
}

function parseEdge(raw: unknown): Edge | undefined {
  if (!isPlainObject(raw) || typeof raw.source !== "string" || typeof raw.target !== "string")
    return undefined;
  const data = isPlainObject(raw.data) ? raw.data : {};
  const target = isPlainObject(data.targetHandle) ? data.targetHandle : {};
  const source = isPlainObject(data.sourceHandle) ? data.sourceHandle : {};
  const field = typeof target.fieldName === "string" ? target.fieldName : "input_value";
  const output = typeof source.name === "string" ? source.name : "";
  return { source: raw.source, target: raw.target, output, field };
}

function topoSort(ids: string[], edges: Edge[]): { order: string[]; firstLayer: string[] } {
  const indegree = new Map(ids.map((id) => [id, 0]));
  for (const e of edges) indegree.set(e.target, (indegree.get(e.target) ?? 0) + 1);
  const firstLayer = ids.filter((id) => indegree.get(id) === 0);
  const queue = [...firstLayer];
  const order: string[] = [];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    order.push(id);
    for (const e of edges) {
      if (e.source !== id) continue;
      const left = (indegree.get(e.target) ?? 0) - 1;
      indegree.set(e.target, left);
      if (left === 0) queue.push(e.target);
    }
  }
  if (order.length !== ids.length)
    throw new GraphError("Flow has a cycle; the mock engine runs acyclic flows only.");
  return { order, firstLayer };
}

/** Vertices with no outgoing edge (Langflow's terminal / output vertices). */
export function terminalIds(graph: Graph): string[] {
  const sources = new Set(graph.edges.map((e) => e.source));
  return graph.order.filter((id) => !sources.has(id));
}

export function successors(graph: Graph, id: string): string[] {
  return [...new Set(graph.edges.filter((e) => e.source === id).map((e) => e.target))];
}
