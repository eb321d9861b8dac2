// `end_vertex` payloads: {build_data: VertexBuildResponse, output_meta} as Langflow 1.13.0 sends them.

import { OUTPUT_TYPES } from "./components";
import type { Vertex } from "./graph";
import { type Graph, successors } from "./graph";
import { messageDump } from "./message";
import type { VertexOutcome } from "./run";

export function buildData(graph: Graph, vertex: Vertex, outcome: VertexOutcome, isTerminal: boolean) {
  const next = successors(graph, vertex.id);
  const seconds = Math.max(0, (outcome.ended - outcome.started) / 1000);
  const result = outcome.result;
  const outputs: Record<string, unknown> = {};
  const logs: Record<string, unknown[]> = {};
  const artifacts: Record<string, unknown> = {};
  if (outcome.error) {
    const name = vertex.outputs[0]?.name ?? "output";
    outputs[name] = { message: { errorMessage: outcome.error.message, stackTrace: null }, type: "error" };
    logs[name] = [];
  } else if (result) {
    for (const [name, value] of Object.entries(result.outputs)) {
      outputs[name] = { message: value.text, type: "text" };
      logs[name] = [];
      artifacts[name] = { repr: value.text, raw: value.text, type: "text" };
    }
  }
  const chat = result?.chatArtifact;
  const message = chat
    ? { message: chat.text, sender: chat.sender, sender_name: chat.sender_name, files: [], type: "object" }
    : artifacts;
  const results = Object.fromEntries(
    Object.entries(result?.results ?? {}).map(([k, m]) => [k, messageDump(m, { withId: false })]),
  );
  return {
    build_data: {
      id: vertex.id,
      inactivated_vertices: [],
      next_vertices_ids: next,
      top_level_vertices: next,
      valid: !outcome.error,
      params: chat
        ? `- Files: []\n  Message: ${chat.text}\n  Sender: ${chat.sender}\n  Sender Name: ${chat.sender_name}\n  Type: object\n`
        : "None",
      data: {
        results,
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
      is_output: OUTPUT_TYPES.has(vertex.type),
      is_terminal: isTerminal,
      output_types: [...new Set(vertex.outputs.flatMap((o) => o.types))],
    },
  };
}
