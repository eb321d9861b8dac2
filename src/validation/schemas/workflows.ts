// The v2 Workflow API, both server generations (1.11+ and the 1.10 shapes).
import * as z from "zod/mini";
import { anyObject, maybe, object } from "./common";

const error = object({ error: z.string(), code: maybe(z.string()) });
const output = object({ type: z.string(), content: z.optional(z.unknown()), status: maybe(z.string()) });
const job = object({ job_id: z.string(), status: z.string(), errors: z.optional(z.array(error)) });
const execution = object({
  flow_id: z.string(),
  status: z.string(),
  outputs: z.optional(z.record(z.string(), output)),
  errors: z.optional(z.array(error)),
  session_id: maybe(z.string()),
  job_id: maybe(z.string()),
});

export const workflowSchemas = {
  /** A sync run's result, or a background submit's job (by `mode`). */
  workflowAnswer: z.union([execution, job]),
  /** A status GET: the job while it runs, the execution response once it finished. */
  workflowStatus: z.union([execution, job]),
  workflowStopped: object({ job_id: maybe(z.string()), message: z.string() }),
  /** GET /api/v2/workflows/pending (1.11+): the suspended jobs of a flow with their request. */
  workflowPending: z.array(
    object({
      job_id: z.string(),
      request_id: z.string(),
      options: z.optional(z.array(object({ action_id: z.string(), label: z.string() }))),
      allowed_decisions: z.optional(z.array(z.string())),
    }),
  ),
  /** POST /api/v2/workflows/{job_id}/resume (1.11+). */
  workflowResumed: object({ job_id: z.string(), status: z.string() }),
  /** The flow, read for its ChatInput on 1.10 servers. */
  flowGraph: object({
    data: maybe(object({ nodes: z.array(object({ id: z.string(), data: maybe(anyObject) })) })),
  }),
};
