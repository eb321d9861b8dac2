// Small helpers the scenarios share.
import type { WorkflowEvent } from "../../../src/index";

/** A Langflow event's `event`, or an AG-UI event's `type`. */
export function eventName(e: WorkflowEvent | { event: string } | { type: string }): string {
  return "event" in e ? e.event : e.type;
}

/** Reads a stream (an SDK stream or a promise of one, while `lf.stream` changes shape) to the end. */
export async function collect<E>(stream: AsyncIterable<E> | Promise<AsyncIterable<E>>): Promise<E[]> {
  const events: E[] = [];
  for await (const e of await stream) events.push(e);
  return events;
}

export const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
