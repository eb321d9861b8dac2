// The order of a run: batches as Langflow 1.13.0's Graph.process builds them (a vertex runs once everything it
// depends on is built; a router's branch not taken and a loop's body are left to the router and the loop), the
// events of each vertex, a loop body run once per item (lfx/base/flow_controls/loop_utils.py execute_loop_body),
// and the error events of a failing component.

import { messageTimestamp } from "../clock";
import { buildData } from "./build-data";
import type { RunEnv } from "./components/types";
import type { EventSink } from "./events";
import { dependencyEdges, orderBatch, type RunPlan } from "./graph/plan";
import { messageDump, messageProperties } from "./message";
import { resultData, vertexResults } from "./results";
import type { EngineDeps, Graph, PauseCheckpoint, RunOutcome, VertexOutcome } from "./types";
import { type DataValue, data, type LfValue, textOf } from "./values";
import { buildVertex } from "./vertex";

interface SchedulerParts {
  deps: EngineDeps;
  graph: Graph;
  plan: RunPlan;
  env: RunEnv;
  outcome: RunOutcome;
  emit: EventSink;
  batchMessages: Set<string>;
  mode: "run" | "build";
  /** Someone reads the events (a stream, a job's event log): a sync run skips building them. */
  listening: boolean;
  /** Set by a Human Input that asks the run to pause: the run ends after the batch (lfx check_and_handle_pause). */
  pause: { request?: Record<string, unknown>; state?: unknown };
  /** A resumed run: the vertices built before the pause, and where it starts again. */
  resume?: PauseCheckpoint;
}

export class Scheduler {
  readonly #p: SchedulerParts;
  readonly #values = new Map<string, Record<string, LfValue>>();
  readonly #stopped = new Map<string, Set<string>>();
  readonly #excluded = new Set<string>();

  constructor(parts: SchedulerParts) {
    this.#p = parts;
  }

  async run(): Promise<void> {
    const { plan, env, outcome, batchMessages, pause, resume } = this.#p;
    let batch = plan.firstLayer;
    if (resume) {
      for (const [id, values] of resume.values) this.#values.set(id, values);
      batch = [resume.vertexId];
    }
    let pausedAt: string | undefined;
    while (batch.length > 0) {
      batchMessages.clear();
      for (const id of batch) {
        if (env.signal.aborted) {
          outcome.status = "cancelled";
          return;
        }
        let vertexOutcome: VertexOutcome;
        try {
          vertexOutcome = await this.#build(id);
        } catch (error) {
          if (env.signal.aborted) {
            outcome.status = "cancelled";
            return;
          }
          throw error;
        }
        outcome.vertices.push(vertexOutcome);
        if (vertexOutcome.error) {
          this.#fail(vertexOutcome);
          return;
        }
        this.#values.set(id, vertexOutcome.values ?? {});
        this.#endVertex(vertexOutcome);
        if (pause.request && !pausedAt) pausedAt = id;
      }
      if (pause.request && pausedAt) {
        const values = new Map(this.#values);
        values.delete(pausedAt);
        outcome.pause = {
          request: pause.request,
          checkpoint: { vertexId: pausedAt, values, state: pause.state },
        };
        return;
      }
      batch = this.#next(batch);
    }
  }

  /** Runs a loop's body for one item; answers what the vertex feeding the loop back produced. */
  async runLoopBody(loopId: string, item: DataValue): Promise<LfValue | undefined> {
    const { graph, plan, deps, env, emit, outcome } = this.#p;
    const body = plan.loopBodies.get(loopId);
    const feedback = graph.edges.find((e) => e.feedback && e.target === loopId);
    if (!body || !feedback) return undefined;
    const injections = graph.edges.filter((e) => e.source === loopId && e.output === feedback.field);
    const edges = dependencyEdges(graph).filter((e) => body.has(e.source) && body.has(e.target));
    const values = new Map<string, Record<string, LfValue>>();
    const done = new Set<string>();
    while (done.size < body.size) {
      const ready = orderBatch(
        graph,
        [...body].filter((id) => !done.has(id) && edges.every((e) => e.target !== id || done.has(e.source))),
      );
      if (ready.length === 0) break;
      for (const id of ready) {
        const vertex = graph.vertices.get(id);
        if (!vertex) continue;
        emit({ event: "build_start", data: { id }, subgraph: true });
        const injected = Object.fromEntries(
          injections.filter((e) => e.target === id).map((e) => [e.field, item]),
        );
        const result = await buildVertex({
          graph,
          vertex,
          values,
          stopped: new Map(),
          injected,
          env,
          deps,
          warnings: outcome.warnings,
          emitLog: (vertexId, output, entry) => this.#emitLog(vertexId, output, entry),
        });
        if (result.error)
          throw new Error(`Error building Component ${vertex.displayName}: \n\n${result.error.message}`);
        values.set(id, result.values ?? {});
        done.add(id);
        emit({
          event: "end_vertex",
          data: { build_data: { id, valid: true, data: resultData(outcome, result) } },
          subgraph: true,
        });
      }
    }
    const last = values.get(feedback.source);
    const value = last ? (last[feedback.output] ?? Object.values(last)[0]) : undefined;
    // extract_loop_output: a text result becomes {text}, a Data stays its dict.
    if (!value) return data({ text: "" });
    return value.kind === "data" ? value : data({ text: textOf(value) });
  }

  async #build(id: string): Promise<VertexOutcome> {
    const { graph, deps, env, outcome } = this.#p;
    return buildVertex({
      graph,
      vertex: graph.vertices.get(id) as NonNullable<ReturnType<Graph["vertices"]["get"]>>,
      values: this.#values,
      stopped: this.#stopped,
      env,
      deps,
      warnings: outcome.warnings,
      emitLog: (vertexId, output, entry) => this.#emitLog(vertexId, output, entry),
    });
  }

