// From an HTTP response to a LangflowStream, one reader per kind of stream. The stream is returned at once; how its
// body decodes (decoders.ts: the framings, the typed events, each protocol's rules) is loaded on demand when the first
// stream is made, while its request is sent: an app that never streams does not carry it.
import { eventLimits } from "../core/body-limit";
import { notAStream } from "../core/error-from-response";
import { JobSuspendedError, missingPackage, StreamError } from "../core/errors";
import { DEFAULT_MAX_EVENT_BYTES } from "../core/limits";
import { onDemand } from "../core/on-demand";
import type { Decoder, DecoderKit } from "./decoders";
import type {
  BuildEvent,
  LogEvent,
  ResponsesStreamEvent,
  RunEvent,
  RunResponse,
  WorkflowEvent,
} from "./events";
import { HUMAN_INPUT_SKIPPED } from "./events";
import { type EventBatch, LangflowStream, type StreamSemantics } from "./langflow-stream";

type Reader = ReadableStreamDefaultReader<Uint8Array>;
type Decoders = typeof import("./decoders");

/**
 * What a reader reads: a Response, or a function that sends the request when reading starts (it gets the
 * stream's abort signal and must pass it to the request). The second lets `lf.stream(...)` return the stream at
 * once, with HTTP errors thrown from the first read; `abort()` before or during the request ends it quietly.
 */
export type ResponseSource = Response | ((signal: AbortSignal) => Promise<Response>);

let decoders: Promise<Decoders> | undefined;

/** The decoders (decoders.ts), loaded once; a failed load is tried again by the next stream. */
export function loadDecoders(): Promise<Decoders> {
  if (!decoders) {
    decoders = onDemand(import("./decoders"), "stream decoders");
    decoders.catch(() => {
      decoders = undefined;
    });
  }
  return decoders;
}

const KIT: DecoderKit = {
  fail: (message) => new StreamError(message),
  missingParser: (cause) => missingPackage("eventsource-parser", "Reading a server-sent event stream", cause),
  suspendedError: (request) =>
    import("../core/human-input").then((m) => m.suspendedError(JobSuspendedError, request)),
  humanInputSkipped: HUMAN_INPUT_SKIPPED,
};

function open<E, R>(source: ResponseSource, decoderOf: (m: Decoders) => Decoder<E, R>): LangflowStream<E, R> {
  const controller = new AbortController();
  // Loading starts with the stream (it loads while the request is made and sent), and is awaited at the first read.
  const loading = loadDecoders();
  let reader: Reader | undefined;
  // Set before the first event is read: the stream's rules come with the decoders.
  let semantics: StreamSemantics<E, R> | undefined;
  async function* read(): AsyncGenerator<EventBatch<E>> {
    if (controller.signal.aborted) return; // aborted before the first read: send nothing
    let response: Response;
    try {
      response = source instanceof Response ? source : await source(controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return;
      throw error;
    }
    reader = await readerOf(response);
    let decoder: Decoder<E, R>;
    try {
      decoder = decoderOf(await loading);
    } catch (error) {
      reader.cancel().catch(() => undefined);
      if (controller.signal.aborted) return;
      throw error;
    }
    if (controller.signal.aborted) {
      reader.cancel().catch(() => undefined);
      return;
    }
    semantics = decoder.semantics;
    // The longest event: the call's maxEventBytes, which the transport attaches to the Response.
    yield* decoder.decode(reader, maxEventBytes(response));
  }
  return new LangflowStream<E, R>(
    read(),
    () => {
      controller.abort();
      // A Response handed in is freed even when reading never started.
      (reader ?? (source instanceof Response ? source.body : undefined))?.cancel().catch(() => undefined);
    },
    // Called only for events, so once `semantics` is set; only the workflow rules say "suspended".
    {
      observe: (event, acc) => (semantics as StreamSemantics<E, R>).observe(event, acc),
      errorMessage: (event) => (semantics as StreamSemantics<E, R>).errorMessage(event),
      suspendedError: (event) => semantics?.suspendedError?.(event) as Promise<Error>,
    },
  );
}

const maxEventBytes = (response: Response) => eventLimits.get(response) ?? DEFAULT_MAX_EVENT_BYTES;

async function readerOf(response: Response): Promise<Reader> {
  // A web page (a proxy's login, the UI at a wrong baseUrl) is not a stream: said at once, not read as events.
  const html = /text\/html/i.test(response.headers.get("content-type") ?? "");
  if (!response.body || html) {
    response.body?.cancel().catch(() => undefined);
    throw new StreamError(await notAStream(response, html));
  }
  return response.body.getReader();
}

/** v1 `/api/v1/run?stream=true`: bare JSON objects separated by blank lines. */
export function runEventStream(source: ResponseSource): LangflowStream<RunEvent, RunResponse> {
  return open(source, (m) => m.run(KIT));
}

/** `/api/v1/build/{job_id}/events`: NDJSON (newline- or blank-line-delimited). */
export function buildEventStream(
  source: ResponseSource,
): LangflowStream<BuildEvent, Record<string, unknown>> {
  return open(source, (m) => m.build(KIT));
}

/** v2 workflow streams and the job events re-attach: SSE, either protocol; keeps the last event id. */
export function workflowEventStream(
  source: ResponseSource,
): LangflowStream<WorkflowEvent, Record<string, unknown>> {
  return open(source, (m) => m.workflow(KIT));
}

/** `POST /api/v1/responses` with `stream: true`: SSE chunks ending with `data: [DONE]`. */
export function responsesEventStream(
  source: ResponseSource,
): LangflowStream<ResponsesStreamEvent, ResponsesStreamEvent> {
  return open(source, (m) => m.responses(KIT));
}

/** `/logs-stream`: `{"<timestamp>": "<line>"}` objects separated by blank lines, and `keepalive` lines. */
export function logEventStream(source: ResponseSource): LangflowStream<LogEvent, undefined> {
  return open(source, (m) => m.logs(KIT));
}
