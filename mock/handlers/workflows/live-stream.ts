// mode "stream": the run's frames as SSE (`data:` then `id:` counting from 0), in the chosen protocol.
// Runtime failures end the stream with a terminal error frame; HTTP status stays 200.
import type { MockContext } from "../../context";
import { createProtocol, type ProtocolName, runEnd } from "../../engine/protocols";
import { createPushStream, SSE_HEADERS, sseFrame } from "../../http/stream";
import { GraphError, runFlow, TweaksRefusedError } from "../../run-flow";
import { type JobRunInput, refusedEnd } from "./run-job";

export function liveStream(ctx: MockContext, protocolName: ProtocolName, req: JobRunInput): Response {
  const runId = crypto.randomUUID();
  const abort = new AbortController();
  const out = createPushStream(() => abort.abort(new Error("client disconnected")));
  const protocol = createProtocol(protocolName, req.sessionId || req.flow.id, runId);
  let id = 0;
  const send = (frames: { data: string }[]) => {
    for (const f of frames) out.push(sseFrame(f.data, id++));
  };
  void (async () => {
    send(protocol.start());
    try {
      const outcome = await runFlow(ctx, {
        ...req,
        chatFirst: true, // the build path (generate_flow_events), not run_graph_internal
        runId,
        signal: abort.signal,
        source: "workflow",
        emit: (e) => send(protocol.onEvent(e)),
      });
      if (!abort.signal.aborted) send(protocol.finish(runEnd(outcome)));
    } catch (error) {
      if (error instanceof GraphError || error instanceof TweaksRefusedError)
        send(protocol.finish(refusedEnd(error, req, ctx.options.clock.now())));
      else send(protocol.finish({ kind: "error", message: String(error), buildDuration: 0 }));
    } finally {
      out.close();
    }
  })();
  return new Response(out.stream, { headers: SSE_HEADERS });
}
