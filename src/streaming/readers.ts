// From an HTTP response to a LangflowStream, one reader per framing.
import { eventLimits } from "../core/body-limit";
import { notAStream } from "../core/error-from-response";
import { JobSuspendedError, StreamError } from "../core/errors";
import { DEFAULT_MAX_EVENT_BYTES } from "../core/limits";
import {
  type AguiEvent,
  type BuildEvent,
  HUMAN_INPUT_SKIPPED,
  type LangflowEvent,
  type LogEvent,
  type ResponsesStreamEvent,
  type RunEvent,
  type RunResponse,
  toLangflowEvent,
  toRunEvent,
  toWorkflowEvent,
  type WorkflowEvent,
} from "./events";
import { readJsonEvents } from "./json-events";
import {
  type EventBatch,
  LangflowStream,
  type StreamAccumulator,
  type StreamSemantics,
} from "./langflow-stream";
import { readSse } from "./sse";

type Reader = ReadableStreamDefaultReader<Uint8Array>;

/**
 * What a reader reads: a Response, or a function that sends the request when reading starts (it gets the
 * stream's abort signal and must pass it to the request). The second lets `lf.stream(...)` return the stream at
 * once, with HTTP errors thrown from the first read; `abort()` before or during the request ends it quietly.
 */
export type ResponseSource = Response | ((signal: AbortSignal) => Promise<Response>);

