// Langflow Message dicts in the shape 1.13.0 puts in `add_message` events, run results and end_vertex data.
import type { MessageRecord } from "../state/messages";
import type { MessageSource } from "./values";

export function messageProperties(source: MessageSource, state: "complete" | "partial" = "complete") {
  return {
    text_color: null,
    background_color: null,
    edited: false,
    source,
    icon: null,
    allow_markdown: false,
    positive_feedback: null,
    state,
    targets: [],
    usage: null,
    build_duration: null,
  };
}

/** The inner `data` dict of a message (also the monitor API's row, minus `created`). */
export function messageData(m: MessageRecord) {
  return {
    timestamp: m.timestamp,
    sender: m.sender,
    sender_name: m.sender_name,
    session_id: m.session_id,
    context_id: m.context_id,
    text: m.text,
    files: m.files,
    error: m.error,
    edit: m.edit,
    properties: m.properties,
    category: m.category,
    content_blocks: m.content_blocks,
    session_metadata: m.run_id ? { graph_run_id: m.run_id } : null,
    id: m.id,
    flow_id: m.flow_id,
    run_id: m.run_id,
    duration: null,
  };
}

/** The v1 projection of a Message (`text_key`, nested `data`, then the fields again at top level). */
export function messageDump(m: MessageRecord, { withId = true } = {}) {
  const data = messageData(m);
  // 1.13.0 sends a streamed answer's first partial message with `partial` at the top and `complete` inside `data`.
  if ((m.properties as { state?: string }).state === "partial")
    data.properties = { ...m.properties, state: "complete" };
  const { id, text, session_metadata, ...rest } = data;
  const top = {
    text_key: "text",
    data,
    default_value: "",
    sender: rest.sender,
    sender_name: rest.sender_name,
    files: rest.files,
    session_id: rest.session_id,
    context_id: rest.context_id,
    run_id: rest.run_id,
    timestamp: rest.timestamp,
    flow_id: rest.flow_id,
    error: rest.error,
    edit: rest.edit,
    properties: m.properties,
    category: rest.category,
    content_blocks: rest.content_blocks,
    duration: null,
    session_metadata,
    text,
  };
  return withId ? { ...top, id } : top;
}
