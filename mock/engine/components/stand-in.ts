// What every stand-in shares: the model a component has selected (with the real components' configuration errors),
// the script rule that answers it, and the default answer (derived from the input, stable, visibly fake).
import { sleep } from "../../clock";
import type { ScriptToolCall, ScriptTurn } from "../script/book";
import { isValue } from "../values";
import { type ComponentContext, ComponentError } from "./types";

/** lfx unified_models: the messages of get_llm / validate_model_selection. */
export const MODEL_REQUIRED = "A model selection is required";
export const MODEL_NOT_SELECTED =
  "No model selected. Please select a language model from the available options.";
export const MODEL_MISSING_PROVIDER =
  "The selected model is missing a provider. Please reselect a model from the dropdown so the component knows which provider to use.";

export interface SelectedModel {
  name: string;
  provider: string;
}

/**
 * The model a component runs with: a connected model, the `model` selection ([{name, provider}]), the legacy
 * `agent_llm` + `model_name` pair of older exports, or a provider component's own `model_name`.
 * `undefined` when nothing is selected.
 */
export function selectedModel(
  ctx: ComponentContext,
): SelectedModel | { missingProvider: string } | undefined {
  const { params } = ctx;
  const model = params.model;
  if (isValue(model) && model.kind === "handle")
    return { name: model.modelName ?? model.ownerName, provider: model.ownerName };
  if (Array.isArray(model) && model.length > 0) {
    const first = model[0] as { name?: unknown; provider?: unknown };
    const name = typeof first?.name === "string" ? first.name : "";
    const provider = typeof first?.provider === "string" ? first.provider : "";
    if (!provider.trim()) return name ? { missingProvider: name } : undefined;
    return name ? { name, provider } : undefined;
  }
  const legacyProvider = typeof params.agent_llm === "string" ? params.agent_llm : "";
  const legacyName = typeof params.model_name === "string" ? params.model_name : "";
  if (legacyProvider && legacyName) return { name: legacyName, provider: legacyProvider };
  if (!("model" in ctx.vertex.fields) && legacyName)
    return { name: legacyName, provider: ctx.vertex.displayName };
  if (!("model" in ctx.vertex.fields) && !("agent_llm" in ctx.vertex.fields))
    return { name: `${ctx.vertex.type}`, provider: ctx.vertex.displayName };
  return undefined;
}

export interface Answer {
  text: string;
  tokens: string[];
  toolCalls: ScriptToolCall[];
  scripted: boolean;
  /** The answer after an agent's tool calls: the rule's `text` function sees how they ended. */
  after(turn: ScriptTurn): { text: string; tokens: string[] };
}

/** Splits an answer into word tokens (each with its leading whitespace), as a model streams it. */
function tokenize(text: string): string[] {
  return text.match(/\s*\S+/g) ?? (text ? [text] : []);
}

/**
 * The answer of a stand-in: the first script rule that matches (waiting its delay, failing with its error), else
 * `fallback`.
 */
export async function answer(ctx: ComponentContext, input: string, fallback: () => string): Promise<Answer> {
  const { env, vertex } = ctx;
  const rule = env.script.take({
    flowId: env.flow.id,
    flowName: env.flow.name,
    componentId: vertex.id,
    componentType: vertex.type,
    displayName: vertex.displayName,
    input,
  });
  if (rule?.delayMs) await sleep(env.clock, rule.delayMs, env.signal);
  if (rule?.error !== undefined) throw new ComponentError(rule.error);
  const scripted =
    rule !== undefined &&
    (rule.text !== undefined || rule.tokens !== undefined || rule.toolCalls !== undefined);
  const reply = (turn: ScriptTurn) => {
    const text =
      rule?.tokens !== undefined
        ? rule.tokens.join("")
        : typeof rule?.text === "function"
          ? rule.text(input, turn)
          : (rule?.text ?? fallback());
    return { text, tokens: rule?.tokens ? [...rule.tokens] : tokenize(text) };
  };
  const calls = rule?.toolCalls ?? [];
  // A `text` function of a rule with tool calls is called once, after the calls (the agent's Answer.after).
  const deferred = calls.length > 0 && typeof rule?.text === "function";
  const now = deferred ? { text: "", tokens: [] } : reply({ toolCalls: [] });
  return { ...now, toolCalls: calls, scripted, after: reply };
}

/** "[mock gpt-4o-mini] what is 2+2?": visibly fake, stable, and carrying the input for assertions. */
export function defaultModelAnswer(model: string, input: string): string {
  return `[mock ${model}] ${input}`;
}
