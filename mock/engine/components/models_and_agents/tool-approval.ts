// An agent's tool calls and their approval — what lfx 1.13.0 does with a tool whose `tools_metadata` row carries
// `approval_actions` (models_and_agents/agent_helpers/tool_approval.py with langchain's HumanInTheLoopMiddleware):
// before the gated call runs, the agent's thread is interrupted and the run asked to pause with a `tool_approval`
// request; the resumed run hands the human's decision back (approve: the tool runs; edit: it runs with the edited
// arguments; reject / respond: it does not run and the model is told why). Derived from the source: the shared
// 1.13.0 server has no model, so no agent there ever calls a tool.

import { pyRepr } from "../../python-text";
import type { ScriptToolCall, ScriptToolResult } from "../../script/book";
import type { ToolSpec } from "../../values";
import { toolAnswer } from "../tools/tool-stand-in";
import { type ComponentContext, ComponentError } from "../types";

const DECISION_LABELS: Record<string, string> = {
  approve: "Approve",
  edit: "Edit",
  reject: "Reject",
  respond: "Respond",
};

/** A scripted call resolved against the agent's tools: the tool, its real name, the decisions it needs. */
export interface ResolvedCall {
  call: ScriptToolCall;
  tool: ToolSpec | undefined;
  /** The name the real agent's model calls (the `tools_metadata` row name when the call names one row). */
  name: string;
  approvalActions: string[];
}

export function resolveCall(tools: ToolSpec[], call: ScriptToolCall): ResolvedCall {
  const tool = tools.find(
    (t) =>
      t.name === call.name || t.componentId === call.name || t.actions?.some((a) => a.name === call.name),
  );
  const actions = tool?.actions ?? [];
  const row = actions.find((a) => a.name === call.name) ?? (actions.length === 1 ? actions[0] : undefined);
  return { call, tool, name: row?.name ?? call.name, approvalActions: row?.approvalActions ?? [] };
}

/** HumanInTheLoopMiddleware's default description: the prompt of the request. */
function description(name: string, args: Record<string, unknown>): string {
  return `Tool execution requires approval\n\nTool: ${name}\nArgs: ${pyRepr(args)}`;
}

/**
 * The pause request (ToolApprovalMixin._map_interrupt_to_request): one action request per interrupted call (the
 * stand-in's model makes one call per turn, so one), the request id `<agent id>:<run id>:<interrupt id>`.
 */
export function approvalRequest(
  ctx: ComponentContext,
  resolved: ResolvedCall,
  interruptId: string,
): Record<string, unknown> {
  const args = resolved.call.input ?? {};
  const allowed = [...new Set(resolved.approvalActions)];
  const action = { name: resolved.name, args, description: description(resolved.name, args) };
  return {
    request_id: `${ctx.vertex.id}:${ctx.env.runId}:${interruptId}`,
    kind: "tool_approval",
    prompt: action.description,
    options: allowed.map((d) => ({ action_id: d, label: DECISION_LABELS[d] ?? titleCase(d) })),
    allowed_decisions: allowed,
    action_requests: [action],
  };
}

/** Python's str.title() for an action id ("my_action" → "My_Action"). */
function titleCase(s: string): string {
  return s
    .toLowerCase()
    .replace(/(^|[^a-z])([a-z])/g, (_m, before: string, c: string) => before + c.toUpperCase());
}

/** A langgraph interrupt id: 32 hex digits (xxh3_128 of the task's namespace on the server; random here). */
export function interruptId(): string {
  return crypto.randomUUID().replaceAll("-", "");
}

/** The model's tool-call id the rejection message names (the provider's `call_...`). */
export function toolCallId(nonce: string): string {
  return `call_${nonce.slice(0, 24)}`;
}

function stringOf(value: unknown): string {
  return typeof value === "string" ? value : value == null ? "" : pyRepr(value);
}

/**
 * Runs one call with the human's decision (ToolApprovalMixin._to_langgraph_decision, then the middleware's
 * _process_decision). An action the tool does not allow fails the agent with the middleware's error.
 */
export async function decide(
  ctx: ComponentContext,
  resolved: ResolvedCall,
  decision: Record<string, unknown>,
  callId: string,
): Promise<ScriptToolResult> {
  const { call, name, approvalActions } = resolved;
  const values =
    typeof decision.values === "object" && decision.values !== null
      ? (decision.values as Record<string, unknown>)
      : {};
  const type = ["edit", "reject", "respond"].includes(String(decision.action_id))
    ? (String(decision.action_id) as "edit" | "reject" | "respond")
    : "approve";
  if (!approvalActions.includes(type)) {
    throw new ComponentError(
      `Unexpected human decision: {'type': '${type}'}. Decision type '${type}' is not allowed for tool '${name}'. ` +
        `Expected one of ${pyRepr(approvalActions)} based on the tool's configuration.`,
    );
  }
  const input = call.input ?? {};
  if (type === "approve") return { name, input, output: await run(ctx, resolved, call), decision: type };
  if (type === "edit") {
    const edited = typeof values.args === "object" && values.args !== null ? values.args : values;
    const editedCall = { ...call, input: edited as Record<string, unknown> };
    return { name, input: editedCall.input, output: await run(ctx, resolved, editedCall), decision: type };
  }
  if (type === "respond")
    return { name, input, output: stringOf(values.message) || stringOf(values.response), decision: type };
  const reason = stringOf(values.message);
  const output = reason
    ? `User rejected the tool call for \`${name}\` with reason: ${reason}`
    : `User rejected the tool call for \`${name}\` with id ${callId}. The tool was not executed. Do not retry ` +
      "this tool call unless the user explicitly requests it.";
  return { name, input, output, decision: type };
}

/** The tool's answer: the script's `output`, else the tool stand-in's. */
export async function run(
  ctx: ComponentContext,
  resolved: ResolvedCall,
  call: ScriptToolCall,
): Promise<unknown> {
  return call.output !== undefined ? call.output : await toolAnswer(ctx, resolved.tool, call);
}
