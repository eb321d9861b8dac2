// The 1.10 Workflow API's request body (Langflow 1.9/1.10 servers, the shape older docs describe), and the lookup of
// the flow's chat input it needs. Only a client talking to such a server uses this, so WorkflowsClient loads it on
// demand (a dynamic import once the server's generation is known): it stays out of the bundle for 1.11+ servers.
// It imports nothing of the SDK at run time (the client hands in what it needs), so a bundler does not split the
// modules it would share with the client into a chunk of their own.
import type { Transport } from "../core/transport";
import type { FlowLookupKit } from "./flow-lookup";
import type { WorkflowMode } from "./request-body";
import type { WorkflowInputs } from "./types";

/** Per client: the chat input id of each flow (`null`: no such flow), as a promise shared by concurrent calls. */
export type ChatInputCache = Map<string, Promise<string | undefined | null>>;

/** What the 1.10 body needs from the client. */
export interface LegacyContext {
  chatInputs: ChatInputCache;
  /** GET /api/v1/flows/{id}: the flow, or null when there is no such flow. */
  flow(flowId: string): Promise<{ data?: { nodes?: { id: string; data?: { type?: string } }[] } } | null>;
  /** Throws the SDK's LangflowError with this message. */
  fail(message: string): never;
}

/** The context of a client: its transport, the SDK's classes (`kit`) and its cache of chat inputs. */
export function legacyContext(
  kit: FlowLookupKit,
  transport: Transport,
  chatInputs: ChatInputCache,
): LegacyContext {
  return {
    chatInputs,
    fail: (message) => {
      throw new kit.LangflowError(message);
    },
    flow: (id) =>
      transport
        .json<never>({ method: "GET", path: kit.path`/api/v1/flows/${id}`, schema: "flowGraph" })
        .catch((error: unknown) => {
          if (error instanceof kit.NotFoundError) return null;
          throw error;
        }),
  };
}

/**
 * The body for POST /api/v2/workflows on a 1.10 server: the chat input and the session travel as
 * `"<chatInputId>.input_value"` / `"<chatInputId>.session_id"` keys, so `chatInputId` (the flow's ChatInput
 * component id) is required when `inputValue` or `sessionId` is given.
 */
export function legacyRequestBody(
  fail: (message: string) => never,
  flowId: string,
  inputs: WorkflowInputs,
  mode: WorkflowMode,
  options: { chatInputId?: string | undefined; serverVersion?: string } = {},
): Record<string, unknown> {
  const server = options.serverVersion ? `this server (Langflow ${options.serverVersion})` : "this server";
  if (mode === "stream") {
    fail(
      `Streaming a workflow needs Langflow 1.11 or newer: ${server} speaks the 1.10 Workflow API, which answers stream mode with 501. Use run() or submit(), or upgrade the server.`,
    );
  }
  if (inputs.outputIds !== undefined) {
    fail(`outputIds needs Langflow 1.11 or newer; ${server} speaks the 1.10 Workflow API.`);
  }
  const flat: Record<string, unknown> = {};
  for (const [component, params] of Object.entries(inputs.tweaks ?? {})) {
    for (const [param, value] of Object.entries(params)) flat[`${component}.${param}`] = value;
  }
  if (inputs.inputValue !== undefined || inputs.sessionId !== undefined) {
    const id = options.chatInputId;
    if (!id) {
      fail(
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

/** The 1.10 body of a run, after finding the flow's chat input when the call did not name it. */
export async function legacyWorkflowBody(
  context: LegacyContext,
  flowId: string,
  inputs: WorkflowInputs,
  mode: WorkflowMode,
  serverVersion: string,
): Promise<Record<string, unknown>> {
  let chatInputId = inputs.inputComponentId;
  if (!chatInputId && (inputs.inputValue !== undefined || inputs.sessionId !== undefined)) {
    const found = await chatInputOf(context, flowId);
    // No such flow: send the run without its chat input, so the server answers its own 404 FLOW_NOT_FOUND.
    if (found === null) inputs = { ...inputs, inputValue: undefined, sessionId: undefined };
    else chatInputId = found;
  }
  return legacyRequestBody(context.fail, flowId, inputs, mode, { chatInputId, serverVersion });
}

/**
 * 1.10 servers address the chat input by component id: find the flow's single ChatInput (cached); `null` when
 * the flow does not exist.
 */
function chatInputOf(context: LegacyContext, flowId: string): Promise<string | undefined | null> {
  const { chatInputs } = context;
  let found = chatInputs.get(flowId);
  if (!found) {
    found = context.flow(flowId).then((flow) => {
      if (flow === null) return null;
      const inputs = (flow?.data?.nodes ?? []).filter(
        (n) => n.data?.type === "ChatInput" || n.id.startsWith("ChatInput-"),
      );
      if (inputs.length !== 1) {
        context.fail(
          `Flow ${flowId} has ${inputs.length} ChatInput components; on this 1.10 server pass inputComponentId to say which one gets inputValue.`,
        );
      }
      return inputs[0]?.id;
    });
    chatInputs.set(flowId, found);
    // Only a found chat input stays cached: a failed or empty lookup is asked again next time.
    found.then(
      (id) => id === null && chatInputs.delete(flowId),
      () => chatInputs.delete(flowId),
    );
  }
  return found;
}