  #emitLog(vertexId: string, output: string, entry: { name: string; message: string; type: string }): void {
    this.#p.emit({ event: "log", data: { ...entry, output, component_id: vertexId } });
  }

  /** The error Message the component sends, its failed build, and the run's error. */
  #fail(v: VertexOutcome): void {
    const { graph, outcome, emit, deps, env, mode } = this.#p;
    const vertex = graph.vertices.get(v.id);
    const name = vertex?.displayName ?? v.id;
    const reason = v.error?.message ?? "Unknown error";
    const now = deps.clock.now();
    emit({
      event: "error",
      data: messageDump({
        id: crypto.randomUUID(),
        flow_id: outcome.flow.id,
        session_id: env.sessionId,
        sender: name,
        sender_name: name,
        text: `${reason}\n`,
        timestamp: messageTimestamp(now),
        created: now,
        files: [],
        error: false,
        edit: false,
        properties: {
          ...messageProperties({ id: v.id, display_name: name, source: name }),
          text_color: "red",
          background_color: "red",
          icon: "error",
        },
        category: "error",
        content_blocks: [
          {
            title: "Error",
            contents: [
              {
                type: "error",
                duration: null,
                header: {},
                component: name,
                field: null,
                reason: `**${v.error?.type ?? "ValueError"}**\n - **Details: ${reason}**\n`,
                solution: null,
                code: null,
                traceback: null,
              },
            ],
            allow_markdown: true,
            media_url: null,
          },
        ],
        context_id: null as unknown as string,
        run_id: env.runId,
      }) as unknown as Record<string, unknown>,
    });
    const built = `Error building Component ${name}: \n\n${reason}`;
    emit({
      event: "end_vertex",
      data: buildData(
        vertex as NonNullable<typeof vertex>,
        { ...v, error: { message: built, type: v.error?.type ?? "ValueError" } },
        {
          next: [],
          inactivated: [],
          isTerminal: outcome.terminals.includes(v.id),
          results: {},
        },
      ) as unknown as Record<string, unknown>,
    });
    outcome.status = "error";
    outcome.error = {
      message: mode === "run" ? `Error running graph: ${built}` : built,
      type: v.error?.type ?? "ValueError",
      vertexId: v.id,
    };
  }

  #endVertex(v: VertexOutcome): void {
    const { graph, outcome, emit, listening } = this.#p;
    const vertex = graph.vertices.get(v.id);
    if (!vertex) return;
    const inactivated = this.#exclude(v.id);
    if (!listening) return; // a sync run: nobody reads the build data
    emit({
      event: "end_vertex",
      data: buildData(vertex, v, {
        next: this.#runnableSuccessors([v.id]),
        inactivated,
        isTerminal: outcome.terminals.includes(v.id),
        results: vertexResults(outcome, v),
      }) as unknown as Record<string, unknown>,
    });
  }

  /** Vertices a stopped output (a router's branch not taken, a loop's item) leaves out of the run. */
  #exclude(id: string): string[] {
    const { graph, plan } = this.#p;
    const stopped = this.#stopped.get(id) ?? new Set<string>();
    const body = plan.loopBodies.get(id);
    const out = new Set<string>(body ?? []);
    if (stopped.size > 0) {
      const edges = dependencyEdges(graph);
      const reach = (outputs: (name: string) => boolean) => {
        const seen = new Set<string>();
        const stack = edges.filter((e) => e.source === id && outputs(e.output)).map((e) => e.target);
        while (stack.length > 0) {
          const next = stack.pop() as string;
          if (seen.has(next) || next === id) continue;
          seen.add(next);
          for (const e of edges) if (e.source === next) stack.push(e.target);
        }
        return seen;
      };
      const active = reach((name) => !stopped.has(name));
      for (const vid of reach((name) => stopped.has(name))) if (!active.has(vid)) out.add(vid);
    }
    for (const vid of out) this.#excluded.add(vid);
    return [...out];
  }

  #runnable(id: string): boolean {
    const { graph, plan } = this.#p;
    if (!plan.runSet.has(id) || this.#values.has(id) || this.#excluded.has(id)) return false;
    return dependencyEdges(graph).every((e) => e.target !== id || this.#values.has(e.source));
  }

  #runnableSuccessors(ids: string[]): string[] {
    const { graph } = this.#p;
    const next = new Set<string>();
    const visit = (id: string, seen: Set<string>) => {
      if (seen.has(id)) return;
      seen.add(id);
      if (this.#runnable(id)) {
        next.add(id);
        return;
      }
      if (this.#values.has(id) || this.#excluded.has(id) || !this.#p.plan.runSet.has(id)) return;
      for (const e of dependencyEdges(graph)) if (e.target === id) visit(e.source, seen);
    };
    for (const id of ids) {
      for (const e of dependencyEdges(graph)) {
        if (e.source !== id || this.#stopped.get(id)?.has(e.output)) continue;
        visit(e.target, new Set());
      }
    }
    return [...next].sort();
  }

  #next(batch: string[]): string[] {
    return orderBatch(this.#p.graph, this.#runnableSuccessors(batch));
  }
}
