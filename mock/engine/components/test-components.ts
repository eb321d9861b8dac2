// Mock-only components for tests: a deterministic model that streams tokens, one that fails, one that takes time.
import { sleep } from "../../clock";
import { type Component, ComponentError, textOf } from "./types";

/**
 * MockModel: answers `template` with {input} (the connected input_value) and {system_message} filled in;
 * default "You said: {input}". The answer is split into word tokens, streamed by the ChatOutput showing it.
 */
export const mockModel: Component = {
  run({ vertex, params, inputs }) {
    const input = inputs.input_value?.text ?? textOf(params.input_value);
    const template =
      typeof params.template === "string" && params.template ? params.template : "You said: {input}";
    const text = template
      .replaceAll("{input}", input)
      .replaceAll("{system_message}", textOf(params.system_message));
    const tokens = text.match(/\s*\S+/g) ?? (text ? [text] : []);
    const modelName =
      typeof params.model_name === "string" && params.model_name ? params.model_name : "mock-model";
    const source = { id: vertex.id, display_name: vertex.displayName, source: modelName };
    return { outputs: { text_output: { text, tokens, source }, model_output: { text: "", source } } };
  },
};

/** MockFailure: raises `error_message` (default "Scripted failure") when it runs. */
export const mockFailure: Component = {
  run({ params }) {
    const message =
      typeof params.error_message === "string" && params.error_message
        ? params.error_message
        : "Scripted failure";
    throw new ComponentError(message);
  },
};

/** MockDelay: waits `delay_ms` (default 1000) on the mock's clock, then passes its input through. */
export const mockDelay: Component = {
  async run({ params, inputs, env }) {
    const delay = Number(params.delay_ms ?? 1000);
    await sleep(env.clock, Number.isFinite(delay) && delay > 0 ? delay : 0, env.signal);
    const text = inputs.input_value?.text ?? textOf(params.input_value);
    return { outputs: { text: { text, source: inputs.input_value?.source } } };
  },
};
