// `end_vertex` payloads: {build_data: VertexBuildResponse, output_meta} as Langflow 1.13.0 sends them.
import { isOutputVertex } from "./graph/plan";
import { artifactText } from "./python-text";
import { outputLog } from "./serialize";
import type { Vertex, VertexOutcome } from "./types";

export interface BuildLinks {
  /** Vertices the run builds next (after this batch). */
  next: string[];
  /** Vertices a router or loop left out. */
  inactivated: string[];
  isTerminal: boolean;
  /** The vertex's `results` (message dumps of chat components, interface components' outputs). */
  results: Record<string, unknown>;
}

export function buildData(vertex: Vertex, outcome: VertexOutcome, links: BuildLinks) {
  const seconds = Math.max(0, (outcome.ended - outcome.started) / 1000);
  const outputs: Record<string, unknown> = {};
  const logs: Record<string, unknown[]> = {};
  const artifacts: Record<string, unknown> = {};
  if (outcome.error) {
    const name = vertex.outputs[0]?.name ?? "output";
    outputs[name] = { message: { errorMessage: outcome.error.message, stackTrace: null }, type: "error" };
    logs[name] = [];
  } else {
    for (const [name, value] of Object.entries(outcome.values ?? {})) {
      const log = outputLog(value);
      outputs[name] = log;
      logs[name] = outcome.logs[name] ?? [];
      artifacts[name] = {
        repr: typeof log.message === "string" ? log.message : "None",
        raw: log.message,
        type: log.type,
      };
    }
  }
  const chat = vertex.type === "ChatInput" || vertex.type === "ChatOutput" ? outcome.sent.at(-1) : undefined;
  const message = chat
    ? {
        message: artifactText(chat.text),
        sender: chat.sender,
        sender_name: chat.sender_name,
        files: [],
        type: "object",
      }
    : artifacts;
  return {
    build_data: {
      id: vertex.id,
      inactivated_vertices: links.inactivated,
      next_vertices_ids: links.next,
      top_level_vertices: links.next,
      valid: !outcome.error,
      params: buildParams(vertex, outcome),
      data: {
        results: links.results,
        outputs,
        logs,
        message,
        artifacts: message,
        timedelta: seconds,
        duration: `${Math.round(seconds * 1000)} ms`,
        used_frozen_result: false,
        token_usage: null,
      },
      timestamp: new Date(outcome.ended).toISOString().replace(/\.(\d{3})Z$/, ".$1000Z"),
    },
    output_meta: {
      component_id: vertex.id,
      display_name: vertex.displayName,
      vertex_type: vertex.type,
      is_output: isOutputVertex(vertex),
      is_terminal: links.isTerminal,
      output_types: [...new Set(vertex.outputs.flatMap((o) => o.types))],
    },
  };
}

/** A build's `params` text: the error of a failed build, a chat component's message as YAML-ish lines, else "None". */
export function buildParams(vertex: Vertex, outcome: VertexOutcome): string {
  if (outcome.error) return outcome.error.message;
  const chat = vertex.type === "ChatInput" || vertex.type === "ChatOutput" ? outcome.sent.at(-1) : undefined;
  if (!chat) return "None";
  return `- Files: []\n  Message: ${chat.text}\n  Sender: ${chat.sender}\n  Sender Name: ${chat.sender_name}\n  Type: object\n`;
}
