// Stand-ins for lfx 1.13.0 llm_operations/* (Structured Output, Batch Run, Smart Router, LLM Selector,
// Guardrails, Smart Transform): each needs a model (the real error when none is selected), then answers from the
// script or with a visibly fake value in the real output's type.
import { data, message, table, textOf } from "../../values";
import { inputOf } from "../data_source/service";
import { valueParam } from "../params";
import { answer, defaultModelAnswer, MODEL_REQUIRED, selectedModel } from "../stand-in";
import { type Component, type ComponentContext, ComponentError } from "../types";

function model(ctx: ComponentContext): string {
  const selected = selectedModel(ctx);
  if (!selected || "missingProvider" in selected) throw new ComponentError(MODEL_REQUIRED);
  return selected.name;
}

function schemaRow(ctx: ComponentContext, text: string): Record<string, unknown> {
  const schema = ctx.params.output_schema;
  if (!Array.isArray(schema) || schema.length === 0) return { content: text };
  return Object.fromEntries(
    schema
      .filter((f): f is { name: string; type?: string } => typeof f?.name === "string")
      .map((f) => [
        f.name,
        f.type === "int" || f.type === "float" ? 0 : f.type === "bool" ? false : `[mock] ${f.name}`,
      ]),
  );
}

const structuredOutput: Component = {
  kind: "stand-in",
  reproduces: "Structured Output (lfx 1.13.0, llm_operations/structured_output.py)",
  async run(ctx) {
    const name = model(ctx);
    const input = inputOf(ctx, ["input_value"]);
    const reply = await answer(ctx, input, () => defaultModelAnswer(name, input));
    const row = schemaRow(ctx, reply.text);
    return {
      structured_output: data(row),
      dataframe_output: table([row]),
      structured_output_dataframe: table([row]),
    };
  },
};

const batchRun: Component = {
  kind: "stand-in",
  reproduces: "Batch Run (lfx 1.13.0, llm_operations/batch_run.py)",
  async run(ctx) {
    const name = model(ctx);
    const df = valueParam(ctx, "df");
    const rows = df?.kind === "table" ? df.rows : [];
    const column = inputOf(ctx, ["column_name"]);
    const out = [];
    for (const row of rows) {
      const text = column ? String(row[column] ?? "") : JSON.stringify(row);
      const reply = await answer(ctx, text, () => defaultModelAnswer(name, text));
      out.push({ ...row, [inputOf(ctx, ["output_column_name"]) || "model_response"]: reply.text });
    }
    return { batch_results: table(out) };
  },
};

/** Other model-backed operations: a message (or the input routed through) in the first output's type. */
const modelOperation: Component = {
  kind: "stand-in",
  reproduces:
    "LLM operations (lfx 1.13.0, llm_operations/*: Smart Router, LLM Selector, Guardrails, Smart Transform)",
  async run(ctx) {
    const name = model(ctx);
    const input = inputOf(ctx, ["input_value", "input_text", "data", "text"]);
    const reply = await answer(ctx, input, () => defaultModelAnswer(name, input));
    return Object.fromEntries(
      ctx.wanted.map((o, i) => [o, i === 0 ? message(reply.text) : message(textOf(message(input)))]),
    );
  },
};

export const LLM_OPERATION_STAND_INS: Record<string, Component> = {
  StructuredOutput: structuredOutput,
  StructuredOutputComponent: structuredOutput,
  BatchRunComponent: batchRun,
  SmartRouter: modelOperation,
  LLMConditionalRouter: modelOperation,
  LLMSelectorComponent: modelOperation,
  GuardrailValidator: modelOperation,
  GuardrailValidatorV2: modelOperation,
  "Smart Transform": modelOperation,
  LambdaFilterComponent: modelOperation,
};
