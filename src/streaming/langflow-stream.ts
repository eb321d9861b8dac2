// LangflowStream: the one stream type of the SDK, over any framing. An AsyncIterable of typed events that
// is consumed once, can be aborted (closing the connection), teed, turned into a ReadableStream, and
// reduced to the final text or result. An `error` event is yielded, then iteration throws a StreamError. An abort
// (`abort()` or the caller's signal) ends iteration quietly: what arrived stays readable (finalText()).

import { APIUserAbortError, StreamError } from "../core/errors";
import { iterableStream, type TextStream } from "./text-stream";

/** What a stream keeps of its events for finalText() / finalResult(). */
export interface StreamAccumulator<R> {
  /** Text an event adds to the answer (token chunks, AG-UI deltas). */
  addText(delta: string): void;
  /** A complete answer an event carries (a final message), used when no deltas came. */
  setFullText(text: string): void;
  /** The final result an event carries (e.g. the run result of `end`). */
  setResult(result: R): void;
}

/**
 * How one kind of stream reads. `observe` is called once per event: it feeds the accumulator and says
 * whether the event ends the stream (`error`: yield, then throw StreamError; `cancelled` and `end`: yield,
 * then end).
 */
export interface StreamSemantics<E, R> {
  observe(event: E, acc: StreamAccumulator<R>): "error" | "cancelled" | "end" | "suspended" | undefined;
  errorMessage(event: E): string;
  /** The error finalText()/finalResult() reject with when the stream ended at a pause (`suspended`). */
  suspendedError?(event: E): Promise<Error>;
}

/** Events decoded from one chunk; `ids[i]` is the SSE id of `batch[i]`, when the framing has ids. */
export type EventBatch<E> = E[] & { ids?: (string | undefined)[] };

/**
 * Why a stream ended: `end` (normal), `cancelled` (the run was stopped), `error` (an error event), `closed` (the
 * connection closed with no final event), `aborted` (`abort()` or the caller's signal), `suspended` (a background job
 * paused for human input: finalText()/finalResult() reject with JobSuspendedError).
 */
export type EndReason = "end" | "cancelled" | "error" | "closed" | "aborted" | "suspended";

/**
 * A stream of typed events (`for await`), read once: `abort()`, `tee()`, `toReadableStream()`, `textStream()`,
 * `finalText()`, `finalResult()`, `endReason` and `lastEventId`. An `error` event is yielded, then iteration
 * throws a StreamError.
 */
export class LangflowStream<E, R = unknown> implements AsyncIterable<E> {
  readonly #source: AsyncIterable<EventBatch<E>>;
  readonly #abort: () => void;
  readonly #semantics: StreamSemantics<E, R>;
  #started = false;
  /**
   * Text deltas: the recent ones in `#parts`, joined every 4096 into one block of `#blocks`, so a million tokens
   * are a few hundred flat strings (not a million pieces, nor one string copied again on every join).
   */
  #parts: string[] = [];
  #blocks: string[] = [];
  #sawDelta = false;
  /** Set by textStream(): receives each text delta as the iterator observes it. */
  #onText: ((delta: string) => void) | undefined;
  #fullText: string | undefined;
  #result: R | undefined;
  #endReason: EndReason | undefined;
  #pause: E | undefined;
  #aborted = false;
  /** The `id` of the last SSE event received (resume from it with `Last-Event-ID`). */
  lastEventId: string | undefined;

  /**
   * @param source the decoded events in batches, one per chunk received (one await per chunk, not per event).
   * @param abort cancels the underlying response (closes the connection).
   */
  constructor(source: AsyncIterable<EventBatch<E>>, abort: () => void, semantics: StreamSemantics<E, R>) {
    this.#source = source;
    this.#abort = abort;
    this.#semantics = semantics;
  }

  /** Why the stream ended (see EndReason); undefined while it is read. */
  get endReason(): EndReason | undefined {
    return this.#endReason;
  }

  /**
   * Stops reading and closes the connection. A `for await` loop then ends quietly (no error), `endReason` is
   * `aborted`, and `finalText()` / `finalResult()` resolve with what arrived before. The caller's `signal` does the same.
   */
  abort(): void {
    this.#aborted = true;
    this.#abort();
  }

