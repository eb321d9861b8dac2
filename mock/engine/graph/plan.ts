// Which vertices a run builds and in what order, as Langflow 1.13.0 decides it (lfx/graph/graph/utils.py:
// find_start_component_id, get_sorted_vertices, filter_vertices_*; base.py: process, find_next_runnable_vertices;
// lfx/base/flow_controls/loop_utils.py: get_loop_body_vertices).
import type { Edge, Graph, Vertex } from "../types";
import { GraphError } from "./parse";

const INPUT_COMPONENTS = ["ChatInput", "Webhook", "TextInput"];
/** Langflow's PRIORITY_LIST_OF_INPUTS: a run starts at a webhook, else at a chat input (matched in the id). */
const PRIORITY = ["webhook", "chat"];

export interface RunPlan {
  /** Vertices the run may build. */
  runSet: Set<string>;
  /** The first batch, in build order. */
  firstLayer: string[];
  /** Loop vertex → the vertices of its body (built by the loop, once per item, never by the outer run). */
  loopBodies: Map<string, Set<string>>;
}

export function isInputVertex(v: Vertex): boolean {
  return INPUT_COMPONENTS.includes(v.type) || INPUT_COMPONENTS.includes(v.id.split("-")[0] ?? "");
}

export function isOutputVertex(v: Vertex): boolean {
  const types = [v.type, v.id.split("-")[0] ?? ""];
  return ["ChatOutput", "TextOutput", "DataOutput"].some((t) => types.includes(t));
}

/** sort_chat_inputs_first: the chat input ("ChatInput" in its id) that builds alone first, if it has no inputs. */
function chatInputFirst(graph: Graph, edges: Edge[]): string | null {
  const chat = graph.nodeOrder.find((id) => id.includes("ChatInput"));
  return chat && !edges.some((e) => e.target === chat) ? chat : null;
}

/** The vertex a run starts from: the first input vertex whose id names a webhook, else a chat. */
function findStartVertex(graph: Graph): string | null {
  const inputs = graph.nodeOrder.filter((id) => isInputVertex(graph.vertices.get(id) as Vertex));
  for (const kind of PRIORITY) {
    const found = inputs.find((id) => id.toLowerCase().includes(kind));
    if (found) return found;
  }
  return null;
}

export const dependencyEdges = (graph: Graph): Edge[] => graph.edges.filter((e) => !e.feedback);

function closure(
  edges: Edge[],
  from: Iterable<string>,
  dir: "up" | "down",
  within?: Set<string>,
): Set<string> {
  const seen = new Set(from);
  const stack = [...seen];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const e of edges) {
      const next = dir === "up" ? (e.target === id ? e.source : null) : e.source === id ? e.target : null;
      if (next && !seen.has(next) && (!within || within.has(next))) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

export function planRun(
  graph: Graph,
  opts: { mode: "run" | "build"; start?: string | null; stop?: string | null; chatFirst?: boolean },
): RunPlan {
  const edges = dependencyEdges(graph);
  assertAcyclic(graph, edges);
  let runSet = new Set(graph.nodeOrder);
  if (opts.stop && graph.vertices.has(opts.stop)) runSet = closure(edges, [opts.stop], "up");
  const start =
    opts.start && graph.vertices.has(opts.start)
      ? opts.start
      : opts.chatFirst
        ? chatInputFirst(graph, edges)
        : opts.mode === "run"
          ? findStartVertex(graph)
          : null;
  if (start && runSet.has(start)) {
    // What the start reaches, and everything that feeds those (a memory or a model beside the chain).
    const reachable = closure(edges, [start], "down", runSet);
    runSet = closure(edges, reachable, "up", runSet);
  }
  const loopBodies = findLoopBodies(graph);
  const inBodies = new Set([...loopBodies.values()].flatMap((s) => [...s]));
  const outerExcluded = new Set<string>();
  for (const [loopId] of loopBodies) {
    for (const id of itemBranch(graph, loopId)) outerExcluded.add(id);
  }
  const firstLayer = orderBatch(
    graph,
    [...runSet].filter(
      (id) => !outerExcluded.has(id) && !edges.some((e) => e.target === id && runSet.has(e.source)),
    ),
  );
  for (const id of inBodies) if (outerExcluded.has(id)) runSet.delete(id);
  return { runSet, firstLayer, loopBodies };
}

/** Within a batch: input vertices first, then the flow's node order. */
export function orderBatch(graph: Graph, ids: string[]): string[] {
  const rank = (id: string) => {
    const v = graph.vertices.get(id) as Vertex;
    return (isInputVertex(v) ? 0 : 1) * 1e6 + graph.nodeOrder.indexOf(id);
  };
  return [...new Set(ids)].sort((a, b) => rank(a) - rank(b));
}

/** Vertices downstream of a loop's `item` output (the outer run never builds them). */
function itemBranch(graph: Graph, loopId: string): Set<string> {
  const edges = dependencyEdges(graph);
  const starts = edges.filter((e) => e.source === loopId && e.output === "item").map((e) => e.target);
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (id === loopId || seen.has(id)) continue;
    seen.add(id);
    for (const e of edges) if (e.source === id) stack.push(e.target);
  }
  return seen;
}

/** loop_utils.get_loop_body_vertices: from the item output to the vertex feeding back, plus their feeders. */
function findLoopBodies(graph: Graph): Map<string, Set<string>> {
  const bodies = new Map<string, Set<string>>();
  for (const feedback of graph.edges.filter((e) => e.feedback)) {
    const loopId = feedback.target;
    const starts = graph.edges.filter((e) => e.source === loopId && e.output === feedback.field);
    if (starts.length === 0) continue;
    const body = new Set<string>();
    const queue = starts.map((e) => e.target);
    while (queue.length > 0) {
      const id = queue.shift() as string;
      if (body.has(id)) continue;
      body.add(id);
      if (id === feedback.source) continue;
      for (const e of graph.edges) if (e.source === id && !body.has(e.target)) queue.push(e.target);
    }
    body.delete(loopId);
    const feeders = closure(
      dependencyEdges(graph).filter((e) => e.source !== loopId),
      body,
      "up",
    );
    for (const id of feeders) if (id !== loopId) body.add(id);
    bodies.set(loopId, body);
  }
  return bodies;
}

function assertAcyclic(graph: Graph, edges: Edge[]): void {
  const indegree = new Map(graph.nodeOrder.map((id) => [id, 0]));
  for (const e of edges) indegree.set(e.target, (indegree.get(e.target) ?? 0) + 1);
  const queue = graph.nodeOrder.filter((id) => indegree.get(id) === 0);
  let seen = 0;
  while (queue.length > 0) {
    const id = queue.shift() as string;
    seen++;
    for (const e of edges) {
      if (e.source !== id) continue;
      const left = (indegree.get(e.target) ?? 0) - 1;
      indegree.set(e.target, left);
      if (left === 0) queue.push(e.target);
    }
  }
  if (seen !== graph.nodeOrder.length) {
    const cyclic = graph.nodeOrder.filter((id) => (indegree.get(id) ?? 0) > 0);
    throw new GraphError(
      `Error while creating graph from payload: a cycle outside a Loop component (${cyclic.join(", ")}); the mock engine runs cycles only through a Loop`,
    );
  }
}
