// The RunEnv a run gives its components: sending messages (stored through the host), reading history.

import { messageTimestamp } from "../clock";
import type { MessageRecord } from "../state/messages";
import type { RunEnv, SendOptions } from "./components/types";
import type { EventSink } from "./events";
import { messageDump, messageProperties } from "./message";
import type { EngineDeps, EngineRunRequest } from "./types";
import type { MessageValue } from "./values";

export interface EnvParts {
  deps: EngineDeps;
  req: EngineRunRequest;
  runId: string;
  sessionId: string;
  signal: AbortSignal;
  emit: EventSink;
  /** Ids of messages sent by the batch being built (hidden from history: Langflow builds a batch at once). */
  batchMessages: Set<string>;
  runSubflow: RunEnv["runSubflow"];
  runLoopBody: RunEnv["runLoopBody"];
  humanInput: RunEnv["humanInput"];
}

export function makeEnv(parts: EnvParts): RunEnv {
  const { deps, req, runId, sessionId, signal, emit, batchMessages } = parts;
  return {
    flow: req.flow,
    sessionId,
    runId,
    inputValue: req.inputValue,
    inputType: req.inputType ?? "chat",
    // Langflow streams when the request does (its injected `stream` tweak): every run with a listener here.
    streaming: req.streaming ?? req.emit !== undefined,
    clock: deps.clock,
    signal,
    tokenDelayMs: deps.tokenDelayMs,
    script: deps.script,
    emit,
    sendMessage(value: MessageValue, options: SendOptions): MessageRecord {
      const now = deps.clock.now();
      const record: MessageRecord = {
        id: options.id ?? crypto.randomUUID(),
        flow_id: req.flow.id,
        session_id: value.session_id || sessionId,
        sender: value.sender ?? "Machine",
        sender_name: value.sender_name ?? "AI",
        text: value.text,
        timestamp: messageTimestamp(now),
        created: now,
        files: value.files,
        error: false,
        edit: false,
        properties: messageProperties(value.source, options.state),
        category: "message",
        content_blocks: value.content_blocks,
        context_id: "",
        run_id: runId,
      };
      if (options.store) {
        deps.storeMessage(record);
        batchMessages.add(record.id);
      }
      if (options.emit !== false)
        emit({ event: "add_message", data: messageDump(record) as unknown as Record<string, unknown> });
      return record;
    },
    history() {
      return deps.messages(req.flow.id).filter((m) => !batchMessages.has(m.id));
    },
    runSubflow: parts.runSubflow,
    runLoopBody: parts.runLoopBody,
    humanInput: parts.humanInput,
  };
}
