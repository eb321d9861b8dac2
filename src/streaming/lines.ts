// Bytes -> text lines, incrementally: UTF-8 split across chunks, and \r\n split across chunks, handled. A line
// costs time linear in its length however it is chunked, and one longer than the stream's cap ends the stream.
// Part of the stream decoders (loaded on demand): the StreamError class comes in as `fail` (see decoders.ts).

export type ByteSource = ReadableStream<Uint8Array> | ReadableStreamDefaultReader<Uint8Array>;

/** The error of a malformed or oversized stream (a StreamError with this message). */
export type StreamFail = (message: string) => Error;

/** Decodes bytes to text chunks as they arrive (a multi-byte character split across chunks is kept whole). */
export async function* decodeText(source: ByteSource): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  const owned = source instanceof ReadableStream;
  const reader = owned ? source.getReader() : source;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const text = decoder.decode(value, { stream: true });
      if (text) yield text;
    }
    const rest = decoder.decode();
    if (rest) yield rest;
  } finally {
    // A reader handed in belongs to its LangflowStream, which cancels it (closing the connection).
    if (owned) reader.releaseLock();
  }
}

/** The StreamError for an event (or line) longer than the stream's `maxEventBytes`. */
export function eventTooLarge(max: number, fail: StreamFail): Error {
  return fail(
    `A stream event passed maxEventBytes (${max} characters); raise it (client or call option) if that is expected.`,
  );
}

/**
 * Splits text chunks into lines on \n, \r\n or \r, without the line ending; the last line may lack one.
 * Yields the lines of each chunk as one batch, so a consumer pays one await per chunk, not per line.
 * A line longer than `max` characters throws `eventTooLarge`.
 */
export async function* splitLines(
  chunks: AsyncIterable<string>,
  max: number,
  fail: StreamFail,
): AsyncGenerator<string[]> {
  let pending = ""; // the start of a line whose end has not arrived: it holds no line break, so it is never rescanned
  let pendingCR = false;
  for await (const chunk of chunks) {
    let text = chunk;
    if (pendingCR) {
      pendingCR = false;
      if (text.startsWith("\n")) text = text.slice(1); // the \n of a \r\n split across chunks
    }
    const lines: string[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      lines.push(pending + text.slice(start, i));
      pending = "";
      if (c === 13) {
        if (i + 1 === text.length) pendingCR = true;
        else if (text.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
    }
    pending += text.slice(start);
    if (pending.length > max) throw eventTooLarge(max, fail);
    if (lines.length > 0) yield lines;
  }
  if (pending) yield [pending];
}
