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

export class MessageStore {
  readonly messages = new Map<string, MessageRecord>();

  add(message: MessageRecord): MessageRecord {
    this.messages.set(message.id, message);
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
