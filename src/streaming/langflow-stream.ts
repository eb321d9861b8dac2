// LangflowStream: the one stream type of the SDK, over any framing. An AsyncIterable of typed events that
// is consumed once, can be aborted (closing the connection), teed, turned into a ReadableStream, and
// reduced to the final text or result. An `error` event is yielded, then iteration throws a StreamError.
import { StreamError } from "../core/errors";

/** How one kind of stream reads: which events end it, and what text and result they carry. */
export interface StreamSemantics<E, R> {
  /** `error`: yield, then throw StreamError; `cancelled`: yield, then end with endReason "cancelled"; `end`: yield, then end. */
  classify(event: E): "error" | "cancelled" | "end" | undefined;
  errorMessage(event: E): string;
  /** Text this event adds to the answer (token chunks, AG-UI deltas). */
  textDelta(event: E): string | undefined;
  /** A complete answer text this event carries (a final message), used when no deltas came. */
  fullText(event: E): string | undefined;
  /** The final result this event carries (e.g. the run result of `end`). */
  result(event: E): R | undefined;
}

export type EndReason = "end" | "cancelled" | "error" | "closed";

export class LangflowStream<E, R = unknown> implements AsyncIterable<E> {
  readonly #source: AsyncIterable<E>;
  readonly #abort: () => void;
  readonly #semantics: StreamSemantics<E, R>;
  #started = false;
  #text = "";
  #sawDelta = false;
  #fullText: string | undefined;
  #result: R | undefined;
  #endReason: EndReason | undefined;
  /** The `id` of the last SSE event received (resume from it with `Last-Event-ID`). */
  lastEventId: string | undefined;

  /**
   * @param source the decoded events; `onId` may be called by it with each SSE id.
   * @param abort cancels the underlying response (closes the connection).
   */
  constructor(
    source: (onId: (id: string) => void) => AsyncIterable<E>,
    abort: () => void,
    semantics: StreamSemantics<E, R>,
  ) {
    this.#source = source((id) => {
      this.lastEventId = id;
    });
    this.#abort = abort;
    this.#semantics = semantics;
  }

  /** Why the stream ended: `end` (normal), `cancelled` (the run was stopped), `error`, or `closed` (no final event). */
  get endReason(): EndReason | undefined {
    return this.#endReason;
  }

  /** Stops reading and closes the connection. Iteration then ends quietly. */
  abort(): void {
    this.#abort();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<E> {
    if (this.#started)
      throw new StreamError("This stream has already been read; use tee() to read it twice.");
    this.#started = true;
    try {
      for await (const event of this.#source) {
        const delta = this.#semantics.textDelta(event);
        if (delta !== undefined) {
          this.#text += delta;
          this.#sawDelta = true;
        }
        this.#fullText = this.#semantics.fullText(event) ?? this.#fullText;
        this.#result = this.#semantics.result(event) ?? this.#result;
        const kind = this.#semantics.classify(event);
        yield event;
        if (kind === "error") {
          this.#endReason = "error";
          throw new StreamError(this.#semantics.errorMessage(event), event);
        }
        if (kind === "cancelled" || kind === "end") {
          this.#endReason = kind;
          return;
        }
      }
      this.#endReason ??= "closed";
    } finally {
      // Whether the stream ended, the caller left early (break, throw) or an error came: free the connection.
      this.#abort();
    }
  }

  /** Reads to the end; the concatenated text deltas, or the final message's text when nothing streamed. */
  async finalText(): Promise<string> {
    await this.#drain();
    return this.#sawDelta ? this.#text : (this.#fullText ?? "");
  }

  /** Reads to the end; the final result the stream carried (e.g. the v1 run result of `end`), if any. */
  async finalResult(): Promise<R | undefined> {
    await this.#drain();
    return this.#result;
  }

  async #drain(): Promise<void> {
    if (this.#started) {
      if (this.#endReason === undefined)
        throw new StreamError("finalText()/finalResult() must be called before iterating, or after it ends.");
      return;
    }
    for await (const _ of this) {
      // the accumulators run inside the iterator
    }
  }

  /** The events as a ReadableStream (e.g. to return from a route handler); cancelling it aborts the request. */
  toReadableStream(): ReadableStream<E> {
    const iterator = this[Symbol.asyncIterator]();
    return new ReadableStream<E>({
      async pull(controller) {
        try {
          const { done, value } = await iterator.next();
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (error) {
          controller.error(error);
        }
      },
      cancel: async () => {
        await iterator.return?.();
        this.abort();
      },
    });
  }

  /** Two independent streams of the same events (buffered as needed). */
  tee(): [LangflowStream<E, R>, LangflowStream<E, R>] {
    const [a, b] = this.toReadableStream().tee();
    const wrap = (stream: ReadableStream<E>) =>
      new LangflowStream<E, R>(
        () => readableToIterable(stream),
        () => {
          stream.cancel().catch(() => undefined);
        },
        this.#semantics,
      );
    return [wrap(a), wrap(b)];
  }
}

async function* readableToIterable<E>(stream: ReadableStream<E>): AsyncGenerator<E> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
