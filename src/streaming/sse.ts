// Server-sent events (v2 workflow streams, the job events re-attach, the Responses API), parsed with
// eventsource-parser: `data:`/`id:` in any order, multi-line data, comments, CR/LF/CRLF, a BOM, `retry:`.
// The parser is loaded when the first SSE stream is read (a dynamic import): an app that never reads one does not
// load it, and bundlers put it in a chunk of its own (`npm run size` measures the chunk that loads with the SDK).
// Part of the stream decoders (loaded on demand): the SDK's errors come in as arguments (see decoders.ts).
import type { EventSourceMessage } from "eventsource-parser";
import { type ByteSource, decodeText, eventTooLarge, type StreamFail } from "./lines";

export type SseMessage = EventSourceMessage;

export interface SseErrors {
  /** Makes the StreamError of an oversized event. */
  fail: StreamFail;
  /** The error when eventsource-parser cannot be loaded. */
  missingParser(cause: unknown): Error;
}

/**
 * The SSE messages of the stream, a batch per chunk received. An event (or line) longer than `max` characters
 * throws a StreamError; the parser keeps time linear (it joins a line's pieces once, when the line ends).
 */
export async function* readSse(
  body: ByteSource,
  max: number,
  errors: SseErrors,
): AsyncGenerator<SseMessage[]> {
  const { createParser } = await import("eventsource-parser").catch((cause: unknown) => {
    throw errors.missingParser(cause);
  });
  let queue: SseMessage[] = [];
  let tooLarge = false;
  const parser = createParser({
    onEvent(message: EventSourceMessage) {
      queue.push(message);
    },
    maxBufferSize: max,
    onError(error) {
      if (error.type === "max-buffer-size-exceeded") tooLarge = true;
    },
  });
  const drain = () => {
    const ready = queue;
    queue = [];
    return ready;
  };
  for await (const text of decodeText(body)) {
    parser.feed(text);
    if (tooLarge) throw eventTooLarge(max, errors.fail);
    if (queue.length > 0) yield drain();
  }
  // A last event without its closing blank line is still an event.
  parser.feed("\n\n");
  if (queue.length > 0) yield drain();
}
