// Message History (type "Memory") — reproduces lfx 1.13.0 models_and_agents/memory.py (MemoryComponent) over the
// mock's stored messages: Retrieve (this flow and session, newest `n_messages`, as text through `template` or as a
// table) and Store. An external memory (`memory` handle) is not modelled: the mock's own history is used.

import type { MessageRecord } from "../../../state/messages";
import { messageData } from "../../message";
import { pyFormat } from "../../python-text";
import { type LfValue, message, table, textOf } from "../../values";
import { intParam, textOr, textParam, valueParam } from "../params";
import { type Component, type ComponentContext, ComponentError } from "../types";

/** A stored message as a row of the component's table: the message's data without its run fields. */
function rowOf(m: MessageRecord): Record<string, unknown> {
  const { session_metadata: _metadata, run_id: _runId, duration: _duration, ...row } = messageData(m);
  return row;
}

function retrieve(ctx: ComponentContext): MessageRecord[] {
  const n = intParam(ctx, "n_messages", 100);
  if (n === 0) return [];
  // 1.13.0 filters by `sender_type`; flows saved before carry the same dropdown as `sender` (their own code then
  // runs). Either way "Machine and User" means no filter.
  const type = textParam(ctx, "sender_type") || textParam(ctx, "sender");
  const sender = type === "Machine and User" ? "" : type;
  const senderName = textParam(ctx, "sender_name");
  const session = textParam(ctx, "session_id");
  const contextId = textParam(ctx, "context_id");
  const found = ctx.env
    .history()
    .filter(
      (m) =>
        (!session || m.session_id === session) &&
        (!contextId || m.context_id === contextId) &&
        (!sender || m.sender === sender) &&
        (!senderName || m.sender_name === senderName),
    );
  const newest = found.slice(-n);
  return textParam(ctx, "order") === "Descending" ? newest.reverse() : newest;
}

export const messageHistory: Component = {
  kind: "faithful",
  reproduces: "Message History / Memory (lfx 1.13.0, models_and_agents/memory.py)",
  run(ctx): Record<string, LfValue> {
    if (textParam(ctx, "mode") === "Store") {
      const input = valueParam(ctx, "message");
      const value = message(textOf(input), {
        sender: textOr(ctx, "sender", input?.kind === "message" ? (input.sender ?? "Machine") : "Machine"),
        sender_name: textOr(
          ctx,
          "sender_name",
          input?.kind === "message" ? (input.sender_name ?? "AI") : "AI",
        ),
        session_id: textOr(ctx, "session_id", ctx.env.sessionId),
      });
      if (!value.session_id)
        throw new ComponentError(
          "No messages were stored. Please ensure that the session ID and sender are properly set.",
        );
      const record = ctx.env.sendMessage(value, { store: true, emit: false });
      return { stored_messages: { ...value, record } };
    }
    const messages = retrieve(ctx);
    const template = textParam(ctx, "template") || "{sender_name}: {text}";
    const text = messages
      .map((m) => pyFormat(template, { ...rowOf(m), data: rowOf(m) }, { value: "" }))
      .join("\n");
    return { messages_text: message(text), dataframe: table(messages.map(rowOf)) };
  },
};
