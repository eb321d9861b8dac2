// stream_protocol "langflow": EventManager events passed through as `{"event", "data"}` (Python json.dumps
// spacing), plus a synthesized `output` event after each terminal vertex.
import { pythonJson } from "../events";
import type { Frame, ProtocolEncoder, RunEnd } from "./types";

function frame(event: string, data: unknown, durable = true): Frame {
  return { data: pythonJson({ event, data }), durable };
}

interface EndVertexData {
  build_data?: { valid?: boolean; data?: { outputs?: Record<string, { message?: unknown }> } };
  output_meta?: {
    component_id?: string;
    display_name?: string;
    vertex_type?: string;
    is_terminal?: boolean;
    output_types?: string[];
  };
}

/** 1.13.0's error Message for a run that never started (v2 content blocks: a text leaf and an Error group). */
export function refusedMessage(end: Extract<RunEnd, { kind: "refused" }>) {
  const text = `${end.message}\n`;
  const leaf = { id: null, duration: null, header: {}, contents: [] };
  return {
    session_id: null,
    context_id: null,
    sender: null,
    sender_name: null,
    properties: {
      text_color: "red",
      background_color: "red",
      edited: false,
      source: { id: null, display_name: null, source: null },
      icon: "error",
      allow_markdown: false,
      positive_feedback: null,
      state: "complete",
      targets: [],
      usage: null,
      build_duration: null,
    },
    category: "error",
    error: true,
    content_blocks: [
      { type: "text", ...leaf, text },
      {
        type: "group",
        ...leaf,
        contents: [
          {
            type: "error",
            ...leaf,
            component: null,
            field: null,
            reason: `**ValueError**\n - **Details: ${end.message}**\n`,
            solution: null,
            code: null,
            traceback: null,
          },
        ],
        title: "Error",
        allow_markdown: true,
        media_url: null,
      },
    ],
    flow_id: end.flowId,
    session_metadata: null,
    files: [],
    run_id: null,
    timestamp: end.timestamp,
    edit: false,
    duration: null,
    text,
  };
}

export function langflowProtocol(): ProtocolEncoder {
  return {
    start: () => [],
    onEvent(e) {
      const frames = [frame(e.event, e.data, e.event !== "token")];
      if (e.event === "end_vertex") {
        const { build_data: bd, output_meta: meta } = e.data as EndVertexData;
        if (meta?.is_terminal && bd?.valid !== false) {
          const first = Object.values(bd?.data?.outputs ?? {})[0];
          frames.push(
            frame("output", {
              type: (meta.output_types?.[0] ?? meta.vertex_type ?? "unknown").toLowerCase(),
              status: "completed",
              display_name: meta.display_name,
              content: first?.message ?? null,
              metadata: { component_type: meta.vertex_type },
              component_id: meta.component_id,
            }),
          );
        }
      }
      return frames;
    },
    finish(end: RunEnd) {
      if (end.kind === "end") return [frame("end", { build_duration: end.buildDuration })];
      if (end.kind === "error") return [frame("end", { build_duration: end.buildDuration })];
      // Nothing ran: the stream is the one error Message (1.13.0's build path sends no `end` then).
      if (end.kind === "refused") return [frame("error", refusedMessage(end))];
      return [frame("cancelled", { reason: end.reason })];
    },
    pause: (request) => [frame("human_input_required", request)],
  };
}
