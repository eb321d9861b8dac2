// Bytes -> text lines, incrementally: UTF-8 split across chunks, and \r\n split across chunks, handled.

export type ByteSource = ReadableStream<Uint8Array> | ReadableStreamDefaultReader<Uint8Array>;

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

/**
 * Splits text chunks into lines on \n, \r\n or \r, without the line ending; the last line may lack one.
 * Yields the lines of each chunk as one batch, so a consumer pays one await per chunk, not per line.
 */
export async function* splitLines(chunks: AsyncIterable<string>): AsyncGenerator<string[]> {
  let buffer = "";
  let pendingCR = false;
  for await (const chunk of chunks) {
    let text = chunk;
    if (pendingCR) {
      pendingCR = false;
      if (text.startsWith("\n")) text = text.slice(1); // the \n of a \r\n split across chunks
    }
    buffer += text;
    const lines: string[] = [];
    let start = 0;
    for (let i = 0; i < buffer.length; i++) {
      const c = buffer.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      lines.push(buffer.slice(start, i));
      if (c === 13) {
        if (i + 1 === buffer.length) pendingCR = true;
        else if (buffer.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
    }
    buffer = buffer.slice(start);
    if (lines.length > 0) yield lines;
  }
  if (buffer) yield [buffer];
}
