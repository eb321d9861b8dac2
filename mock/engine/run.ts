// The flow engine: runs a flow's vertices in topological order, emitting Langflow's build events.

import { messageTimestamp } from "../clock";
import type { MockContext } from "../context";
import { isPlainObject } from "../http/validation";
import type { FlowRecord } from "../state/flows";
import type { MessageRecord } from "../state/messages";
import type { RunRecord } from "../state/runs";
import { buildData } from "./build-data";
import { components } from "./components";
import { ComponentError, type ComponentResult, type RunEnv, type Value } from "./components/types";
import type { EventSink } from "./events";
import { buildGraph, type Graph, GraphError, terminalIds } from "./graph";
import { messageProperties } from "./message";
import { resultData } from "./results";

export interface RunRequest {
  flow: FlowRecord;
  inputValue: string | null;
  inputType?: "chat" | "text" | "any";
  /** Defaults to the flow id, as Langflow does. */
  sessionId?: string | null;
  /** `{ "<vertex id or display name>": { "<param>": value } }` */
  tweaks?: Record<string, unknown>;
  /** Request-scoped global variables (v2 `globals`, `X-LANGFLOW-GLOBAL-VAR-*` headers). */
  globals?: Record<string, string>;
  /** Replaces the stored flow data (v2 `data`, build `data`). */
  data?: unknown;
  startComponentId?: string | null;
  stopComponentId?: string | null;
  runId?: string;
  signal?: AbortSignal;
  emit?: EventSink;
  source: RunRecord["source"];
}

export interface VertexOutcome {
  id: string;
  result: ComponentResult | null;
  error: { message: string; type: string } | null;
  params: Record<string, unknown>;
  started: number;
  ended: number;
}

export interface RunOutcome {
  runId: string;
  sessionId: string;
  flow: FlowRecord;
  graph: Graph;
  /** Vertex outcomes in execution order. */
  vertices: VertexOutcome[];
  /** The vertices that were part of this run, in order. */
  ran: string[];
  terminals: string[];
  status: "success" | "error" | "cancelled";
  error: { message: string; type: string; vertexId: string | null } | null;
  started: number;
  ended: number;
}

/** Parses the flow (throws GraphError for unusable data), then runs it. Never throws for component errors. */
export async function runFlow(ctx: MockContext, req: RunRequest): Promise<RunOutcome> {
  const { clock } = ctx.options;
  const graph = buildGraph(req.data ?? req.flow.data);
  const runId = req.runId ?? crypto.randomUUID();
  const sessionId = req.sessionId || req.flow.id;
  const signal = req.signal ?? new AbortController().signal;
  const emit: EventSink = req.emit ?? (() => {});
  const ran = selectVertices(graph, req.startComponentId, req.stopComponentId);
  const started = clock.now();
  const record: RunRecord = ctx.state.runs.add({
    id: runId,
    flow_id: req.flow.id,
    flow_name: req.flow.name,
    user_id: req.flow.user_id,
    session_id: sessionId,
    source: req.source,
    started,
    ended: null,
    status: "running",
    input_value: req.inputValue,
    output_text: null,
    vertices: [],
    error: null,
  });
  const env = makeEnv(ctx, req, { runId, sessionId, signal, emit });
  const outcome: RunOutcome = {
    runId,
    sessionId,
    flow: req.flow,
    graph,
    vertices: [],
    ran,
    terminals: terminalIds(graph).filter((id) => ran.includes(id)),
    status: "success",
    error: null,
    started,
    ended: started,
  };
  emit({
    event: "vertices_sorted",
    data: { ids: graph.firstLayer.filter((id) => ran.includes(id)), to_run: ran },
  });
  emit({ event: "build_start", data: {} });
  const values = new Map<string, Record<string, Value>>();
  for (const id of ran) {
    if (signal.aborted) {
      outcome.status = "cancelled";
      break;
    }
    const vertex = graph.vertices.get(id);
    if (!vertex) continue;
    const vStart = clock.now();
    const { params, inputs } = resolveParams(graph, id, values, req);
    let result: ComponentResult | null = null;
    let error: VertexOutcome["error"] = null;
    try {
      const component = components[vertex.type];
      if (!component)
        throw new ComponentError(
          `Component type '${vertex.type}' is not supported by the mock engine.`,
          "NotImplementedError",
        );
      result = await component.run({ vertex, params, inputs, env, graph });
      values.set(id, result.outputs);
    } catch (err) {
      if (signal.aborted) {
        outcome.status = "cancelled";
        break;
      }
      error = {
        message: err instanceof Error ? err.message : String(err),
        type: err instanceof ComponentError ? err.errorType : "Exception",
      };
    }
    const vertexOutcome: VertexOutcome = { id, result, error, params, started: vStart, ended: clock.now() };
    outcome.vertices.push(vertexOutcome);
    record.vertices.push({
      id,
      display_name: vertex.displayName,
      component_type: vertex.type,
      started: vStart,
      ended: vertexOutcome.ended,
      valid: !error,
      params: { ...params },
      outputs: Object.fromEntries(Object.entries(result?.outputs ?? {}).map(([k, v]) => [k, v.text])),
      error: error?.message ?? null,
    });
    const endVertex = buildData(graph, vertex, vertexOutcome, outcome.terminals.includes(id));
    if (result && !error) {
      // The stored vertex build (monitor) is the vertex's run-result entry, as 1.13.0 persists it.
      const data = resultData(outcome, vertexOutcome) as Record<string, unknown>;
      const stored = record.vertices[record.vertices.length - 1];
      if (stored) stored.buildData = { data, artifacts: data.artifacts, params: endVertex.build_data.params };
    }
    emit({ event: "end_vertex", data: endVertex });
    if (error) {
      outcome.status = "error";
      outcome.error = {
        ...error,
        vertexId: id,
        message: `Error building Component ${vertex.displayName}: \n\n${error.message}`,
      };
      break;
    }
  }
  outcome.ended = clock.now();
  record.ended = outcome.ended;
  record.status = outcome.status;
  record.error = outcome.error?.message ?? null;
  record.output_text = firstText(outcome);
  return outcome;
}

