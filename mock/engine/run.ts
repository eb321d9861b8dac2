// The flow engine: runs a flow's vertices batch by batch as Langflow 1.13.0's Graph.process does, emitting its
// build events. It writes nothing itself: messages go through `deps.storeMessage`, and the caller records the
// returned outcome (mock/run-flow.ts).
import type { RunEnv } from "./components/types";
import type { EventSink } from "./events";
import { buildGraph } from "./graph/parse";
import { planRun } from "./graph/plan";
import { applyGlobals, applyInput, applySession, applyTweaks } from "./graph/tweaks";
import { makeEnv } from "./run-env";
import { Scheduler } from "./scheduler";
import type { EngineDeps, EngineRunRequest, RunOutcome } from "./types";

const MAX_SUBFLOW_DEPTH = 5;

/** Parses and prepares the flow (GraphError / TweaksRefusedError for unusable requests), then runs it. */
export async function executeFlow(deps: EngineDeps, req: EngineRunRequest): Promise<RunOutcome> {
  const graph = buildGraph(req.data ?? req.flow.data);
  applyTweaks(graph, req.tweaks ?? {});
  applyGlobals(graph, req.globals);
  const sessionId = req.sessionId || req.flow.id;
  applyInput(graph, req.inputValue, req.inputType ?? "chat");
  applySession(graph, sessionId);
  const mode = req.mode ?? "run";
  const plan = planRun(graph, {
    mode,
    start: req.startComponentId,
    stop: req.stopComponentId,
    chatFirst: req.chatFirst,
  });
  const runId = req.runId ?? crypto.randomUUID();
  const signal = req.signal ?? new AbortController().signal;
  const emit: EventSink = req.emit ?? (() => {});
  const started = deps.clock.now();
  const hitl = req.humanInput;
  const outcome: RunOutcome = {
    runId,
    sessionId,
    flow: req.flow,
    graph,
    vertices: [],
    ran: graph.nodeOrder.filter((id) => plan.runSet.has(id)),
    terminals: graph.nodeOrder.filter((id) => !graph.edges.some((e) => e.source === id)),
    status: "success",
    error: null,
    warnings: [],
    resumed: hitl?.resume !== undefined,
    started,
    ended: started,
  };
  const batchMessages = new Set<string>();
  const pause: { request?: Record<string, unknown>; state?: unknown } = {};
  let scheduler: Scheduler | undefined;
  const runSubflow: RunEnv["runSubflow"] = async (idOrName, input, tweaks) => {
    const sub = deps.findFlow(idOrName, req.flow.user_id);
    if (!sub) throw new Error(`Flow "${idOrName}" not found`);
    if ((req.depth ?? 0) >= MAX_SUBFLOW_DEPTH)
      throw new Error(`Run Flow nested more than ${MAX_SUBFLOW_DEPTH} levels (a flow running itself?)`);
    return executeFlow(deps, {
      flow: sub,
      inputValue: input,
      sessionId,
      tweaks,
      signal,
      mode: "run",
      streaming: false,
      depth: (req.depth ?? 0) + 1,
    });
  };
  const env = makeEnv({
    deps,
    req,
    runId,
    sessionId,
    signal,
    emit,
    batchMessages,
    runSubflow,
    runLoopBody: (loopId, item) => (scheduler as Scheduler).runLoopBody(loopId, item),
    humanInput: {
      decision: (requestId) => hitl?.decisions?.[requestId],
      pause(request, state) {
        // lfx's graph.request_pause: honoured only where the run can pause (Graph.process of a background job).
        if (!hitl?.pausable || pause.request) return;
        pause.request = request;
        pause.state = state;
      },
      resumed: (vertexId) => (hitl?.resume?.vertexId === vertexId ? hitl.resume.state : undefined),
    },
  });
  scheduler = new Scheduler({
    deps,
    graph,
    plan,
    env,
    outcome,
    emit,
    batchMessages,
    mode,
    listening: !!req.emit,
    pause,
    resume: hitl?.resume,
  });
  const firstChat = plan.firstLayer.find((id) => graph.vertices.get(id)?.type === "ChatInput");
  // A resumed run starts again at the vertex that paused (1.13.0: `vertices_sorted.ids` is that vertex).
  const first = hitl?.resume ? [hitl.resume.vertexId] : firstChat ? [firstChat] : plan.firstLayer;
  emit({ event: "vertices_sorted", data: { ids: first, to_run: graph.nodeOrder } });
  emit({ event: "build_start", data: {} });
  await scheduler.run();
  outcome.ended = deps.clock.now();
  return outcome;
}
