// Language models — a stand-in for lfx 1.13.0 models_and_agents/language_model.py (LanguageModelComponent) and every
// provider model component (LCModelComponent: OpenAIModel, AnthropicModel, ...; outputs text_output + model_output).
// Configuration errors are the real ones (no model selected, a selection without provider, nothing to send); the
// answer comes from the script or is "[mock <model>] <input>", streamed token by token when the run streams.
import { type LfValue, textOf } from "../../values";
import { textParam, valueParam } from "../params";
import {
  answer,
  defaultModelAnswer,
  MODEL_MISSING_PROVIDER,
  MODEL_REQUIRED,
  selectedModel,
} from "../stand-in";
import { type Component, ComponentError } from "../types";

export const languageModel: Component = {
  kind: "stand-in",
  reproduces:
    "Language Model and provider models (lfx 1.13.0, models_and_agents/language_model.py, base/models/model.py)",
  async run(ctx): Promise<Record<string, LfValue>> {
    const selected = selectedModel(ctx);
    if (!selected) throw new ComponentError(MODEL_REQUIRED);
    if ("missingProvider" in selected) throw new ComponentError(MODEL_MISSING_PROVIDER);
    const { vertex } = ctx;
    const handle = {
      kind: "handle" as const,
      handle: "LanguageModel",
      ownerId: vertex.id,
      ownerName: vertex.displayName,
      modelName: selected.name,
    };
    if (!ctx.wanted.some((o) => o !== "model_output")) return { model_output: handle };
    const input = textOf(valueParam(ctx, "input_value"));
    if (!input && !textParam(ctx, "system_message"))
      throw new ComponentError("The message you want to send to the model is empty.");
    const reply = await answer(ctx, input, () => defaultModelAnswer(selected.name, input));
    const source = { id: vertex.id, display_name: vertex.displayName, source: selected.name };
    return {
      text_output: {
        kind: "message",
        text: reply.text,
        sender: null,
        sender_name: null,
        session_id: "",
        files: [],
        content_blocks: [],
        source,
        tokens: reply.tokens,
      },
      model_output: handle,
    };
  },
};
