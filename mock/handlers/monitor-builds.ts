// Monitor: vertex builds and transactions, derived from the run log the engine writes (ctx.state.runs).
import { http } from "msw";
import type { components } from "../../src/generated/openapi";
import { monitorTimestamp } from "../clock";
import type { ApiArea, MockContext } from "../context";
import { authenticate } from "../http/auth";
import { jsonResponse } from "../http/errors";
import { api } from "../http/paths";
import { route } from "../http/route";
import { queryInts } from "../http/schema";
import { uuidParam } from "../http/validation";
import type { RunRecord, VertexRunRecord } from "../state/runs";
import { userRuns, vertexInputs, vertexOutputs } from "./shared/monitor";

type VertexBuildTable = components["schemas"]["VertexBuildTable"];
type TransactionLogsResponse = components["schemas"]["TransactionLogsResponse"];

function buildRow(ctx: MockContext, run: RunRecord, v: VertexRunRecord): VertexBuildTable {
  const outputs = vertexOutputs(v);
  const seconds = (v.ended - v.started) / 1000;
  if (v.buildData) {
    // As 1.13.0 stores it: the vertex's run-result entry as `data`, its artifacts, and the run id as job_id.
    return {
      id: v.id,
      valid: v.valid,
      flow_id: run.flow_id,
      build_id: ctx.state.monitor.idFor("build", run.id, v.id),
      job_id: run.id,
      params: v.buildData.params,
      timestamp: monitorTimestamp(v.ended),
      artifacts: v.buildData.artifacts as VertexBuildTable["artifacts"],
      data: v.buildData.data as VertexBuildTable["data"],
    };
  }
  return {
    id: v.id,
    valid: v.valid,
    flow_id: run.flow_id,
    build_id: ctx.state.monitor.idFor("build", run.id, v.id),
    job_id: null,
    params: Object.entries(vertexInputs(v))
      .map(([k, val]) => `- ${k}: ${typeof val === "string" ? val : JSON.stringify(val)}`)
      .join("\n"),
    timestamp: monitorTimestamp(v.ended),
    artifacts: {},
    data: {
      results: {},
      outputs,
      logs: Object.fromEntries(Object.keys(outputs).map((k) => [k, []])),
      messages: [],
      timedelta: seconds,
      duration: `${Math.round(seconds * 1000)} ms`,
      used_frozen_result: false,
      component_display_name: v.display_name,
      component_id: v.id,
      artifacts: {},
      token_usage: null,
    },
  };
}

export const monitorBuildsArea: ApiArea = (ctx) => [
  http.get(
    api("/api/v1/monitor/builds"),
    route(({ request, url }) => {
      const user = authenticate(ctx, request);
      const flowId = uuidParam(url.searchParams.get("flow_id"), ["query", "flow_id"]);
      const hidden = ctx.state.monitor.hiddenBuilds;
      const builds: Record<string, VertexBuildTable[]> = {};
      // The latest build of each vertex (1.13.0 listed one entry per vertex after several runs).
      for (const run of userRuns(ctx, user, flowId)) {
        if (hidden.has(run.id)) continue;
        for (const v of run.vertices) builds[v.id] = [buildRow(ctx, run, v)];
      }
      return jsonResponse({ vertex_builds: builds });
    }),
  ),
  http.delete(
    api("/api/v1/monitor/builds"),
    route(({ request, url }) => {
      const user = authenticate(ctx, request);
      const flowId = uuidParam(url.searchParams.get("flow_id"), ["query", "flow_id"]);
      for (const run of userRuns(ctx, user, flowId)) ctx.state.monitor.hiddenBuilds.add(run.id);
      return new Response(null, { status: 204 });
    }),
  ),
  http.get(
    api("/api/v1/monitor/transactions"),
    route(({ request, url }) => {
      const user = authenticate(ctx, request);
      const flowId = uuidParam(url.searchParams.get("flow_id"), ["query", "flow_id"]);
      const paging = queryInts(url, { page: { min: 1 }, size: { min: 1, max: 100 } }, { twice: true });
      const page = paging.page ?? 1;
      const size = paging.size ?? 50;
      const rows: (TransactionLogsResponse & { ended: number })[] = [];
      for (const run of userRuns(ctx, user, flowId)) {
        for (const v of run.vertices) {
          rows.push({
            id: ctx.state.monitor.idFor("tx", run.id, v.id),
            timestamp: monitorTimestamp(v.ended),
            vertex_id: v.id,
            target_id: null,
            inputs: vertexInputs(v),
            outputs: vertexOutputs(v),
            status: v.valid ? "success" : "error",
            ended: v.ended,
          });
        }
      }
      // Newest first; reversing before the stable sort keeps same-millisecond rows newest first too.
      rows.reverse().sort((a, b) => b.ended - a.ended);
      const items = rows.slice((page - 1) * size, page * size).map(({ ended: _ended, ...row }) => row);
      return jsonResponse({ items, total: rows.length, page, size, pages: Math.ceil(rows.length / size) });
    }),
  ),
];
