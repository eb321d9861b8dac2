// How each kind of stream reads, once its response is there: the framing (SSE, Langflow's blank-line JSON, NDJSON)
// decoded into typed events, and the rules of each protocol (which event ends the stream, what text and result it
// carries, a pause). Loaded on demand by readers.ts when the first stream is made (while its request is sent), and by
// a build poll, so an app that never streams does not carry it.
import type {
  AguiEvent,
  BuildEvent,
  LangflowEvent,
  LogEvent,
  ResponsesStreamEvent,
  RunEvent,
  RunResponse,
  WorkflowEvent,
} from "./events";
import { readJsonEvents } from "./json-events";
import type { EventBatch, StreamAccumulator, StreamSemantics } from "./langflow-stream";
import type { StreamFail } from "./lines";
import { readSse, type SseErrors } from "./sse";
import { toLangflowEvent, toRunEvent, toWorkflowEvent } from "./typed-events";

type Reader = ReadableStreamDefaultReader<Uint8Array>;

/** A kind of stream: its events from the body (`max`: the longest event), and the rules of its protocol. */
export interface Decoder<E, R> {
  decode(reader: Reader, max: number): AsyncIterable<EventBatch<E>>;
  semantics: StreamSemantics<E, R>;
}

/**
 * What this module (and the framings it reads) needs from the eagerly loaded SDK, passed in by readers.ts: a static
 * import of those modules would make a bundler move them into a chunk shared with this one, growing the eager bundle.
 */
export interface DecoderKit extends SseErrors {
  /** Makes the StreamError of a malformed or oversized stream. */
  fail: StreamFail;
  /** The error of a stream that ended at a pause (JobSuspendedError, for `finalText()` / `finalResult()`). */
  suspendedError(request: unknown): Promise<Error>;
  /** The warning of a langflow stream that went past a Human Input (HUMAN_INPUT_SKIPPED). */
  humanInputSkipped: string;
}

function parseData(data: string, fail: StreamFail): unknown {
  try {
    return JSON.parse(data);
  } catch {
    throw fail(`Malformed stream event (not JSON): ${JSON.stringify(data.slice(0, 120))}`);
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
const workflowSemantics = (kit: DecoderKit): StreamSemantics<WorkflowEvent, Record<string, unknown>> => {
  let skipped = false;
  return {
    observe(e, acc) {
      if (pauseRequest(e) !== undefined) return "suspended";
      if (!("event" in e)) return aguiSemantics.observe(e, acc);
      skipped ||= skippedHumanInput(e);
      const kind = langflowSemantics.observe(e, acc);
      if (kind === "end" && skipped)
        acc.setResult({ ...(e.data as object), warnings: [kit.humanInputSkipped] });
      return kind;
    },
    errorMessage: (e) => ("event" in e ? langflowSemantics.errorMessage(e) : aguiSemantics.errorMessage(e)),
    suspendedError: (e) => kit.suspendedError(pauseRequest(e)),
  };
};

async function* readWorkflowEvents(
  reader: Reader,
  max: number,
  kit: DecoderKit,
): AsyncGenerator<EventBatch<WorkflowEvent>> {
  for await (const messages of readSse(reader, max, kit)) {
    const events: EventBatch<WorkflowEvent> = [];
    const ids: (string | undefined)[] = [];
    for (const message of messages) {
      if (message.data === "") continue;
      events.push(toWorkflowEvent(parseData(message.data, kit.fail)));
      ids.push(message.id);
    }
    events.ids = ids;
    yield events;
  }
}

async function* readResponsesEvents(
  reader: Reader,
  max: number,
  kit: DecoderKit,
): AsyncGenerator<ResponsesStreamEvent[]> {
  for await (const messages of readSse(reader, max, kit)) {
    const events: ResponsesStreamEvent[] = [];
    for (const message of messages) {
      if (message.data.trim() === "[DONE]") {
        yield events;
        return;
      }
      const value = parseData(message.data, kit.fail) as Record<string, unknown>;
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

async function* readLogEvents(reader: Reader, max: number, fail: StreamFail): AsyncGenerator<LogEvent[]> {
  const skip = (line: string) => line.trim() === "keepalive";
  for await (const values of readJsonEvents(reader, { skip, max, fail })) {
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

/** v1 `/api/v1/run?stream=true`: bare JSON objects separated by blank lines. */
export const run = (kit: DecoderKit): Decoder<RunEvent, RunResponse> => ({
  decode: (reader, max) => mapEvents(readJsonEvents(reader, { max, fail: kit.fail }), toRunEvent),
  semantics: runSemantics,
});

/** `/api/v1/build/{job_id}/events`: NDJSON (newline- or blank-line-delimited). */
export const build = (kit: DecoderKit): Decoder<BuildEvent, Record<string, unknown>> => ({
  decode: (reader, max) => mapEvents(readJsonEvents(reader, { max, fail: kit.fail }), toLangflowEvent),
  semantics: langflowSemantics,
});

/** v2 workflow streams and the job events re-attach: SSE, either protocol; keeps the last event id. */
export const workflow = (kit: DecoderKit): Decoder<WorkflowEvent, Record<string, unknown>> => ({
  decode: (reader, max) => readWorkflowEvents(reader, max, kit),
  semantics: workflowSemantics(kit),
});

/** `POST /api/v1/responses` with `stream: true`: SSE chunks ending with `data: [DONE]`. */
export const responses = (kit: DecoderKit): Decoder<ResponsesStreamEvent, ResponsesStreamEvent> => ({
  decode: (reader, max) => readResponsesEvents(reader, max, kit),
  semantics: {
    observe(e, acc) {
      if (e.type === "error" || e.event === "error") return "error";
      if (e.event === "response.completed" || e.type === "response") acc.setResult(e);
      else if (typeof e.delta === "string") acc.addText(e.delta);
      return undefined;
    },
    errorMessage: (e) => (e.error as { message?: string } | undefined)?.message ?? "The response failed.",
  },
});

/** `/logs-stream`: `{"<timestamp>": "<line>"}` objects separated by blank lines, and `keepalive` lines. */
export const logs = (kit: DecoderKit): Decoder<LogEvent, undefined> => ({
  decode: (reader, max) => readLogEvents(reader, max, kit.fail),
  semantics: { observe: () => undefined, errorMessage: () => "" },
});

/** A build's polling answer: JSON objects separated by newlines (1.13.0 adds extra blank lines). */
export function parsePolledEvents(text: string): BuildEvent[] {
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "")
    .map((line) => toLangflowEvent(JSON.parse(line)));
}
