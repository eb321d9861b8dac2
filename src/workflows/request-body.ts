// One SDK call, two wire shapes: the current body (Langflow 1.11+) and the 1.10 body that older docs describe.
import { LangflowError } from "../core/errors";
import type { ServerGeneration, WorkflowInputs } from "./types";

export type WorkflowMode = "sync" | "stream" | "background";
export type StreamProtocol = "langflow" | "agui";

/**
 * The body for POST /api/v2/workflows. On a 1.10 server the chat input and the session travel as
 * `"<chatInputId>.input_value"` / `"<chatInputId>.session_id"` keys, so `chatInputId` (the flow's ChatInput
 * component id) is required there when `inputValue` or `sessionId` is given.
 */
export function workflowRequestBody(
  generation: ServerGeneration,
  flowId: string,
  inputs: WorkflowInputs,
  mode: WorkflowMode,
  options: { protocol?: StreamProtocol; chatInputId?: string; serverVersion?: string } = {},
): Record<string, unknown> {
  const protocol = options.protocol ?? "langflow";
  const server = options.serverVersion ? `this server (Langflow ${options.serverVersion})` : "this server";
  if (generation === "current") {
    const body: Record<string, unknown> = { flow_id: flowId, mode };
    if (inputs.inputValue !== undefined) body.input_value = inputs.inputValue;
    if (inputs.sessionId !== undefined) body.session_id = inputs.sessionId;
    if (inputs.tweaks !== undefined) body.tweaks = inputs.tweaks;
    if (inputs.globals !== undefined) body.globals = inputs.globals;
    if (inputs.outputIds !== undefined) body.output_ids = inputs.outputIds;
    if (mode !== "sync") body.stream_protocol = protocol;
    return body;
  }
  if (mode === "stream") {
    throw new LangflowError(
      `Streaming a workflow needs Langflow 1.11 or newer: ${server} speaks the 1.10 Workflow API, which answers stream mode with 501. Use run() or submit(), or upgrade the server.`,
    );
  }
  if (inputs.outputIds !== undefined) {
    throw new LangflowError(
      `outputIds needs Langflow 1.11 or newer; ${server} speaks the 1.10 Workflow API.`,
    );
  }
  const flat: Record<string, unknown> = {};
  for (const [component, params] of Object.entries(inputs.tweaks ?? {})) {
    for (const [param, value] of Object.entries(params)) flat[`${component}.${param}`] = value;
  }
  if (inputs.inputValue !== undefined || inputs.sessionId !== undefined) {
    const id = options.chatInputId;
    if (!id) {
      throw new LangflowError(
        'This server speaks the 1.10 Workflow API, where the chat input is addressed by component id: pass inputComponentId (e.g. "ChatInput-abc").',
      );
    }
    if (inputs.inputValue !== undefined) flat[`${id}.input_value`] = inputs.inputValue;
    if (inputs.sessionId !== undefined) flat[`${id}.session_id`] = inputs.sessionId;
  }
  const body: Record<string, unknown> = {
    flow_id: flowId,
    background: mode === "background",
    stream: false,
    inputs: flat,
  };
  if (inputs.globals !== undefined) body.globals = inputs.globals;
  return body;
}