  // A hand-written iterator rather than an async generator: one promise per event instead of the
  // generator's queueing, which matters at 100,000 events (see scripts/bench/stream.bench.ts).
  /** Reads the events (once); leaving the loop early closes the connection. */
  [Symbol.asyncIterator](): AsyncIterator<E> {
    if (this.#started)
      throw new StreamError("This stream has already been read; use tee() to read it twice.");
    this.#started = true;
    const source = this.#source[Symbol.asyncIterator]();
    const acc = this.#accumulator();
    let batch: EventBatch<E> = [];
    let index = 0;
    let finished = false;
    let pendingError: StreamError | undefined;
    // Whether the stream ended, the caller left early (break, throw) or an error came: free the connection.
    const finish = () => {
      if (finished) return;
      finished = true;
      this.#abort();
      source.return?.().catch(() => undefined);
    };
    const done = (): IteratorResult<E> => ({ done: true, value: undefined });
    const take = (): IteratorResult<E> => {
      const id = batch.ids?.[index];
      if (id !== undefined) this.lastEventId = id;
      const event = batch[index++] as E;
      const kind = this.#semantics.observe(event, acc);
      if (kind === "error") {
        this.#endReason = "error";
        pendingError = new StreamError(this.#semantics.errorMessage(event), event);
      } else if (kind !== undefined) {
        this.#endReason = kind;
        if (kind === "suspended") this.#pause = event;
        finish();
      }
      return { done: false, value: event };
    };
    const refill = async (): Promise<IteratorResult<E>> => {
      try {
        while (index >= batch.length) {
          const step = await source.next();
          if (step.done) {
            this.#endReason ??= this.#aborted ? "aborted" : "closed";
            finish();
            return done();
          }
          batch = step.value;
          index = 0;
        }
      } catch (error) {
        finish();
        // An abort (abort(), or the caller's signal: the transport's APIUserAbortError) ends the loop quietly.
        if (!this.#aborted && !(error instanceof APIUserAbortError)) throw error;
        this.#endReason ??= "aborted";
        return done();
      }
      return take();
    };
    return {
      // Events already decoded are handed out without an async function frame; only an empty batch awaits.
      next: (): Promise<IteratorResult<E>> => {
        if (pendingError) {
          const error = pendingError;
          pendingError = undefined;
          finish();
          return Promise.reject(error);
        }
        if (finished) return Promise.resolve(done());
        if (index < batch.length) return Promise.resolve(take());
        return refill();
      },
      return: async () => {
        finish();
        return done();
      },
    };
  }

  #accumulator(): StreamAccumulator<R> {
    return {
      addText: (delta) => {
        this.#sawDelta = true;
        this.#onText?.(delta);
        if (this.#parts.push(delta) >= 4096) {
          this.#blocks.push(this.#parts.join(""));
          this.#parts = [];
        }
      },
      setFullText: (text) => {
        this.#fullText = text;
      },
      setResult: (result) => {
        this.#result = result;
      },
    };
  }

  /**
   * Reads to the end; the concatenated text deltas, or the final message's text when nothing streamed. After an
   * abort: the text that arrived before it.
   */
  async finalText(): Promise<string> {
    await this.#drain();
    return this.#sawDelta ? this.#blocks.join("") + this.#parts.join("") : (this.#fullText ?? "");
  }

  /** Reads to the end; the final result the stream carried (e.g. the v1 run result of `end`), if any. */
  async finalResult(): Promise<R | undefined> {
    await this.#drain();
    return this.#result;
  }

  async #drain(): Promise<void> {
    if (this.#started) {
      if (this.#endReason === undefined && !this.#aborted)
        throw new StreamError("finalText()/finalResult() must be called before iterating, or after it ends.");
      return;
    }
    for await (const _ of this) {
      // the accumulators run inside the iterator
    }
    const pause = this.#pause;
    if (pause !== undefined && this.#semantics.suspendedError)
      throw await this.#semantics.suspendedError(pause);
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

  /**
   * The answer's text as it arrives: one string per text delta (token chunk, AG-UI delta), or the final message's
   * text once when the flow streamed no deltas. Read it with `for await` (on every platform) or pipe it. E.g. to answer from a route handler:
   * `new Response(stream.textStream().pipeThrough(new TextEncoderStream()))`. An `error` event or a lost
   * connection errors the ReadableStream after the text received so far; cancelling it aborts the request.
   */
  textStream(): TextStream {
    const iterator = this[Symbol.asyncIterator]();
    let pending: string[] = [];
    this.#onText = (delta) => pending.push(delta);
    return iterableStream(
      new ReadableStream<string>({
        pull: async (controller) => {
          try {
            while (pending.length === 0) {
              if ((await iterator.next()).done) {
                if (!this.#sawDelta && this.#fullText) controller.enqueue(this.#fullText);
                controller.close();
                return;
              }
            }
            controller.enqueue(pending.join(""));
            pending = [];
          } catch (error) {
            // Text received before the error was enqueued by earlier pulls: a failing next() adds none.
            controller.error(error);
          }
        },
        cancel: async () => {
          await iterator.return?.();
          this.abort();
        },
      }),
    );
  }

  /** Two independent streams of the same events (buffered as needed). */
  tee(): [LangflowStream<E, R>, LangflowStream<E, R>] {
    const [a, b] = this.toReadableStream().tee();
    const wrap = (stream: ReadableStream<E>) =>
      new LangflowStream<E, R>(
        readableToIterable(stream),
        () => {
          stream.cancel().catch(() => undefined);
        },
        this.#semantics,
      );
    return [wrap(a), wrap(b)];
  }
}

async function* readableToIterable<E>(stream: ReadableStream<E>): AsyncGenerator<E[]> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield [value];
    }
  } finally {
    reader.releaseLock();
  }
}