function open<E, R>(
  source: ResponseSource,
  decode: (reader: Reader, max: number) => AsyncIterable<EventBatch<E>>,
  semantics: StreamSemantics<E, R>,
): LangflowStream<E, R> {
  const controller = new AbortController();
  let reader: Reader | undefined;
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
    if (controller.signal.aborted) {
      reader.cancel().catch(() => undefined);
      return;
    }
    // The longest event: the call's maxEventBytes, which the transport attaches to the Response.
    yield* decode(reader, maxEventBytes(response));
  }
  return new LangflowStream<E, R>(
    read(),
    () => {
      controller.abort();
      // A Response handed in is freed even when reading never started.
      (reader ?? (source instanceof Response ? source.body : undefined))?.cancel().catch(() => undefined);
    },
    semantics,
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

function parseData(data: string): unknown {
  try {
    return JSON.parse(data);
  } catch {
    throw new StreamError(`Malformed stream event (not JSON): ${JSON.stringify(data.slice(0, 120))}`);
  }
}

const machineText = (data: { sender?: unknown; text?: unknown } | undefined) =>
  data && data.sender === "Machine" && typeof data.text === "string" ? data.text : undefined;

const errorText = (data: { error?: unknown; text?: unknown } | undefined) =>
  (typeof data?.error === "string" && data.error) ||
  (typeof data?.text === "string" && data.text) ||
  "The run failed.";

/** Tokens and bot messages: the text of a run, in v1 run streams, build streams and the v2 langflow protocol. */
function observeText(e: RunEvent | LangflowEvent, acc: StreamAccumulator<never>): void {
  if (e.event === "token") acc.addText(e.data.chunk);
  else if (e.event === "add_message") {
    const text = machineText(e.data);
    if (text !== undefined) acc.setFullText(text);
  }
}

const langflowSemantics: StreamSemantics<LangflowEvent, Record<string, unknown>> = {
  observe(e, acc) {
    observeText(e, acc);
    if (
      e.event === "output" &&
      typeof e.data.content === "string" &&
      (e.data.type === "message" || e.data.type === "text")
    ) {
      acc.setFullText(e.data.content);
    }
    if (e.event === "end") acc.setResult(e.data as Record<string, unknown>);
    return e.event === "end" || e.event === "error" || e.event === "cancelled" ? e.event : undefined;
  },
  errorMessage: (e) => (e.event === "error" ? errorText(e.data) : "The run failed."),
};

const runSemantics: StreamSemantics<RunEvent, RunResponse> = {
  observe(e, acc) {
    observeText(e, acc);
    if (e.event === "end" && e.data.result) acc.setResult(e.data.result);
    return e.event === "end" || e.event === "error" ? e.event : undefined;
  },
  errorMessage: (e) => (e.event === "error" ? errorText(e.data) : "The run failed."),
};

const aguiSemantics: StreamSemantics<AguiEvent, Record<string, unknown>> = {
  observe(e, acc) {
    switch (e.type) {
      case "TEXT_MESSAGE_CONTENT":
        acc.addText(e.delta);
        return undefined;
      case "RUN_FINISHED":
        acc.setResult({ threadId: e.threadId, runId: e.runId });
        return "end";
      case "RUN_ERROR":
        return "error";
      default:
        return undefined;
    }
  },
  errorMessage: (e) => (e.type === "RUN_ERROR" ? e.message || "The run failed." : "The run failed."),
};

/** The request of a pause event (either protocol), or undefined for any other event. */
function pauseRequest(e: WorkflowEvent): unknown {
  if ("event" in e) return e.event === "human_input_required" ? e.data : undefined;
  return e.type === "CUSTOM" && e.name === "langflow.human_input_required" ? e.value : undefined;
}

/** A Human Input built without pausing (a sync or streamed run): nothing inactivated, its branches all empty. */
function skippedHumanInput(e: WorkflowEvent): boolean {
  if (!("event" in e) || e.event !== "end_vertex" || e.data.output_meta?.vertex_type !== "HumanInput")
    return false;
  const inactivated = e.data.build_data?.inactivated_vertices;
  return !Array.isArray(inactivated) || inactivated.length === 0;
}

/**
 * v2 streams carry either protocol; each event is handled by its own protocol's rules. One per stream: a langflow
 * stream that went past a Human Input ends with `warnings` in its final result.
 */
const workflowSemantics = (): StreamSemantics<WorkflowEvent, Record<string, unknown>> => {
  let skipped = false;
  return {
    observe(e, acc) {
      if (pauseRequest(e) !== undefined) return "suspended";
      if (!("event" in e)) return aguiSemantics.observe(e, acc);
      skipped ||= skippedHumanInput(e);
      const kind = langflowSemantics.observe(e, acc);
      if (kind === "end" && skipped)
        acc.setResult({ ...(e.data as object), warnings: [HUMAN_INPUT_SKIPPED] });
      return kind;
    },
    errorMessage: (e) => ("event" in e ? langflowSemantics.errorMessage(e) : aguiSemantics.errorMessage(e)),
    suspendedError: (e) =>
      import("../core/human-input").then((m) => m.suspendedError(JobSuspendedError, pauseRequest(e))),
  };
};

/** v1 `/api/v1/run?stream=true`: bare JSON objects separated by blank lines. */
export function runEventStream(source: ResponseSource): LangflowStream<RunEvent, RunResponse> {
  return open(source, readRunEvents, runSemantics);
}

const readRunEvents = (reader: Reader, max: number) => mapEvents(readJsonEvents(reader, { max }), toRunEvent);

/** `/api/v1/build/{job_id}/events`: NDJSON (newline- or blank-line-delimited). */
export function buildEventStream(
  source: ResponseSource,
): LangflowStream<BuildEvent, Record<string, unknown>> {
  return open(
    source,
    (reader, max) => mapEvents(readJsonEvents(reader, { max }), toLangflowEvent),
    langflowSemantics,
  );
}

/** v2 workflow streams and the job events re-attach: SSE, either protocol; keeps the last event id. */
export function workflowEventStream(
  source: ResponseSource,
): LangflowStream<WorkflowEvent, Record<string, unknown>> {
  return open(source, readWorkflowEvents, workflowSemantics());
}

async function* readWorkflowEvents(reader: Reader, max: number): AsyncGenerator<EventBatch<WorkflowEvent>> {
  for await (const messages of readSse(reader, max)) {
    const events: EventBatch<WorkflowEvent> = [];
    const ids: (string | undefined)[] = [];
    for (const message of messages) {
      if (message.data === "") continue;
      events.push(toWorkflowEvent(parseData(message.data)));
      ids.push(message.id);
    }
    events.ids = ids;
    yield events;
  }
}

/** `POST /api/v1/responses` with `stream: true`: SSE chunks ending with `data: [DONE]`. */
export function responsesEventStream(
  source: ResponseSource,
): LangflowStream<ResponsesStreamEvent, ResponsesStreamEvent> {
  return open(source, readResponsesEvents, {
    observe(e, acc) {
      if (e.type === "error" || e.event === "error") return "error";
      if (e.event === "response.completed" || e.type === "response") acc.setResult(e);
      else if (typeof e.delta === "string") acc.addText(e.delta);
      return undefined;
    },
    errorMessage: (e) => (e.error as { message?: string } | undefined)?.message ?? "The response failed.",
  });
}

async function* readResponsesEvents(reader: Reader, max: number): AsyncGenerator<ResponsesStreamEvent[]> {
  for await (const messages of readSse(reader, max)) {
    const events: ResponsesStreamEvent[] = [];
    for (const message of messages) {
      if (message.data.trim() === "[DONE]") {
        yield events;
        return;
      }
      const value = parseData(message.data) as Record<string, unknown>;
      const type =
        typeof value.type === "string"
          ? value.type
          : typeof value.object === "string"
            ? value.object
            : "unknown";
      events.push({
        ...value,
        type,
        ...(message.event ? { event: message.event } : {}),
      } as ResponsesStreamEvent);
    }
    yield events;
  }
}

/** `/logs-stream`: `{"<timestamp>": "<line>"}` objects separated by blank lines, and `keepalive` lines. */
export function logEventStream(source: ResponseSource): LangflowStream<LogEvent, undefined> {
  return open(source, readLogEvents, {
    observe: () => undefined,
    errorMessage: () => "",
  });
}

async function* readLogEvents(reader: Reader, max: number): AsyncGenerator<LogEvent[]> {
  const skip = (line: string) => line.trim() === "keepalive";
  for await (const values of readJsonEvents(reader, { skip, max })) {
    const events: LogEvent[] = [];
    for (const value of values) {
      if (typeof value !== "object" || value === null) continue;
      for (const [timestamp, message] of Object.entries(value))
        events.push({ timestamp, message: String(message) });
    }
    yield events;
  }
}

async function* mapEvents<T, E>(source: AsyncIterable<T[]>, map: (value: T) => E): AsyncGenerator<E[]> {
  for await (const values of source) yield values.map(map);
}
