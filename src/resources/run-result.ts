// RunResult: the v1 run response with its text found wherever the chat or text output is — any output
// group, any result — not only `outputs[0].outputs[0]` (the peer client's mistake).
import { isRecord } from "../core/is-record";
import type { components } from "../generated/openapi";
import type { RunResponse } from "../streaming/events";

type ResultData = components["schemas"]["ResultData"];

export interface RunResultMessage {
  text: string;
  sender?: string;
  senderName?: string;
  componentId?: string;
  sessionId?: string;
}

export interface RunResult {
  /** The text of the first chat/text output (any group); undefined when no output carries text. */
  text: string | undefined;
  /** Every output message, in output order. */
  messages: RunResultMessage[];
  /** Every output result (flattened over the input groups). */
  outputs: ResultData[];
  sessionId: string | undefined;
  /** The server's response as received. */
  raw: RunResponse;
}

type Obj = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
/** A list the server should have sent, or none: a wrong shape reads as empty, never as a TypeError. */
const list = <T>(v: T[] | null | undefined | unknown): T[] => (Array.isArray(v) ? v : []);

/** Text of one result: `results.message.text` (1.13: also `.data.text`), `results.text`, or `outputs.*.message`. */
function textOf(result: ResultData): string | undefined {
  const results = isRecord(result.results) ? result.results : {};
  for (const key of ["message", "text"]) {
    const value = results[key];
    if (typeof value === "string") return value;
    if (isRecord(value)) {
      const t = str(value.text) ?? (isRecord(value.data) ? str(value.data.text) : undefined);
      if (t !== undefined) return t;
    }
  }
  for (const out of Object.values(result.outputs ?? {})) {
    if (isRecord(out) && typeof out.message === "string") return out.message;
  }
  const first = list<Obj>(result.messages).find((m) => typeof m?.message === "string");
  return first ? (first.message as string) : undefined;
}

export function toRunResult(raw: RunResponse): RunResult {
  const outputs: ResultData[] = [];
  for (const group of list<Obj>(raw?.outputs)) {
    for (const result of list<ResultData>(group?.outputs)) if (isRecord(result)) outputs.push(result);
  }
  const messages: RunResultMessage[] = [];
  for (const result of outputs) {
    for (const m of list<NonNullable<ResultData["messages"]>[number]>(result.messages)) {
      const text = str((m as Obj)?.message);
      if (text === undefined) continue;
      messages.push({
        text,
        sender: str(m.sender),
        senderName: str(m.sender_name),
        componentId: str(m.component_id),
        sessionId: str(m.session_id),
      });
    }
  }
  let text: string | undefined;
  for (const result of outputs) {
    text = textOf(result);
    if (text !== undefined) break;
  }
  return { text, messages, outputs, sessionId: raw?.session_id ?? undefined, raw };
}