function firstText(outcome: RunOutcome): string | null {
  for (const id of outcome.terminals) {
    const v = outcome.vertices.find((x) => x.id === id)?.result?.outputs;
    const first = v ? Object.values(v)[0] : undefined;
    if (first) return first.text;
  }
  return null;
}

function selectVertices(graph: Graph, start?: string | null, stop?: string | null): string[] {
  let keep = new Set(graph.order);
  if (stop && graph.vertices.has(stop)) keep = closure(graph, stop, "up");
  if (start && graph.vertices.has(start)) {
    const down = closure(graph, start, "down");
    keep = new Set([...keep].filter((id) => down.has(id) || closure(graph, id, "down").has(start)));
  }
  return graph.order.filter((id) => keep.has(id));
}

function closure(graph: Graph, from: string, dir: "up" | "down"): Set<string> {
  const seen = new Set([from]);
  const stack = [from];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const e of graph.edges) {
      const next = dir === "up" ? (e.target === id ? e.source : null) : e.source === id ? e.target : null;
      if (next && !seen.has(next)) {
        seen.add(next);
        stack.push(next);
      }
    }
  }
  return seen;
}

function resolveParams(
  graph: Graph,
  id: string,
  values: Map<string, Record<string, Value>>,
  req: RunRequest,
) {
  const vertex = graph.vertices.get(id);
  const params: Record<string, unknown> = { ...(vertex?.params ?? {}) };
  for (const field of vertex?.fromDb ?? []) {
    const name = params[field];
    if (typeof name === "string" && req.globals && name in req.globals) params[field] = req.globals[name];
  }
  const tweaks = req.tweaks ?? {};
  for (const key of [vertex?.displayName, id]) {
    const tweak = key ? tweaks[key] : undefined;
    if (isPlainObject(tweak)) Object.assign(params, tweak);
  }
  const inputs: Record<string, Value> = {};
  for (const edge of graph.edges) {
    if (edge.target !== id) continue;
    const upstream = values.get(edge.source);
    const value = upstream?.[edge.output] ?? (upstream ? Object.values(upstream)[0] : undefined);
    if (!value) continue;
    inputs[edge.field] = value;
    params[edge.field] = value.text;
  }
  return { params, inputs };
}

function makeEnv(
  ctx: MockContext,
  req: RunRequest,
  run: { runId: string; sessionId: string; signal: AbortSignal; emit: EventSink },
): RunEnv {
  const { clock, tokenDelayMs } = ctx.options;
  return {
    flow: req.flow,
    sessionId: run.sessionId,
    runId: run.runId,
    inputValue: req.inputValue,
    inputType: req.inputType ?? "chat",
    clock,
    signal: run.signal,
    tokenDelayMs,
    emit: run.emit,
    createMessage(input) {
      const now = clock.now();
      const message: MessageRecord = {
        id: input.id ?? crypto.randomUUID(),
        flow_id: req.flow.id,
        session_id: input.sessionId ?? run.sessionId,
        sender: input.sender,
        sender_name: input.sender_name,
        text: input.text,
        timestamp: messageTimestamp(now),
        created: now,
        files: [],
        error: false,
        edit: false,
        properties: messageProperties(input.source, input.state),
        category: "message",
        content_blocks: [],
        context_id: "",
        run_id: run.runId,
      };
      if (input.store) ctx.state.messages.add(message);
      return message;
    },
  };
}

export { GraphError };
