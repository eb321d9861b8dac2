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
      return [frame("cancelled", { reason: end.reason })];
    },
  };
}
