// /logs and /logs-stream (app root, no /api/v1 prefix), as src api/log_router.py does them. Superuser only; with
// log retrieval off (the default, as on the pinned server) both answer 501 "Log retrieval is disabled".
import { http } from "msw";
import { sleep } from "../clock";
import type { ApiArea, MockContext } from "../context";
import { authenticate, requireSuperuser } from "../http/auth";
import { httpError, jsonResponse } from "../http/errors";
import { api } from "../http/paths";
import { route } from "../http/route";
import { queryInt } from "../http/schema";
import { type LogEntry, toLogObject } from "../state/logs";

function entries(ctx: MockContext): LogEntry[] {
  return ctx.state.logs.entries(ctx.state.runs.list());
}

function guard(ctx: MockContext, request: Request): void {
  requireSuperuser(authenticate(ctx, request));
  if (!ctx.options.logRetrieval) throw httpError(501, "Log retrieval is disabled");
}

/** The selection rules of log_router.logs(). */
export function selectLogs(all: LogEntry[], before: number, after: number, timestamp: number): LogEntry[] {
  if (after > 0 && before > 0) throw httpError(400, "Cannot request logs before and after the timestamp");
  if (timestamp <= 0) {
    if (after > 0) throw httpError(400, "Timestamp is required when requesting logs after the timestamp");
    return all.slice(-(before > 0 ? before : 10));
  }
  if (after > 0) return all.filter((e) => e.ts >= timestamp).slice(0, after);
  return all.filter((e) => e.ts < timestamp).slice(-(before > 0 ? before : 10));
}

export const logsArea: ApiArea = (ctx) => [
  http.get(
    api("/logs"),
    route(({ request, url }) => {
      const before = queryInt(url, "lines_before", 0);
      const after = queryInt(url, "lines_after", 0);
      const timestamp = queryInt(url, "timestamp", 0);
      guard(ctx, request);
      return jsonResponse(toLogObject(selectLogs(entries(ctx), before, after, timestamp)));
    }),
  ),
  http.get(
    api("/logs-stream"),
    route(({ request }) => {
      guard(ctx, request);
      const { clock } = ctx.options;
      const encoder = new TextEncoder();
      const stop = new AbortController();
      let latest = entries(ctx).at(-1)?.ts ?? 0;
      let first = true;
      let idle = 0;
      // Unframed SSE as src api/log_router.py writes it: it polls once a second (on the mock clock) from the newest
      // line at connect time, sends `{"<ts>": "<line>"}\n\n` per new line, and `keepalive\n\n` after 5 idle polls.
      const logs = ctx.state.logs;
      let end = () => stop.abort();
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          end = () => {
            stop.abort();
            logs.streams.delete(end);
            try {
              controller.close();
            } catch {}
          };
          logs.streams.add(end);
        },
        async pull(controller) {
          for (;;) {
            if (!first) {
              try {
                await sleep(clock, 1000, stop.signal);
              } catch {
                return; // cancelled or reset
              }
            }
            first = false;
            const fresh = entries(ctx).filter((e) => e.ts > latest);
            if (fresh.length > 0) {
              for (const e of fresh)
                controller.enqueue(encoder.encode(`${JSON.stringify({ [String(e.ts)]: e.line })}\n\n`));
              latest = fresh.at(-1)?.ts ?? latest;
              return;
            }
            idle += 1;
            if (idle === 5) {
              idle = 0;
              controller.enqueue(encoder.encode("keepalive\n\n"));
              return;
            }
          }
        },
        cancel() {
          stop.abort();
          logs.streams.delete(end);
        },
      });
      return new Response(stream, { headers: { "content-type": "text/event-stream; charset=utf-8" } });
    }),
  ),
];
