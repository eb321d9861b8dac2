// One SDK call, two wire shapes: the current body (Langflow 1.11+) here, and the 1.10 body that older docs describe
// in legacy-body.ts (loaded on demand, only for 1.9/1.10 servers).
import type { WorkflowInputs } from "./types";

export type WorkflowMode = "sync" | "stream" | "background";
export type StreamProtocol = "langflow" | "agui";

/** The body for POST /api/v2/workflows on Langflow 1.11+. */
export function workflowRequestBody(
  flowId: string,
  inputs: WorkflowInputs,
  mode: WorkflowMode,
  protocol: StreamProtocol = "langflow",
): Record<string, unknown> {
  const body: Record<string, unknown> = { flow_id: flowId, mode };
  if (inputs.inputValue !== undefined) body.input_value = inputs.inputValue;
  if (inputs.sessionId !== undefined) body.session_id = inputs.sessionId;
  if (inputs.tweaks !== undefined) body.tweaks = inputs.tweaks;
  if (inputs.globals !== undefined) body.globals = inputs.globals;
  if (inputs.outputIds !== undefined) body.output_ids = inputs.outputIds;
  if (mode !== "sync") body.stream_protocol = protocol;
  return body;
}
