// Monitor: messages, vertex builds, transactions, traces.
import * as z from "zod/mini";
import { anyObject, count, maybe, object, page } from "./common";

// `files` is left out: 1.13.0 sends it as a JSON string where the spec says a list (docs/server-quirks.md).
const message = object({
  id: maybe(z.string()),
  text: z.string(),
  sender: z.string(),
  sender_name: z.string(),
  session_id: z.string(),
  flow_id: maybe(z.string()),
  timestamp: maybe(z.string()),
});

export const monitorSchemas = {
  monitorMessage: message,
  monitorMessages: z.array(message),
  vertexBuilds: object({ vertex_builds: z.record(z.string(), z.array(anyObject)) }),
  transactionPage: page(object({ id: z.string(), vertex_id: z.string(), status: z.string() })),
  traceList: object({ traces: z.array(object({ id: z.string() })), total: count, pages: count }),
  trace: object({
    id: z.string(),
    flowId: z.string(),
    name: z.string(),
    spans: z.optional(z.array(anyObject)),
  }),
};
