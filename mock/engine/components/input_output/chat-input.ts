// ChatInput — reproduces lfx 1.13.0 input_output/chat.py (ChatInput.message_response): the run's input as a
// User message, stored in the session's history when `should_store_message` is on.

import { message } from "../../values";
import { boolParam, textOr, textParam } from "../params";
import type { Component } from "../types";

export const chatInput: Component = {
  kind: "faithful",
  reproduces: "ChatInput (lfx 1.13.0, input_output/chat.py)",
  run(ctx) {
    const value = message(textParam(ctx, "input_value"), {
      sender: textOr(ctx, "sender", "User"),
      sender_name: textOr(ctx, "sender_name", "User"),
      session_id: textOr(ctx, "session_id", ctx.env.sessionId),
    });
    const record = ctx.env.sendMessage(value, { store: boolParam(ctx, "should_store_message", true) });
    return { message: { ...value, record } };
  },
};
