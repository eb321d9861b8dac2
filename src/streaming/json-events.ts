// Langflow's non-SSE framings: JSON objects separated by blank lines (v1 `/run?stream=true`, labelled
// text/event-stream; build events and /logs-stream) or one per line (NDJSON). Both parse here.
import { StreamError } from "../core/errors";
import { type ByteSource, decodeText, eventTooLarge, splitLines } from "./lines";

export interface JsonEventOptions {
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
  options: JsonEventOptions = {},
): AsyncGenerator<unknown[]> {
  const max = options.max ?? Number.POSITIVE_INFINITY;
  let buffer = "";
  let depth = 0; // of the value in `buffer`: open brackets minus closed ones, outside strings
  const fail = (why: string): never => {
    const snippet = buffer.length > MAX_SNIPPET ? `${buffer.slice(0, MAX_SNIPPET)}...` : buffer;
    throw new StreamError(`${why}: ${JSON.stringify(snippet)}`);
  };
  for await (const lines of splitLines(decodeText(body), max)) {
    const values: unknown[] = [];
    for (const line of lines) {
      if (line.trim() === "") {
        if (buffer) fail("Malformed stream event (not JSON)");
        continue;
      }
      if (!buffer && options.skip?.(line)) continue;
      buffer = buffer ? `${buffer}\n${line}` : line;
      if (buffer.length > max) throw eventTooLarge(max);
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
      try {
        values.push(JSON.parse(buffer));
      } catch {
        fail("Malformed stream event (not JSON)");
      }
      buffer = "";
      depth = 0;
    }
    if (values.length > 0) yield values;
  }
  if (buffer) fail("The stream ended inside an event");
}
