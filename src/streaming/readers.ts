// From an HTTP response to a LangflowStream, one reader per framing.
import { StreamError } from "../core/errors";
import {
  type AguiEvent,
  type BuildEvent,
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
import { LangflowStream, type StreamSemantics } from "./langflow-stream";
import { readSse } from "./sse";

type Reader = ReadableStreamDefaultReader<Uint8Array>;

function open<E, R>(
  response: Response,
  decode: (reader: Reader, onId: (id: string) => void) => AsyncIterable<E>,
  semantics: StreamSemantics<E, R>,
): LangflowStream<E, R> {
  if (!response.body)
    throw new StreamError(`The server answered ${response.status} with no body where a stream was expected.`);
  const reader = response.body.getReader();
  return new LangflowStream<E, R>(
    (onId) => decode(reader, onId),
    () => {
      reader.cancel().catch(() => undefined);
    },
    semantics,
  );
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

const langflowSemantics: StreamSemantics<LangflowEvent, Record<string, unknown>> = {
  classify: (e) =>
    e.event === "error" || e.event === "cancelled" || e.event === "end" ? e.event : undefined,
  errorMessage: (e) => (e.event === "error" ? errorText(e.data) : "The run failed."),
  textDelta: (e) => (e.event === "token" ? e.data.chunk : undefined),
  fullText: (e) => {
    if (
      e.event === "output" &&
      typeof e.data.content === "string" &&
      (e.data.type === "message" || e.data.type === "text")
    ) {
      return e.data.content;
    }
    return e.event === "add_message" ? machineText(e.data) : undefined;
  },
  result: (e) => (e.event === "end" ? (e.data as Record<string, unknown>) : undefined),
};

const runSemantics: StreamSemantics<RunEvent, RunResponse> = {
  classify: (e) => (e.event === "error" || e.event === "end" ? e.event : undefined),
  errorMessage: (e) => (e.event === "error" ? errorText(e.data) : "The run failed."),
  textDelta: (e) => (e.event === "token" ? e.data.chunk : undefined),
  fullText: (e) => (e.event === "add_message" ? machineText(e.data) : undefined),
  result: (e) => (e.event === "end" ? e.data.result : undefined),
};

const aguiSemantics: StreamSemantics<AguiEvent, Record<string, unknown>> = {
  classify: (e) => {
    if (e.type === "RUN_ERROR") return "error";
    if (e.type === "RUN_FINISHED") return "end";
    return undefined;
  },
  errorMessage: (e) => (e.type === "RUN_ERROR" ? e.message || "The run failed." : "The run failed."),
  textDelta: (e) => (e.type === "TEXT_MESSAGE_CONTENT" ? e.delta : undefined),
  fullText: () => undefined,
  result: (e) => (e.type === "RUN_FINISHED" ? { threadId: e.threadId, runId: e.runId } : undefined),
};

/** v2 streams carry either protocol; each event is handled by its own protocol's rules. */
const workflowSemantics: StreamSemantics<WorkflowEvent, Record<string, unknown>> = {
  classify: (e) => ("event" in e ? langflowSemantics.classify(e) : aguiSemantics.classify(e)),
  errorMessage: (e) => ("event" in e ? langflowSemantics.errorMessage(e) : aguiSemantics.errorMessage(e)),
  textDelta: (e) => ("event" in e ? langflowSemantics.textDelta(e) : aguiSemantics.textDelta(e)),
  fullText: (e) => ("event" in e ? langflowSemantics.fullText(e) : aguiSemantics.fullText(e)),
  result: (e) => ("event" in e ? langflowSemantics.result(e) : aguiSemantics.result(e)),
};

/** v1 `/api/v1/run?stream=true`: bare JSON objects separated by blank lines. */
export function runEventStream(response: Response): LangflowStream<RunEvent, RunResponse> {
  return open(response, (reader) => mapEvents(readJsonEvents(reader), toRunEvent), runSemantics);
}

/** `/api/v1/build/{job_id}/events`: NDJSON (newline- or blank-line-delimited). */
export function buildEventStream(response: Response): LangflowStream<BuildEvent, Record<string, unknown>> {
  return open(response, (reader) => mapEvents(readJsonEvents(reader), toLangflowEvent), langflowSemantics);
}

/** v2 workflow streams and the job events re-attach: SSE, either protocol; keeps the last event id. */
export function workflowEventStream(
  response: Response,
): LangflowStream<WorkflowEvent, Record<string, unknown>> {
  return open(
    response,
    async function* (reader, onId) {
      for await (const message of readSse(reader)) {
        if (message.id !== undefined) onId(message.id);
        if (message.data.trim() === "") continue;
        yield toWorkflowEvent(parseData(message.data));
      }
    },
    workflowSemantics,
  );
}

/** `POST /api/v1/responses` with `stream: true`: SSE chunks ending with `data: [DONE]`. */
export function responsesEventStream(
  response: Response,
): LangflowStream<ResponsesStreamEvent, ResponsesStreamEvent> {
  return open(
    response,
    async function* (reader, onId) {
      for await (const message of readSse(reader)) {
        if (message.id !== undefined) onId(message.id);
        if (message.data.trim() === "[DONE]") return;
        const value = parseData(message.data) as Record<string, unknown>;
        const type =
          typeof value.type === "string"
            ? value.type
            : typeof value.object === "string"
              ? value.object
              : "unknown";
        yield { ...value, type, ...(message.event ? { event: message.event } : {}) } as ResponsesStreamEvent;
      }
    },
    {
      classify: (e) => (e.type === "error" || e.event === "error" ? "error" : undefined),
      errorMessage: (e) => {
        const error = e.error as { message?: string } | undefined;
        return error?.message ?? "The response failed.";
      },
      textDelta: (e) =>
        typeof e.delta === "string" && e.event !== "response.completed" ? e.delta : undefined,
      fullText: () => undefined,
      result: (e) => (e.event === "response.completed" || e.type === "response" ? e : undefined),
    },
  );
}

/** `/logs-stream`: `{"<timestamp>": "<line>"}` objects separated by blank lines, and `keepalive` lines. */
export function logEventStream(response: Response): LangflowStream<LogEvent, undefined> {
  return open(
    response,
    async function* (reader) {
      for await (const value of readJsonEvents(reader, { skip: (line) => line.trim() === "keepalive" })) {
        if (typeof value !== "object" || value === null) continue;
        for (const [timestamp, message] of Object.entries(value))
          yield { timestamp, message: String(message) };
      }
    },
    {
      classify: () => undefined,
      errorMessage: () => "",
      textDelta: () => undefined,
      fullText: () => undefined,
      result: () => undefined,
    },
  );
}

async function* mapEvents<T, E>(source: AsyncIterable<T>, map: (value: T) => E): AsyncGenerator<E> {
  for await (const value of source) yield map(value);
}
