// The mock's way to run a flow: the engine (mock/engine) with the mock's state and options as its host, and the
// run recorded in the run log afterwards (the monitor areas derive builds, transactions and traces from it).
import type { MockContext } from "./context";
import { buildParams } from "./engine/build-data";
import { resultData } from "./engine/results";
import { executeFlow } from "./engine/run";
import type { EngineDeps, EngineRunRequest, RunOutcome } from "./engine/types";
import { textOf } from "./engine/values";
import type { RunRecord, VertexRunRecord } from "./state/runs";

export { GraphError } from "./engine/graph/parse";
export { TweaksRefusedError } from "./engine/graph/tweaks";
export type { RunOutcome } from "./engine/types";

/** A run request as the handlers make it (`source` names the API area, for the run log). */
export interface MockRunRequest extends EngineRunRequest {
  source: RunRecord["source"];
}

export function engineDeps(ctx: MockContext): EngineDeps {
  const { options, state } = ctx;
  return {
    clock: options.clock,
    tokenDelayMs: options.tokenDelayMs,
    storeMessage: (m) => state.messages.add(m),
    messages: (flowId) => state.messages.list((m) => m.flow_id === flowId),
    findFlow: (idOrName, userId) => state.flows.find(idOrName, userId),
    script: ctx.script,
    strict: options.strict,
  };
}

/** Runs a flow (GraphError / TweaksRefusedError for requests the server refuses) and records the run. */
export async function runFlow(ctx: MockContext, req: MockRunRequest): Promise<RunOutcome> {
  const outcome = await executeFlow(engineDeps(ctx), req);
  ctx.state.runs.add(runRecord(outcome, req));
  ctx.warnings.push(
    ...outcome.warnings.map((w) => ({ ...w, flowId: outcome.flow.id, runId: outcome.runId })),
  );
  return outcome;
}

function runRecord(outcome: RunOutcome, req: MockRunRequest): RunRecord {
  const { graph } = outcome;
  return {
    id: outcome.runId,
    flow_id: outcome.flow.id,
    flow_name: outcome.flow.name,
    user_id: outcome.flow.user_id,
    session_id: outcome.sessionId,
    source: req.source,
    started: outcome.started,
    ended: outcome.ended,
    status: outcome.status,
    input_value: req.inputValue,
    output_text: firstText(outcome),
    error: outcome.error?.message ?? null,
    vertices: outcome.vertices.map((v) => {
      const vertex = graph.vertices.get(v.id);
      const record: VertexRunRecord = {
        id: v.id,
        display_name: vertex?.displayName ?? v.id,
        component_type: vertex?.type ?? "Unknown",
        started: v.started,
        ended: v.ended,
        valid: !v.error,
        params: v.params,
        outputs: Object.fromEntries(Object.entries(v.values ?? {}).map(([k, value]) => [k, textOf(value)])),
        error: v.error?.message ?? null,
      };
      // The stored vertex build is the vertex's run-result entry, as 1.13.0 persists it; built when first read
      // (a mock that runs thousands of flows keeps them all).
      if (v.values && !v.error && vertex) {
        let built: VertexRunRecord["buildData"];
        Object.defineProperty(record, "buildData", {
          enumerable: true,
          get() {
            if (!built) {
              const data = resultData(outcome, v) as Record<string, unknown>;
              built = { data, artifacts: data.artifacts, params: buildParams(vertex, v) };
            }
            return built;
          },
        });
      }
      return record;
    }),
  };
}

function firstText(outcome: RunOutcome): string | null {
  for (const id of outcome.terminals) {
    const values = outcome.vertices.find((x) => x.id === id)?.values;
    const first = values ? Object.values(values)[0] : undefined;
    if (first) return textOf(first);
  }
  return null;
}
