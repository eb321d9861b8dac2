// Mock-only components for tests (no Langflow counterpart): a deterministic model that streams tokens, one that
// fails, one that takes time.
import { sleep } from "../../../clock";
import { message, textOf } from "../../values";
import { textParam, valueParam } from "../params";
import { type Component, ComponentError } from "../types";

/**
 * MockModel: answers `template` with {input} (the connected input_value) and {system_message} filled in;
 * default "You said: {input}". The answer is split into word tokens, streamed by the ChatOutput showing it.
 */
export const mockModel: Component = {
  kind: "stand-in",
  reproduces: "nothing: a mock-only model (streams its answer word by word)",
  run(ctx) {
    const { vertex } = ctx;
    const input = textOf(valueParam(ctx, "input_value"));
    const template = textParam(ctx, "template") || "You said: {input}";
    const text = template
      .replaceAll("{input}", input)
      .replaceAll("{system_message}", textParam(ctx, "system_message"));
    const tokens = text.match(/\s*\S+/g) ?? (text ? [text] : []);
    const source = {
      id: vertex.id,
      display_name: vertex.displayName,
      source: textParam(ctx, "model_name") || "mock-model",
    };
    return { text_output: message(text, { tokens, source }), model_output: message("", { source }) };
  },
};

/** MockFailure: raises `error_message` (default "Scripted failure") when it runs. */
export const mockFailure: Component = {
  kind: "stand-in",
  reproduces: "nothing: a mock-only component that fails",
  run(ctx) {
    throw new ComponentError(textParam(ctx, "error_message") || "Scripted failure");
  },
};

/** MockDelay: waits `delay_ms` (default 1000) on the mock's clock, then passes its input through. */
export const mockDelay: Component = {
  kind: "stand-in",
  reproduces: "nothing: a mock-only component that takes time",
  async run(ctx) {
    const delay = Number(ctx.params.delay_ms ?? 1000);
    await sleep(ctx.env.clock, Number.isFinite(delay) && delay > 0 ? delay : 0, ctx.env.signal);
    const input = valueParam(ctx, "input_value");
    return { text: input ?? message("") };
  },
};
