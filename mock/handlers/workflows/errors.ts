// v2 Workflow API error bodies. Every line from 1.9 to 1.13 sends FLOW_NOT_FOUND and JOB_NOT_FOUND bare (no `detail`
// wrapper; the 1.10 docs show them wrapped) and the others inside `detail` (see docs/server-quirks.md).

import { type HttpError, v2Error } from "../../http/errors";

export function flowNotFound(flowId: string): HttpError {
  const body = {
    error: "Flow not found",
    code: "FLOW_NOT_FOUND",
    message: `Flow '${flowId}' does not exist. Verify the flow_id and try again.`,
    flow_id: flowId,
  };
  return v2Error(404, body, false);
}

export function statusJobNotFound(jobId: string): HttpError {
  return v2Error(
    404,
    {
      error: "Workflow job not found",
      code: "JOB_NOT_FOUND",
      message: `Workflow job ${jobId} not found`,
      job_id: jobId,
    },
    false,
  );
}

export function stopJobNotFound(jobId: string): HttpError {
  return v2Error(
    404,
    { error: "Job not found", code: "JOB_NOT_FOUND", message: `Job ${jobId} not found`, job_id: jobId },
    false,
  );
}

export function eventsJobNotFound(jobId: string): HttpError {
  return v2Error(
    404,
    {
      error: "Background run not found",
      code: "JOB_NOT_FOUND",
      message: `No background run for job ${jobId}.`,
      job_id: jobId,
    },
    false,
  );
}

/** 400 for a flow 1.13.0 cannot build (sync v2 run): the builder's message after its own prefix. */
export function invalidFlowData(message: string, flowId: string): HttpError {
  return v2Error(400, {
    error: "Workflow validation error",
    code: "INVALID_FLOW_DATA",
    message: `Failed to build graph from flow data: ${message}`,
    flow_id: flowId,
  });
}

export function executionTimeout(jobId: string, flowId: string, seconds: number): HttpError {
  return v2Error(408, {
    error: "Execution timeout",
    code: "EXECUTION_TIMEOUT",
    message: `Workflow execution exceeded ${seconds} seconds`,
    job_id: jobId,
    flow_id: flowId,
    timeout_seconds: seconds,
  });
}

/** Python list repr, as the server formats ids in messages: ['a', 'b']. */
export function pyList(items: string[]): string {
  return `[${items.map((i) => `'${i}'`).join(", ")}]`;
}
