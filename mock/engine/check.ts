// The load check of a flow: which of its components run faithfully, which are stand-ins for an outside service,
// which a script answers, and which the mock does not know — said when a flow is loaded, so a test knows before
// it runs what the mock will make of an export.
import { componentFor } from "./components";
import { buildGraph, GraphError } from "./graph/parse";
import type { ScriptBook } from "./script/book";

export type NodeKind = "faithful" | "stand-in" | "scripted" | "unknown";

export interface NodeCheck {
  id: string;
  type: string;
  displayName: string;
  kind: NodeKind;
}

export interface FlowCheck {
  flowId: string;
  flowName: string;
  nodes: NodeCheck[];
  /** Set when the flow cannot be built at all (the reason). */
  error?: string;
}

export function checkFlow(flow: { id: string; name: string; data: unknown }, script: ScriptBook): FlowCheck {
  const check: FlowCheck = { flowId: flow.id, flowName: flow.name, nodes: [] };
  let graph: ReturnType<typeof buildGraph>;
  try {
    graph = buildGraph(flow.data);
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    return { ...check, error: error.message };
  }
  for (const id of graph.nodeOrder) {
    const vertex = graph.vertices.get(id);
    if (!vertex) continue;
    const component = componentFor(vertex);
    const scripted = script.covers({
      flowId: flow.id,
      flowName: flow.name,
      componentId: id,
      componentType: vertex.type,
      displayName: vertex.displayName,
    });
    const kind: NodeKind =
      component?.kind === "faithful"
        ? "faithful"
        : scripted
          ? "scripted"
          : component
            ? "stand-in"
            : "unknown";
    check.nodes.push({ id, type: vertex.type, displayName: vertex.displayName, kind });
  }
  return check;
}

/** One line per flow, as the CLI prints it: "Name (id): 3 faithful; stand-ins: Agent (Agent-x); unknown: ...". */
export function describeCheck(check: FlowCheck, { strict = false } = {}): string {
  if (check.error) return `${check.flowName} (${check.flowId}): cannot be built: ${check.error}`;
  const of = (kind: NodeKind) => check.nodes.filter((n) => n.kind === kind);
  const list = (kind: NodeKind) =>
    of(kind)
      .map((n) => `${n.displayName} (${n.id})`)
      .join(", ");
  const parts = [`${of("faithful").length} faithful`];
  for (const [kind, label] of [
    ["stand-in", "stand-ins"],
    ["scripted", "scripted"],
    ["unknown", strict ? "unknown (fail: strict)" : "unknown (passed through)"],
  ] as const)
    if (of(kind).length > 0) parts.push(`${label}: ${list(kind)}`);
  return `${check.flowName} (${check.flowId}): ${parts.join("; ")}`;
}
