// ChatInput, ChatOutput, TextInput, TextOutput.
import { messageTimestamp, sleep } from "../../clock";
import type { MessageRecord } from "../../state/messages";
import { type MessageSource, messageDump } from "../message";
import type { Component, ComponentInput, Value } from "./types";
import { textOf } from "./types";

function str(value: unknown, fallback: string): string {
  return typeof value === "string" && value !== "" ? value : fallback;
}

function sessionOf({ params, env }: ComponentInput): string {
  return str(params.session_id, env.sessionId);
}

export const chatInput: Component = {
  run(input) {
    const { params, env } = input;
    const takesInput = env.inputType === "chat" || env.inputType === "any";
    const text = takesInput && env.inputValue !== null ? env.inputValue : textOf(params.input_value);
    const message = env.createMessage({
      sender: str(params.sender, "User"),
      sender_name: str(params.sender_name, "User"),
      text,
      source: { id: null, display_name: null, source: null },
      store: params.should_store_message !== false,
      sessionId: sessionOf(input),
    });
    env.emit({ event: "add_message", data: messageEvent(message) });
    const value: Value = { text, message };
    return {
      outputs: { message: value },
      results: { message },
      chatArtifact: { text, sender: message.sender, sender_name: message.sender_name },
    };
  },
};

export const textInput: Component = {
  run({ params, env }) {
    const takesInput = env.inputType === "text" || env.inputType === "any";
    const text = takesInput && env.inputValue !== null ? env.inputValue : textOf(params.input_value);
    return { outputs: { text: { text } } };
  },
};

export const chatOutput: Component = {
  async run(input) {
    const { params, inputs, env } = input;
    const incoming = inputs.input_value;
    const text = incoming ? incoming.text : textOf(params.input_value);
    const source = incoming?.source?.id ? incoming.source : upstreamSource(input);
    const common = {
      sender: str(params.sender, "Machine"),
      sender_name: str(params.sender_name, "AI"),
      source,
      store: params.should_store_message !== false,
      sessionId: sessionOf(input),
    };
    let id: string | undefined;
    if (incoming?.tokens) {
      // Streaming model: an empty partial message first, then tokens carrying its id, then the final message.
      const draft = env.createMessage({ ...common, text: "", store: false, state: "partial" });
      id = draft.id;
      env.emit({ event: "add_message", data: messageEvent(draft) });
      for (const chunk of incoming.tokens) {
        if (env.tokenDelayMs > 0) await sleep(env.clock, env.tokenDelayMs, env.signal);
        env.emit({ event: "token", data: { chunk, id, timestamp: messageTimestamp(env.clock.now()) } });
      }
    }
    const message = env.createMessage({ ...common, text, ...(id ? { id } : {}) });
    env.emit({ event: "add_message", data: messageEvent(message) });
    return {
      outputs: { message: { text, message, source } },
      results: { message },
      chatArtifact: { text, sender: message.sender, sender_name: message.sender_name },
    };
  },
};

export const textOutput: Component = {
  run({ params, inputs }) {
    const text = inputs.input_value ? inputs.input_value.text : textOf(params.input_value);
    return { outputs: { text: { text, source: inputs.input_value?.source } } };
  },
};

/**
 * 1.13.0's ChatOutput names the component on its first incoming edge as the message's source (id, display
 * name, and the display name again as `source`; a model's name for model components, set by the model).
 */
function upstreamSource({ vertex, graph }: ComponentInput): MessageSource {
  const edge = graph?.edges.find((e) => e.target === vertex.id);
  const upstream = edge ? graph?.vertices.get(edge.source) : undefined;
  if (!edge || !upstream) return { id: null, display_name: null, source: null };
  return { id: edge.source, display_name: upstream.displayName, source: upstream.displayName };
}

function messageEvent(message: MessageRecord) {
  return messageDump(message) as unknown as Record<string, unknown>;
}

/** Webhook: outputs the request payload the webhook endpoint put into its `data` parameter. */
export const webhook: Component = {
  run({ params }) {
    return { outputs: { output_data: { text: textOf(params.data) } } };
  },
};
