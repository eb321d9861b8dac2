// What textStream() returns: a ReadableStream that `for await` can read everywhere. Node and recent Chromium and
// Firefox give ReadableStream an async iterator, Safari does not, and TypeScript declares it only with the
// "DOM.AsyncIterable" lib; so the SDK adds one where it is missing and declares it in the type.

/** A `ReadableStream<string>` of text that is also `AsyncIterable<string>` on every platform (`for await`). */
export type TextStream = ReadableStream<string> & AsyncIterable<string>;

/** The stream itself, given an async iterator when the platform's ReadableStream has none. */
export function iterableStream<T>(stream: ReadableStream<T>): ReadableStream<T> & AsyncIterable<T> {
  const target = stream as ReadableStream<T> & Partial<AsyncIterable<T>>;
  if (typeof target[Symbol.asyncIterator] !== "function") {
    Object.defineProperty(target, Symbol.asyncIterator, {
      value: () => readItems(stream),
      configurable: true,
    });
  }
  return target as ReadableStream<T> & AsyncIterable<T>;
}

/** Reads the stream item by item; leaving early cancels it (as the native iterator does). */
async function* readItems<T>(stream: ReadableStream<T>): AsyncGenerator<T> {
  const reader = stream.getReader();
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
