// Shared by the monitor areas (monitor-builds.ts, traces.ts): the runs a user may see, and a vertex's inputs and
// outputs as transactions and spans show them.
import type { MockContext } from "../../context";
import type { RunRecord, VertexRunRecord } from "../../state/runs";
import type { UserRecord } from "../../state/users";

/** Finished runs of the user's flow (optionally one flow), oldest first. */
export function userRuns(ctx: MockContext, user: UserRecord, flowId?: string | null): RunRecord[] {
  return ctx.state.runs.list(
    (r) =>
      r.user_id === user.id &&
      (!flowId || r.flow_id === flowId) &&
      ctx.state.flows.get(r.flow_id) !== undefined,
  );
}

/** Vertex outputs in the server's `{name: {message, type}}` form. */
export function vertexOutputs(v: VertexRunRecord): Record<string, { message: unknown; type: string }> {
  return Object.fromEntries(
    Object.entries(v.outputs).map(([k, text]) => [k, { message: text, type: "text" }]),
  );
}

/** Parameters a transaction/span shows: plain values only (the code field and nested objects are left out). */
export function vertexInputs(v: VertexRunRecord): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(v.params)
      .filter(([k, val]) => k !== "code" && (typeof val !== "object" || val === null || Array.isArray(val)))
      // 1.13.0 logs a file input as a list; the flow template's "" means none.
      .map(([k, val]) => [k, k === "files" && val === "" ? [] : val]),
  );
}
