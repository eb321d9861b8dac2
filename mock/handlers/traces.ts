// Traces (section H): one trace per flow run (id = the run id, as 1.13.0's graph_run_id), one span per vertex.
// camelCase keys, newest first.
import { http } from "msw";
import type { components } from "../../src/generated/openapi";
import { monitorTimestamp } from "../clock";
import type { ApiArea, MockContext } from "../context";
import { authenticate } from "../http/auth";
import { httpError, jsonResponse } from "../http/errors";
import { api } from "../http/paths";
import { route } from "../http/route";
import { queryInts } from "../http/schema";
import { issue, uuidParam, validationError } from "../http/validation";
import type { RunRecord } from "../state/runs";
import type { UserRecord } from "../state/users";
import { userRuns, vertexInputs, vertexOutputs } from "./shared/monitor";

type TraceSummaryRead = components["schemas"]["TraceSummaryRead"];
type TraceRead = components["schemas"]["TraceRead"];
type SpanReadResponse = components["schemas"]["SpanReadResponse"];
type SpanStatus = components["schemas"]["SpanStatus"];
const STATUSES = ["unset", "ok", "error"] as const;

function runStatus(run: RunRecord): SpanStatus {
  if (run.status === "running") return "unset";
  return run.status === "success" ? "ok" : "error";
}

function summary(run: RunRecord): TraceSummaryRead {
  const end = run.ended ?? run.started;
  return {
    id: run.id,
    name: `${run.flow_name} - ${run.flow_id}`,
    status: runStatus(run),
    startTime: monitorTimestamp(run.started),
    totalLatencyMs: Math.round(end - run.started),
    totalTokens: 0,
    flowId: run.flow_id,
    sessionId: run.session_id,
    input: run.input_value === null ? null : { input_value: run.input_value },
    output: run.output_text === null ? null : { message: run.output_text },
  };
}

function detail(ctx: MockContext, run: RunRecord): TraceRead {
  const spans: SpanReadResponse[] = run.vertices.map((v) => ({
    id: ctx.state.monitor.idFor("span", run.id, v.id),
    name: v.display_name,
    // The model stand-in is an LLM span; everything else is a chain, as the server types components.
    type: v.component_type.toLowerCase().includes("model") ? "llm" : "chain",
    status: v.valid ? "ok" : "error",
    startTime: monitorTimestamp(v.started),
    endTime: monitorTimestamp(v.ended),
    latencyMs: Math.round(v.ended - v.started),
    inputs: vertexInputs(v),
    outputs: vertexOutputs(v),
    error: v.error,
    modelName: null,
    tokenUsage: null,
    children: [],
  }));
  return { ...summary(run), endTime: run.ended === null ? null : monitorTimestamp(run.ended), spans };
}

function visibleRuns(ctx: MockContext, user: UserRecord, flowId?: string | null): RunRecord[] {
  const hidden = ctx.state.monitor.hiddenTraces;
  return userRuns(ctx, user, flowId).filter((r) => !hidden.has(r.id));
}

function traceOr404(ctx: MockContext, user: UserRecord, raw: unknown): RunRecord {
  const id = uuidParam(String(raw), ["path", "trace_id"]);
  const run = visibleRuns(ctx, user).find((r) => r.id === id);
  if (!run) throw httpError(404, "Trace not found");
  return run;
}

function timeParam(url: URL, name: string): number | null {
  const raw = url.searchParams.get(name);
  if (raw === null) return null;
  const ms = Date.parse(raw);
  if (Number.isNaN(ms)) {
    throw validationError([
      {
        type: "datetime_from_date_parsing",
        loc: ["query", name],
        msg: "Input should be a valid datetime or date",
      },
    ]);
  }
  return ms;
}

export const tracesArea: ApiArea = (ctx) => [
  http.get(
    api("/api/v1/monitor/traces"),
    route(({ request, url }) => {
      const user = authenticate(ctx, request);
      const q = url.searchParams;
      const flowId = q.has("flow_id") ? uuidParam(q.get("flow_id"), ["query", "flow_id"]) : null;
      const status = q.get("status");
      if (status !== null && !(STATUSES as readonly string[]).includes(status)) {
        throw validationError([issue.enum(["query", "status"], STATUSES)]);
      }
      const query = q.get("query");
      if (query !== null && query.length > 50) {
        throw validationError([
          {
            type: "string_too_long",
            loc: ["query", "query"],
            msg: "String should have at most 50 characters",
            ctx: { max_length: 50 },
          },
        ]);
      }
      const start = timeParam(url, "start_time");
      const end = timeParam(url, "end_time");
      // page >= 0: the UI counts pages from 0, 1.13.0 reads page 0 as page 1.
      const paging = queryInts(url, { page: { min: 0 }, size: { min: 1, max: 200 } });
      const page = Math.max(paging.page ?? 1, 1);
      const size = paging.size ?? 50;
      const needle = query?.toLowerCase() ?? "";
      const traces = visibleRuns(ctx, user, flowId)
        .map(summary)
        .filter(
          (t) =>
            (!q.has("session_id") || t.sessionId === q.get("session_id")) &&
            (status === null || t.status === status) &&
            (!needle || [t.name, t.id, t.sessionId].some((s) => s.toLowerCase().includes(needle))) &&
            (start === null || Date.parse(t.startTime ?? "") >= start) &&
            (end === null || Date.parse(t.startTime ?? "") <= end),
        )
        .reverse(); // newest first
      return jsonResponse({
        traces: traces.slice((page - 1) * size, page * size),
        total: traces.length,
        pages: Math.ceil(traces.length / size),
      });
    }),
  ),
  http.get(
    api("/api/v1/monitor/traces/:trace_id"),
    route(({ request, params }) => {
      const user = authenticate(ctx, request);
      return jsonResponse(detail(ctx, traceOr404(ctx, user, params.trace_id)));
    }),
  ),
  http.delete(
    api("/api/v1/monitor/traces/:trace_id"),
    route(({ request, params }) => {
      const user = authenticate(ctx, request);
      ctx.state.monitor.hiddenTraces.add(traceOr404(ctx, user, params.trace_id).id);
      return new Response(null, { status: 204 });
    }),
  ),
  http.delete(
    api("/api/v1/monitor/traces"),
    route(({ request, url }) => {
      const user = authenticate(ctx, request);
      const flowId = uuidParam(url.searchParams.get("flow_id"), ["query", "flow_id"]);
      const flow = ctx.state.flows.get(flowId);
      if (!flow || flow.user_id !== user.id) throw httpError(404, "Flow not found");
      for (const run of visibleRuns(ctx, user, flowId)) ctx.state.monitor.hiddenTraces.add(run.id);
      return new Response(null, { status: 204 });
    }),
  ),
];
