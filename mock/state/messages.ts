// Chat messages (what the monitor API lists). The engine appends them; session history comes from here.

/** A stored message: the Langflow Message dict (as in `add_message` events / monitor API). */
export interface MessageRecord {
  id: string;
  flow_id: string;
  session_id: string;
  sender: "User" | "Machine" | string;
  sender_name: string;
  text: string;
  timestamp: string;
  /** epoch ms, for ordering */
  created: number;
  files: string[];
  error: boolean;
  edit: boolean;
  properties: Record<string, unknown>;
  category: string;
  content_blocks: unknown[];
  context_id: string;
  run_id: string | null;
}

/**
 * The chat fields of a message, in the order every shape of it lists them (the `data` of `add_message` events and
 * run results, monitor rows): one list for the engine and the monitor area.
 */
export function chatFields(m: MessageRecord) {
  return {
    sender: m.sender,
    sender_name: m.sender_name,
    session_id: m.session_id,
    context_id: m.context_id,
    text: m.text,
    files: m.files,
  };
}

/** `session_metadata` as 1.13.0 writes it: the flow run that wrote the message. */
export function sessionMetadata(m: MessageRecord): { graph_run_id: string } | null {
  return m.run_id ? { graph_run_id: m.run_id } : null;
}

export class MessageStore {
  readonly messages = new Map<string, MessageRecord>();

  /** `limit`: how many messages are kept; past it the oldest go (retention.messages). */
  constructor(private readonly limit: number = Number.POSITIVE_INFINITY) {}

  add(message: MessageRecord): MessageRecord {
    this.messages.set(message.id, message);
    for (const id of this.messages.keys()) {
      if (this.messages.size <= this.limit) break;
      this.messages.delete(id);
    }
    return message;
  }

  /** Messages of a session in a flow, oldest first. */
  history(flowId: string, sessionId: string): MessageRecord[] {
    return [...this.messages.values()]
      .filter((m) => m.flow_id === flowId && m.session_id === sessionId)
      .sort((a, b) => a.created - b.created);
  }

  list(filter: (m: MessageRecord) => boolean = () => true): MessageRecord[] {
    return [...this.messages.values()].filter(filter).sort((a, b) => a.created - b.created);
  }
}
