// stream_protocol "agui": AG-UI events (camelCase, compact JSON, no nulls). Matches Langflow 1.13.0, which emits
// RUN_STARTED, TEXT_MESSAGE_START/CONTENT/END and RUN_FINISHED|RUN_ERROR, without the STATE_SNAPSHOT/STEP_* frames
// the 1.12 docs list (see docs/server-quirks.md).
import type { Frame, ProtocolEncoder, RunEnd } from "./types";

function frame(event: Record<string, unknown>, durable = true): Frame {
  return { data: JSON.stringify(event), durable };
}

interface MessageData {
  id?: string;
  sender?: string;
  text?: string;
  properties?: { state?: string };
}

export function aguiProtocol(threadId: string, runId: string): ProtocolEncoder {
  let open: string | null = null;
  const streamed = new Set<string>();
  const closeOpen = (): Frame[] => {
    if (!open) return [];
    const id = open;
    open = null;
    return [frame({ type: "TEXT_MESSAGE_END", messageId: id })];
  };
  return {
    start: () => [frame({ type: "RUN_STARTED", threadId, runId })],
    onEvent(e) {
      if (e.event === "token") {
        const { id, chunk } = e.data as { id?: string; chunk?: string };
        if (!id) return [];
        const frames: Frame[] = [];
        if (open !== id) {
          frames.push(
            ...closeOpen(),
            frame({ type: "TEXT_MESSAGE_START", messageId: id, role: "assistant" }),
          );
          open = id;
          streamed.add(id);
        }
        if (chunk) frames.push(frame({ type: "TEXT_MESSAGE_CONTENT", messageId: id, delta: chunk }, false));
        return frames;
      }
      if (e.event === "add_message") {
        const m = e.data as MessageData;
        if (!m.id || m.sender === "User" || m.properties?.state === "partial") return [];
        if (streamed.has(m.id)) return open === m.id ? closeOpen() : [];
        if (!m.text) return [];
        return [
          ...closeOpen(),
          frame({ type: "TEXT_MESSAGE_START", messageId: m.id, role: "assistant" }),
          frame({ type: "TEXT_MESSAGE_CONTENT", messageId: m.id, delta: m.text }, false),
          frame({ type: "TEXT_MESSAGE_END", messageId: m.id }),
        ];
      }
      return [];
    },
    finish(end: RunEnd) {
      const frames = closeOpen();
      if (end.kind === "end") frames.push(frame({ type: "RUN_FINISHED", threadId, runId }));
      else if (end.kind === "error" || end.kind === "refused")
        frames.push(frame({ type: "RUN_ERROR", message: end.message || "Unknown error" }));
      else {
        frames.push(frame({ type: "CUSTOM", name: "langflow.run.cancelled", value: { reason: end.reason } }));
        frames.push(frame({ type: "RUN_FINISHED", threadId, runId }));
      }
      return frames;
    },
    // 1.12/1.13: a CUSTOM frame with the request, no RUN_FINISHED (a resume starts with RUN_STARTED again).
    pause: (request) => [
      ...closeOpen(),
      frame({ type: "CUSTOM", name: "langflow.human_input_required", value: request }),
    ],
  };
}
