// Agent — a stand-in for lfx 1.13.0 models_and_agents/agent.py (the tool-calling Agent; older exports' agent_llm +
// model_name too). No model selected fails with the real message (the structured output answers
// {"content": "", "error": ...} instead, as the real one does); otherwise the answer comes from the script or is
// "[mock <model>] <input>", as a Message whose content blocks show the agent's steps (input, each scripted tool
// call with the connected tool's answer, output) in the v1 shape. A call of a tool that needs approval pauses the
// run (tool-approval.ts): the agent answers "" with the steps so far, and the resumed run goes on from that call.
import type { ScriptToolResult } from "../../script/book";
import { data, type HandleValue, type LfValue, message, type ToolSpec, textOf } from "../../values";
import { valueParam, valuesParam } from "../params";
import { type Answer, answer, defaultModelAnswer, MODEL_NOT_SELECTED, selectedModel } from "../stand-in";
import { type Component, type ComponentContext, ComponentError } from "../types";
import { approvalRequest, decide, interruptId, resolveCall, run, toolCallId } from "./tool-approval";

const TEXT_HEADER = (title: string) => ({ title, icon: "MessageSquare" });

function toolsOf(ctx: ComponentContext): ToolSpec[] {
  return valuesParam(ctx, "tools").flatMap((v) =>
    v.kind === "handle" ? ((v as HandleValue).tools ?? []) : [],
  );
}

function modelName(ctx: ComponentContext): string {
  const selected = selectedModel(ctx);
  if (!selected || "missingProvider" in selected) throw new ComponentError(MODEL_NOT_SELECTED);
  return selected.name;
}

/** A call as the steps show it: the name it was scripted with, the arguments it ran with. */
interface Step {
  name: string;
  input: Record<string, unknown>;
  output: unknown;
}

/**
 * The "Agent Steps" block: the input, a tool_use per tool that ran (a rejected or answered-by-a-human call never
 * reaches the tool, so it has none), and the output (none while paused: the agent has not answered).
 */
function steps(input: string, ran: Step[], text: string | undefined) {
  return [
    {
      title: "Agent Steps",
      contents: [
        { type: "text", duration: 0, header: TEXT_HEADER("Input"), text: input },
        ...ran.map(({ name, input: args, output }) => ({
          type: "tool_use",
          duration: 0,
          header: { title: `Executed **${name}**`, icon: "Hammer" },
          name,
          tool_input: args,
          output,
          error: null,
        })),
        ...(text === undefined ? [] : [{ type: "text", duration: 0, header: TEXT_HEADER("Output"), text }]),
      ],
      allow_markdown: true,
      media_url: null,
    },
  ];
}

/** Stand-in structured output: one value per field of the output schema (`{content}` without a schema). */
function structured(ctx: ComponentContext, text: string): Record<string, unknown> {
  const schema = ctx.params.output_schema;
  if (!Array.isArray(schema) || schema.length === 0) return { content: text };
  const sample = (type: unknown, name: string) =>
    type === "int" || type === "float"
      ? 0
      : type === "bool"
        ? false
        : type === "dict"
          ? {}
          : `[mock] ${name}`;
  return Object.fromEntries(
    schema
      .filter((f): f is { name: string; type?: string; multiple?: unknown } => typeof f?.name === "string")
      .map((f) => [
        f.name,
        f.multiple === true || f.multiple === "True" ? [sample(f.type, f.name)] : sample(f.type, f.name),
      ]),
  );
}

/** The agent's run so far, kept with the checkpoint when it pauses (lfx: the agent's checkpointed thread). */
interface AgentThread {
  reply: Answer;
  /** The call to make next (the one awaiting approval, when paused). */
  next: number;
  results: ScriptToolResult[];
  ran: Step[];
  requestId?: string;
  nonce?: string;
}

export const agent: Component = {
  kind: "stand-in",
  reproduces: "Agent (lfx 1.13.0, models_and_agents/agent.py)",
  async run(ctx): Promise<Record<string, LfValue>> {
    // An agent with no input runs on its instructions (a prompt wired into system_prompt).
    const input = textOf(valueParam(ctx, "input_value")) || textOf(valueParam(ctx, "system_prompt"));
    const wantsResponse = ctx.wanted.includes("response") || !ctx.wanted.includes("structured_response");
    let model: string;
    try {
      model = modelName(ctx);
    } catch (error) {
      if (wantsResponse) throw error;
      return { structured_response: data({ content: "", error: (error as Error).message }) };
    }
    // A resumed run goes on where the agent paused (its checkpointed thread): same answer, calls made so far.
    const saved = ctx.env.humanInput.resumed(ctx.vertex.id) as AgentThread | undefined;
    const thread: AgentThread = saved
      ? { ...saved }
      : {
          reply: await answer(ctx, input, () => defaultModelAnswer(model, input)),
          next: 0,
          results: [],
          ran: [],
        };
    const { reply } = thread;
    const tools = toolsOf(ctx);
    // The structured-output path builds the agent without interrupts (agent.py: allow_interrupts=False).
    const gating = wantsResponse;
    const source = { id: ctx.vertex.id, display_name: ctx.vertex.displayName, source: model };
    for (let i = thread.next; i < reply.toolCalls.length; i++) {
      const call = reply.toolCalls[i] as (typeof reply.toolCalls)[number];
      const resolved = resolveCall(tools, call);
      let result: ScriptToolResult;
      if (gating && resolved.approvalActions.length > 0) {
        const decision =
          saved && i === saved.next ? ctx.env.humanInput.decision(saved.requestId ?? "") : undefined;
        if (decision === undefined) {
          // The middleware interrupts before the tool runs; the agent returns its partial message (text "") and asks
          // the run to pause, which only a background job does: a sync or streamed run goes on with "".
          const nonce = interruptId();
          const request = approvalRequest(ctx, resolved, nonce);
          const paused: AgentThread = { ...thread, next: i, requestId: String(request.request_id), nonce };
          ctx.env.humanInput.pause(request, paused);
          const partial = message("", { source, content_blocks: steps(input, thread.ran, undefined) });
          return { response: partial, structured_response: data(structured(ctx, "")) };
        }
        result = await decide(
          ctx,
          resolved,
          decision as Record<string, unknown>,
          toolCallId(saved?.nonce ?? ""),
        );
      } else {
        result = {
          name: resolved.name,
          input: call.input ?? {},
          output: await run(ctx, resolved, call),
          decision: "none",
        };
      }
      thread.results = [...thread.results, result];
      if (result.decision === "none" || result.decision === "approve" || result.decision === "edit")
        thread.ran = [...thread.ran, { name: call.name, input: result.input, output: result.output }];
    }
    const final = reply.toolCalls.length > 0 ? reply.after({ toolCalls: thread.results }) : reply;
    const response = message(final.text, {
      source,
      content_blocks: steps(input, thread.ran, final.text),
      tokens: final.tokens,
    });
    return { response, structured_response: data(structured(ctx, final.text)) };
  },
};
