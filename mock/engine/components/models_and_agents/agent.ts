// Agent — a stand-in for lfx 1.13.0 models_and_agents/agent.py (the tool-calling Agent; older exports' agent_llm +
// model_name too). No model selected fails with the real message (the structured output answers
// {"content": "", "error": ...} instead, as the real one does); otherwise the answer comes from the script or is
// "[mock <model>] <input>", as a Message whose content blocks show the agent's steps (input, each scripted tool
// call with the connected tool's answer, output) in the v1 shape.
import type { ScriptToolCall } from "../../script/book";
import { data, type HandleValue, type LfValue, message, type ToolSpec, textOf } from "../../values";
import { valueParam, valuesParam } from "../params";
import { answer, defaultModelAnswer, MODEL_NOT_SELECTED, selectedModel } from "../stand-in";
import { toolAnswer } from "../tools/tool-stand-in";
import { type Component, type ComponentContext, ComponentError } from "../types";

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

function steps(input: string, calls: { call: ScriptToolCall; output: unknown }[], text: string) {
  return [
    {
      title: "Agent Steps",
      contents: [
        { type: "text", duration: 0, header: TEXT_HEADER("Input"), text: input },
        ...calls.map(({ call, output }) => ({
          type: "tool_use",
          duration: 0,
          header: { title: `Executed **${call.name}**`, icon: "Hammer" },
          name: call.name,
          tool_input: call.input ?? {},
          output,
          error: null,
        })),
        { type: "text", duration: 0, header: TEXT_HEADER("Output"), text },
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
    const reply = await answer(ctx, input, () => defaultModelAnswer(model, input));
    const tools = toolsOf(ctx);
    const calls = [];
    for (const call of reply.toolCalls) {
      const tool = tools.find((t) => t.name === call.name || t.componentId === call.name);
      const output = call.output !== undefined ? call.output : await toolAnswer(ctx, tool, call);
      calls.push({ call, output });
    }
    const { vertex } = ctx;
    const response = message(reply.text, {
      source: { id: vertex.id, display_name: vertex.displayName, source: model },
      content_blocks: steps(input, calls, reply.text),
      tokens: reply.tokens,
    });
    return { response, structured_response: data(structured(ctx, reply.text)) };
  },
};
