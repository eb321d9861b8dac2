// v1 runs and their relatives: run, webhook, builds, the Responses API, the legacy process/task API.
import * as z from "zod/mini";
import { anyObject, maybe, object } from "./common";

const runOutput = object({ inputs: maybe(anyObject), outputs: z.array(maybe(anyObject)) });

export const runSchemas = {
  runResponse: object({ outputs: maybe(z.array(runOutput)), session_id: maybe(z.string()) }),
  webhookAccepted: object({ message: z.string(), status: z.string() }),
  buildStarted: object({ job_id: z.string() }),
  buildCancelled: object({ success: z.boolean(), message: z.string() }),
  responsesResponse: object({
    id: z.string(),
    object: z.literal("response"),
    status: z.string(),
    output: z.array(object({ type: z.string() })),
  }),
  processResponse: object({ result: z.unknown(), session_id: maybe(z.string()) }),
  legacyTask: object({ status: z.string(), result: z.unknown() }),
};
