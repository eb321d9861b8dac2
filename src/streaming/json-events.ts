// Langflow's non-SSE framings: JSON objects separated by blank lines (v1 `/run?stream=true`, labelled
// text/event-stream; build events and /logs-stream) or one per line (NDJSON). Both parse here.
import { StreamError } from "../core/errors";
import { type ByteSource, decodeText, splitLines } from "./lines";

export interface JsonEventOptions {
  /** Lines that are not events (e.g. `/logs-stream`'s `keepalive`). */
  skip?: (line: string) => boolean;
}

const MAX_SNIPPET = 120;

/**
 * Yields the JSON values of the stream, a batch per chunk received, each value as soon as its last line
 * arrives. A value may span several lines (pretty-printed); a blank line ends it. Text that is not JSON
 * raises a StreamError naming it.
 */
export async function* readJsonEvents(
  body: ByteSource,
  options: JsonEventOptions = {},
): AsyncGenerator<unknown[]> {
  let buffer = "";
  const fail = (why: string): never => {
    const snippet = buffer.length > MAX_SNIPPET ? `${buffer.slice(0, MAX_SNIPPET)}...` : buffer;
    throw new StreamError(`${why}: ${JSON.stringify(snippet)}`);
  };
  for await (const lines of splitLines(decodeText(body))) {
    const values: unknown[] = [];
    for (const line of lines) {
      if (line.trim() === "") {
        if (buffer) fail("Malformed stream event (not JSON)");
        continue;
      }
      if (!buffer && options.skip?.(line)) continue;
      buffer = buffer ? `${buffer}\n${line}` : line;
      // Only a line that can close a JSON value is worth a parse attempt (keeps long multi-line values linear).
      if (!/[}\]"\del]\s*$/.test(line)) continue;
      try {
        values.push(JSON.parse(buffer));
        buffer = "";
      } catch {
        // not complete yet
      }
    }
    if (values.length > 0) yield values;
  }
  if (buffer) fail("The stream ended inside an event");
}
