// ChatInput — reproduces lfx 1.13.0 input_output/chat.py (ChatInput.message_response): the run's input as a
// User message, stored in the session's history when `should_store_message` is on. Only a stored message is sent
// (`send_message`): with the switch off there is no `add_message` event either.

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
    const store = boolParam(ctx, "should_store_message", true);
    const record = ctx.env.sendMessage(value, { store, emit: store });
    return { message: { ...value, record } };
  },
};
