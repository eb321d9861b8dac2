// Group nodes opened up the way Langflow 1.13.0 does before it builds a graph (lfx/graph/graph/utils.py:
// process_flow, ungroup_node, update_template, update_target_handle, update_source_handle): a node whose
// `data.node.flow` holds a sub-flow is replaced by the sub-flow's nodes, its proxied template fields are copied
// into the child nodes, and edges to and from the group are redirected to the child behind each handle.
import { isPlainObject } from "../../guards";

type Json = Record<string, unknown>;
interface FlowData {
  nodes: Json[];
  edges: Json[];
}

const asRecord = (v: unknown): Json => (isPlainObject(v) ? v : {});
const nodeOf = (n: Json): Json => asRecord(asRecord(n.data).node);

function groupFlow(node: Json): FlowData | undefined {
  const flow = nodeOf(node).flow;
  const data = isPlainObject(flow) ? flow.data : undefined;
  if (!isPlainObject(data) || !Array.isArray(data.nodes)) return undefined;
  return {
    nodes: data.nodes.filter(isPlainObject),
    edges: (Array.isArray(data.edges) ? data.edges : []).filter(isPlainObject),
  };
}

/** Returns the flow data with every group node (at any depth) replaced by its nodes and edges. */
export function ungroupFlow(flow: FlowData): FlowData {
  // Most flows have no group: they are read as they are (a copy is only needed to rewrite one).
  if (!flow.nodes.some((n) => groupFlow(n))) return flow;
  let current: FlowData = structuredClone(flow);
  const queue = [...current.nodes];
  const seen = new Set<unknown>();
  while (queue.length > 0) {
    const node = queue.shift() as Json;
    if (seen.has(node.id)) continue;
    seen.add(node.id);
    const inner = groupFlow(node);
    if (!inner) continue;
    const opened = ungroupFlow(inner);
    current = openGroup(node, opened, current);
    queue.push(...opened.nodes);
  }
  return current;
}

function openGroup(group: Json, inner: FlowData, base: FlowData): FlowData {
  const groupId = group.id;
  const frozen = nodeOf(group).frozen === true;
  for (const child of inner.nodes) {
    child.parent_node_id = groupId;
    nodeOf(child).frozen = frozen;
  }
  const redirected = base.edges
    .filter((e) => e.target === groupId || e.source === groupId)
    .map((e) => {
      let edge = structuredClone(e);
      if (edge.target === groupId) edge = redirectTarget(edge, inner.nodes);
      if (edge.source === groupId) edge = redirectSource(edge, inner, asRecord(group.data));
      return edge;
    });
  copyProxiedFields(asRecord(nodeOf(group).template), inner.nodes);
  return {
    nodes: [...base.nodes.filter((n) => n.id !== groupId), ...inner.nodes],
    edges: [
      ...base.edges.filter((e) => e.target !== groupId && e.source !== groupId),
      ...inner.edges,
      ...redirected,
    ],
  };
}

/** The group's template fields with a `proxy` replace the child's field of that name. */
function copyProxiedFields(template: Json, children: Json[]): void {
  for (const value of Object.values(template)) {
    if (!isPlainObject(value) || !isPlainObject(value.proxy)) continue;
    const { field, id } = value.proxy as { field?: string; id?: string };
    const child = children.find((n) => n.id === id);
    const childTemplate = child ? asRecord(nodeOf(child).template) : undefined;
    const childField = childTemplate && field ? childTemplate[field] : undefined;
    if (!childTemplate || !field || !isPlainObject(childField)) continue;
    childTemplate[field] = {
      ...value,
      ...(childField.type === "code" ? { type: "code" } : {}),
      show: childField.show,
      advanced: childField.advanced,
      display_name: childField.display_name ?? childField.name,
    };
  }
}

function redirectTarget(edge: Json, children: Json[]): Json {
  const data = asRecord(edge.data);
  const handle = asRecord(data.targetHandle);
  const proxy = isPlainObject(handle.proxy) ? (handle.proxy as { id?: string; field?: string }) : undefined;
  if (!proxy?.id || !children.some((n) => n.id === proxy.id)) return edge;
  edge.target = proxy.id;
  data.targetHandle = {
    fieldName: proxy.field,
    type: handle.type,
    id: proxy.id,
    ...(handle.inputTypes ? { inputTypes: handle.inputTypes } : {}),
  };
  edge.data = data;
  return edge;
}

function redirectSource(edge: Json, inner: FlowData, groupData: Json): Json {
  const data = asRecord(edge.data);
  const handle = asRecord(data.sourceHandle);
  const proxy = outputProxy(groupData, handle, inner.nodes);
  if (proxy) {
    edge.source = proxy.id;
    data.sourceHandle = { ...handle, id: proxy.id, name: proxy.name };
  } else {
    // No proxy: the group's last node (one that feeds nothing inside the group) is the source.
    const sources = new Set(inner.edges.map((e) => e.source));
    const last = inner.nodes.find((n) => !sources.has(n.id));
    if (!last) return edge;
    edge.source = last.id;
    data.sourceHandle = { ...handle, id: last.id };
  }
  edge.data = data;
  return edge;
}

function outputProxy(
  groupData: Json,
  handle: Json,
  children: Json[],
): { id: string; name: string } | undefined {
  const name = typeof handle.name === "string" ? handle.name : "";
  if (!name) return undefined;
  const outputs = asRecord(groupData.node).outputs;
  for (const output of Array.isArray(outputs) ? outputs : []) {
    if (!isPlainObject(output) || output.name !== name) continue;
    const proxy = asRecord(output.proxy);
    const outName = proxy.name ?? proxy.field;
    if (typeof proxy.id === "string" && typeof outName === "string") return { id: proxy.id, name: outName };
    break;
  }
  for (const child of [...children].sort((a, b) => String(b.id).length - String(a.id).length)) {
    const prefix = `${String(child.id)}_`;
    if (name.startsWith(prefix)) return { id: String(child.id), name: name.slice(prefix.length) };
  }
  return undefined;
}
