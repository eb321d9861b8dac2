// v1 build (internal API of the playground): POST /build/{flow_id}/flow → {job_id}; GET /build/{job_id}/events in
// streaming (NDJSON-ish: JSON objects each followed by a blank line) or polling delivery; POST /build/{job_id}/cancel.
import { http } from "msw";
import { messageTimestamp } from "../clock";
import type { ApiArea, MockContext } from "../context";
import { pythonJson } from "../engine/events";
import { refusedMessage } from "../engine/protocols";
import { isPlainObject } from "../guards";
import { authenticate } from "../http/auth";
import { httpError, jsonResponse } from "../http/errors";
import { api } from "../http/paths";
import { route } from "../http/route";
import { type ObjectSpec, validateBody } from "../http/schema";
import { createPushStream } from "../http/stream";
import { readJsonBody, uuidParam } from "../http/validation";
import { GraphError, runFlow } from "../run-flow";
import type { BuildJob } from "../state/builds";

const NDJSON = { "content-type": "application/x-ndjson" };
const BODY: ObjectSpec = {
  fields: {
    inputs: { kind: "object", nullable: true, default: null },
    data: { kind: "object", nullable: true, default: null },
    files: { kind: "array", nullable: true, default: null },
  },
};
const DELIVERY = ["polling", "streaming", "direct"];

const line = (event: string, data: unknown) => `${pythonJson({ event, data })}\n\n`;

function startBuild(ctx: MockContext, job: BuildJob, run: Parameters<typeof runFlow>[1]): void {
  const store = ctx.state.builds;
  void runFlow(ctx, { ...run, signal: job.abort.signal, emit: (e) => store.push(job, line(e.event, e.data)) })
    .then((outcome) => {
      // A failed component sent its error Message and failed end_vertex already: 1.13.0 still ends with `end`.
      if (outcome.status !== "cancelled") {
        const seconds = outcome.vertices.reduce((sum, v) => sum + (v.ended - v.started) / 1000, 0);
        store.push(job, line("end", { build_duration: seconds }));
      }
    })
    .catch((error) => {
      // Nothing ran (the flow cannot be built, a tweak was refused): one error Message.
      const message = error instanceof GraphError || error instanceof Error ? error.message : String(error);
      const now = ctx.options.clock.now();
      store.push(
        job,
        line(
          "error",
          refusedMessage({ kind: "refused", message, flowId: run.flow.id, timestamp: messageTimestamp(now) }),
        ),
      );
    })
    .finally(() => store.finish(job));
}

/** Streams a build's events from the start (or from `from`) until it is done. */
function streamEvents(job: BuildJob, from = 0): Response {
  let sent = from;
  let listener: (() => void) | undefined;
  const out = createPushStream(() => {
    if (listener) job.listeners.delete(listener);
    if (!job.done) job.abort.abort(new Error("client disconnected")); // disconnect cancels the build
  });
  const flush = () => {
    while (sent < job.events.length) out.push(job.events[sent++] as string);
    if (job.done) out.close();
  };
  flush();
  if (!job.done) {
    listener = flush;
    job.listeners.add(listener);
  }
  return new Response(out.stream, { headers: NDJSON });
}

async function pollEvents(job: BuildJob): Promise<Response> {
  if (job.polled >= job.events.length && !job.done) {
    await new Promise<void>((resolve) => {
      const once = () => {
        job.listeners.delete(once);
        resolve();
      };
      job.listeners.add(once);
    });
  }
  const fresh = job.events.slice(job.polled);
  job.polled = job.events.length;
  // 1.13.0 joins polled events with a newline and answers a drained, finished job with a bare end event.
  const body = fresh.length > 0 ? `${fresh.join("\n")}\n` : line("end", {});
  return new Response(body, { headers: NDJSON });
}

function jobOr404(ctx: MockContext, id: string, userId: string): BuildJob {
  const job = ctx.state.builds.jobs.get(id);
  if (!job || job.userId !== userId) throw httpError(404, `Job not found: ${id}`);
  return job;
}

export const buildArea: ApiArea = (ctx) => [
  http.post(
    api("/api/v1/build/:flowId/flow"),
    route<{ flowId: string }>(async ({ request, params, url }) => {
      const user = authenticate(ctx, request);
      const flowId = uuidParam(params.flowId, ["path", "flow_id"]);
      const raw = (await readJsonBody(request, { optional: true })) ?? {};
      const body = validateBody<{
        inputs: Record<string, unknown> | null;
        data: Record<string, unknown> | null;
      }>(raw, BODY);
      const delivery = url.searchParams.get("event_delivery") ?? "polling";
      if (!DELIVERY.includes(delivery)) throw httpError(400, `Invalid event_delivery: ${delivery}`);
      const flow = ctx.state.flows.get(flowId);
      if (!flow || flow.user_id !== user.id) throw httpError(404, `Flow with id ${flowId} not found`);
      const extra = isPlainObject(raw) ? raw : {};
      const inputs = body.inputs ?? {};
      const input = inputs.input_value ?? extra.input_value; // the seed document's curl sends input_value at top level
      const param = (name: string) =>
        url.searchParams.get(name) ?? (typeof extra[name] === "string" ? (extra[name] as string) : null);
      const job: BuildJob = {
        id: crypto.randomUUID(),
        flowId,
        userId: user.id,
        events: [],
        polled: 0,
        done: false,
        listeners: new Set(),
        abort: new AbortController(),
      };
      ctx.state.builds.jobs.set(job.id, job);
      startBuild(ctx, job, {
        flow,
        inputValue: typeof input === "string" ? input : null,
        sessionId: typeof inputs.session === "string" ? inputs.session : null,
        data: body.data ?? undefined,
        startComponentId: param("start_component_id"),
        stopComponentId: param("stop_component_id"),
        source: "build",
      });
      if (delivery === "direct") return streamEvents(job);
      return jsonResponse({ job_id: job.id });
    }),
  ),
  http.get(
    api("/api/v1/build/:jobId/events"),
    route<{ jobId: string }>(({ request, params, url }) => {
      const user = authenticate(ctx, request);
      const job = jobOr404(ctx, params.jobId, user.id);
      const delivery = url.searchParams.get("event_delivery") ?? "streaming";
      if (!DELIVERY.includes(delivery)) throw httpError(400, `Invalid event_delivery: ${delivery}`);
      return delivery === "polling" ? pollEvents(job) : streamEvents(job);
    }),
  ),
  http.post(
    api("/api/v1/build/:jobId/cancel"),
    route<{ jobId: string }>(({ request, params }) => {
      const user = authenticate(ctx, request);
      const job = jobOr404(ctx, params.jobId, user.id);
      if (!job.done) job.abort.abort(new Error("cancelled"));
      return jsonResponse({ success: true, message: "Flow build cancelled successfully" });
    }),
  ),
];
