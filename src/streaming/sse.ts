// Server-sent events (v2 workflow streams, the job events re-attach, the Responses API), parsed with
// eventsource-parser: `data:`/`id:` in any order, multi-line data, comments, CR/LF/CRLF, a BOM, `retry:`.
// The parser is loaded when the first SSE stream is read (a dynamic import): an app that never reads one does not
// load it, and bundlers put it in a chunk of its own (`npm run size` measures the chunk that loads with the SDK).
import type { EventSourceMessage } from "eventsource-parser";
import { missingPackage } from "../core/errors";
import { type ByteSource, decodeText, eventTooLarge } from "./lines";

export type SseMessage = EventSourceMessage;

/**
 * The SSE messages of the stream, a batch per chunk received. An event (or line) longer than `max` characters
 * throws a StreamError; the parser keeps time linear (it joins a line's pieces once, when the line ends).
 */
export async function* readSse(
  body: ByteSource,
  max = Number.POSITIVE_INFINITY,
): AsyncGenerator<SseMessage[]> {
  const { createParser } = await import("eventsource-parser").catch((cause: unknown) => {
    throw missingPackage("eventsource-parser", "Reading a server-sent event stream", cause);
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
    if (tooLarge) throw eventTooLarge(max);
    if (queue.length > 0) yield drain();
  }
  // A last event without its closing blank line is still an event.
  parser.feed("\n\n");
  if (queue.length > 0) yield drain();
}
