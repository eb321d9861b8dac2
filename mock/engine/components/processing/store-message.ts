// Message Store (type "StoreMessage") — reproduces lfx 1.13.0 processing/store_message.py: stores the message in
// this session's history (an external memory is not modelled) and answers it.
import { message, textOf } from "../../values";
import { textOr, valueParam } from "../params";
import type { Component } from "../types";

export const storeMessage: Component = {
  kind: "faithful",
  reproduces: "Message Store (lfx 1.13.0, processing/store_message.py)",
  run(ctx) {
    const input = valueParam(ctx, "message");
    const value = message(textOf(input), {
      sender: textOr(ctx, "sender", input?.kind === "message" ? (input.sender ?? "Machine") : "Machine"),
      sender_name: textOr(ctx, "sender_name", input?.kind === "message" ? (input.sender_name ?? "AI") : "AI"),
      session_id: textOr(ctx, "session_id", ctx.env.sessionId),
    });
    const record = ctx.env.sendMessage(value, { store: true, emit: false });
    return { stored_messages: { ...value, record } };
  },
};
