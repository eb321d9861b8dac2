// Server-sent events (v2 workflow streams, the job events re-attach, the Responses API), parsed with
// eventsource-parser: `data:`/`id:` in any order, multi-line data, comments, CR/LF/CRLF, a BOM, `retry:`.
import { createParser, type EventSourceMessage } from "eventsource-parser";
import { type ByteSource, decodeText } from "./lines";

export type SseMessage = EventSourceMessage;

/** The SSE messages of the stream, a batch per chunk received. */
export async function* readSse(body: ByteSource): AsyncGenerator<SseMessage[]> {
  let queue: SseMessage[] = [];
  const parser = createParser({
    onEvent(message: EventSourceMessage) {
      queue.push(message);
    },
  });
  const drain = () => {
    const ready = queue;
    queue = [];
    return ready;
  };
  for await (const text of decodeText(body)) {
    parser.feed(text);
    if (queue.length > 0) yield drain();
  }
  // A last event without its closing blank line is still an event.
  parser.feed("\n\n");
  if (queue.length > 0) yield drain();
}
