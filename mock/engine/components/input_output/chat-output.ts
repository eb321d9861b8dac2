// ChatOutput — reproduces lfx 1.13.0 input_output/chat_output.py (ChatOutput.message_response): shows its input
// (a Message's text, Data as a fenced JSON block, a table as Markdown) as an AI message, names the component on its
// first incoming edge as the message's source, and streams a stand-in model's tokens (Component._stream_message:
// the partial message goes out with the first chunk, then a `{chunk, id}` token event per chunk). With
// `should_store_message` off, 1.13.0 never calls `send_message`: no `add_message` event for the final message.
import { sleep } from "../../../clock";
import {
  type LfValue,
  type MessageSource,
  type MessageValue,
  message,
  NO_SOURCE,
  safeConvert,
} from "../../values";
import { boolParam, textOr, valueParam } from "../params";
import type { Component, ComponentContext } from "../types";

export const chatOutput: Component = {
  kind: "faithful",
  reproduces: "ChatOutput (lfx 1.13.0, input_output/chat_output.py)",
  async run(ctx) {
    const input = valueParam(ctx, "input_value");
    const text = input ? safeConvert(input, { clean: boolParam(ctx, "clean_data", true) }) : "";
    const value: MessageValue = message(text, {
      sender: textOr(ctx, "sender", "Machine"),
      sender_name: textOr(ctx, "sender_name", "AI"),
      session_id: textOr(ctx, "session_id", ctx.env.sessionId),
      source: sourceOf(ctx, input),
      content_blocks: input?.kind === "message" ? input.content_blocks : [],
    });
    const store = boolParam(ctx, "should_store_message", true);
    const tokens = input?.kind === "message" ? input.tokens : undefined;
    let id: string | undefined;
    if (tokens && tokens.length > 0 && ctx.env.streaming) id = await streamTokens(ctx, value, tokens, store);
    const record = ctx.env.sendMessage(value, { store, emit: store, ...(id ? { id } : {}) });
    return { message: { ...value, record } };
  },
};

async function streamTokens(ctx: ComponentContext, value: MessageValue, tokens: string[], store: boolean) {
  const { env } = ctx;
  let id: string | undefined;
  for (const chunk of tokens) {
    if (env.tokenDelayMs > 0) await sleep(env.clock, env.tokenDelayMs, env.signal);
    if (!id) id = env.sendMessage({ ...value, text: chunk }, { store: false, state: "partial" }).id;
    env.emit({ event: "token", data: { chunk, id } });
  }
  void store;
  return id;
}

/** ChatComponent.get_properties_from_source_component: the first incoming edge's component (or its model). */
function sourceOf(ctx: ComponentContext, input: LfValue | undefined): MessageSource {
  const edge = ctx.graph.edges.find((e) => e.target === ctx.vertex.id && !e.feedback);
  const upstream = edge ? ctx.graph.vertices.get(edge.source) : undefined;
  if (!edge || !upstream) return NO_SOURCE;
  const model = input?.kind === "message" && input.source.id === edge.source ? input.source.source : null;
  return { id: edge.source, display_name: upstream.displayName, source: model || upstream.displayName };
}
