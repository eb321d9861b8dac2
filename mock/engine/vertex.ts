// Building one vertex: its inputs from the built vertices upstream, its component (faithful, stand-in, scripted or
// unknown), and the outputs the run needs from it.
import { componentFor } from "./components";
import { TOOL_OUTPUTS, toolsetHandle } from "./components/tools/tool-stand-in";
import { type ComponentContext, ComponentError, type RunEnv } from "./components/types";
import { unknownComponent } from "./components/unknown";
import { PythonKeyError } from "./python-text";
import type { EngineDeps, Graph, RunWarning, Vertex, VertexOutcome } from "./types";
import type { LfValue } from "./values";

export interface BuildInputs {
  graph: Graph;
  vertex: Vertex;
  /** Output values of the vertices built so far (this run, or this loop iteration). */
  values: Map<string, Record<string, LfValue>>;
  /** Outputs a router stopped: their edges carry nothing. */
  stopped: Map<string, Set<string>>;
  /** Values injected into fields (a loop's item). */
  injected?: Record<string, LfValue>;
  env: RunEnv;
  deps: EngineDeps;
  warnings: RunWarning[];
  emitLog(vertexId: string, output: string, entry: { name: string; message: string; type: string }): void;
}

export async function buildVertex(b: BuildInputs): Promise<VertexOutcome> {
  const { graph, vertex, env, deps } = b;
  const started = deps.clock.now();
  const params: Record<string, unknown> = { ...vertex.params };
  const inputs: Record<string, LfValue | LfValue[]> = {};
  for (const edge of graph.edges) {
    if (edge.target !== vertex.id || edge.feedback) continue;
    if (b.stopped.get(edge.source)?.has(edge.output)) continue;
    const upstream = b.values.get(edge.source);
    if (!upstream) continue;
    const value = upstream[edge.output] ?? Object.values(upstream)[0];
    if (!value) continue;
    if (vertex.fields[edge.field]?.list) {
      const list = inputs[edge.field];
      inputs[edge.field] = Array.isArray(list) ? [...list, value] : [value];
    } else {
      inputs[edge.field] = value;
    }
  }
  Object.assign(inputs, b.injected ?? {});
  Object.assign(params, inputs);
  const outgoing = new Set(graph.edges.filter((e) => e.source === vertex.id).map((e) => e.output));
  const wanted = vertex.outputs.filter((o) => outgoing.size === 0 || outgoing.has(o.name)).map((o) => o.name);
  const logs: VertexOutcome["logs"] = {};
  const sent: VertexOutcome["sent"] = [];
  const trackingEnv: RunEnv = {
    ...env,
    sendMessage(value, options) {
      const record = env.sendMessage(value, options);
      if (options.state !== "partial") sent.push(record);
      return record;
    },
  };
  const stops = new Set<string>();
  const ctx: ComponentContext = {
    vertex,
    graph,
    params,
    inputs,
    wanted: wanted.length > 0 ? wanted : vertex.outputs.map((o) => o.name),
    env: trackingEnv,
    stop: (output) => stops.add(output),
    log(output, name, message) {
      const entry = { name, message, type: "text" };
      const list = logs[output] ?? [];
      list.push(entry);
      logs[output] = list;
      b.emitLog(vertex.id, output, entry);
    },
    warn: (message) => b.warnings.push({ componentId: vertex.id, componentType: vertex.type, message }),
  };
  let values: Record<string, LfValue> | null = null;
  let error: VertexOutcome["error"] = null;
  try {
    // A component in tool mode (or a tool component's tool output) gives an agent its toolset, without running.
    const toolOutputs = ctx.wanted.filter((o) => TOOL_OUTPUTS.has(o));
    const component = componentFor(vertex) ?? unknownComponent(deps.strict);
    const produced =
      toolOutputs.length > 0 && toolOutputs.length === ctx.wanted.length
        ? Object.fromEntries(toolOutputs.map((o) => [o, toolsetHandle(vertex)]))
        : await component.run(ctx);
    values = {};
    for (const name of ctx.wanted) if (produced[name]) values[name] = produced[name];
    if (Object.keys(values).length === 0 && Object.keys(produced).length > 0) values = produced;
  } catch (err) {
    if (env.signal.aborted) throw err;
    error = {
      message: err instanceof Error ? err.message : String(err),
      type:
        err instanceof ComponentError
          ? err.errorType
          : err instanceof PythonKeyError
            ? "KeyError"
            : err instanceof TypeError
              ? "TypeError"
              : "ValueError",
    };
  }
  if (stops.size > 0) b.stopped.set(vertex.id, stops);
  return { id: vertex.id, values, sent, error, params, logs, started, ended: deps.clock.now() };
}
