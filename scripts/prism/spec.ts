// A Prism-friendly copy of spec/langflow.openapi.json: stream bodies (text/event-stream, NDJSON) become
// `{type: string}` (Prism buffers streams and cannot validate them as JSON); generated, never committed.
import { readFileSync } from "node:fs";

const STREAM_TYPES = ["text/event-stream", "application/x-ndjson"];

export function prismSpec(path: string): Record<string, unknown> {
  const spec = JSON.parse(readFileSync(path, "utf8"));
  for (const item of Object.values(
    spec.paths as Record<
      string,
      Record<string, { responses?: Record<string, { content?: Record<string, { schema?: unknown }> }> }>
    >,
  )) {
    for (const op of Object.values(item)) {
      for (const response of Object.values(op?.responses ?? {})) {
        for (const [type, media] of Object.entries(response.content ?? {})) {
          if (STREAM_TYPES.includes(type)) media.schema = { type: "string" };
        }
      }
    }
  }
  return spec;
}
