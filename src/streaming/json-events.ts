// Langflow's non-SSE framings: JSON objects separated by blank lines (v1 `/run?stream=true`, labelled
// text/event-stream; build events and /logs-stream) or one per line (NDJSON). Both parse here.
import { type ByteSource, decodeText, eventTooLarge, type StreamFail, splitLines } from "./lines";

export interface JsonEventOptions {
  /** Makes the StreamError of malformed or oversized text. */
  fail: StreamFail;
  /** Lines that are not events (e.g. `/logs-stream`'s `keepalive`). */
  skip?: (line: string) => boolean;
  /** The longest event, in characters (the stream's `maxEventBytes`); a longer one throws a StreamError. */
  max?: number;
}

const MAX_SNIPPET = 120;

/**
 * Yields the JSON values of the stream, a batch per chunk received, each value as soon as its last line
 * arrives. A value may span several lines (pretty-printed); a blank line ends it. Text that is not JSON
 * raises a StreamError naming it. Each line is scanned once for brackets, and a value is parsed once, when its
 * brackets close: time linear in the input, whatever its lines hold (a parse per line would be quadratic).
 */
export async function* readJsonEvents(
  body: ByteSource,
  options: JsonEventOptions,
): AsyncGenerator<unknown[]> {
  const max = options.max ?? Number.POSITIVE_INFINITY;
  // The value being read: its text from earlier chunks, one string per chunk (few live objects however many lines
  // it has: a string per line kept alive makes the garbage collector's work grow faster than the input).
  let parts: string[] = [];
  let size = 0;
  let depth = 0; // open brackets minus closed ones, outside strings
  const fail = (why: string, text: string): never => {
    const snippet = text.length > MAX_SNIPPET ? `${text.slice(0, MAX_SNIPPET)}...` : text;
    throw options.fail(`${why}: ${JSON.stringify(snippet)}`);
  };
  for await (const lines of splitLines(decodeText(body), max, options.fail)) {
    const values: unknown[] = [];
    let from = 0; // the first line of this batch that belongs to the value being read
    const text = (to: number) => {
      const here = from === to - 1 ? (lines[from] as string) : lines.slice(from, to).join("\n");
      return parts.length === 0 ? here : `${parts.join("\n")}\n${here}`;
    };
    for (let n = 0; n < lines.length; n++) {
      const line = lines[n] as string;
      if (line.trim() === "" || (!size && options.skip?.(line))) {
        if (size) fail("Malformed stream event (not JSON)", text(n));
        from = n + 1;
        continue;
      }
      size += line.length + 1;
      if (size > max) throw eventTooLarge(max, options.fail);
      // Char codes: 34 " , 92 \ , 123 { , 91 [ , 125 } , 93 ]. A JSON string never spans lines.
      let inString = false;
      for (let i = 0, escaped = false; i < line.length; i++) {
        const c = line.charCodeAt(i);
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 92) escaped = true;
          else if (c === 34) inString = false;
        } else if (c === 34) inString = true;
        else if (c === 123 || c === 91) depth++;
        else if (c === 125 || c === 93) depth--;
      }
      // Not closed yet (a string left open is malformed: the next line or the end says so).
      if (inString || depth > 0) continue;
      const value = text(n + 1);
      try {
        values.push(JSON.parse(value));
      } catch {
        fail("Malformed stream event (not JSON)", value);
      }
      parts = [];
      size = 0;
      depth = 0;
      from = n + 1;
    }
    if (size && from < lines.length) parts.push(lines.slice(from).join("\n"));
    if (values.length > 0) yield values;
  }
  if (size) fail("The stream ended inside an event", parts.join("\n"));
}
