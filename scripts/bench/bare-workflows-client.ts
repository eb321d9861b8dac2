// A size reference, not a client to use: the least a WorkflowsClient can be. It runs, streams, submits, polls and
// stops, with the same dependency for SSE (eventsource-parser), but it has none of what issues 3 and 5 require:
// no retries or Retry-After, no timeouts, idle timeouts or abort handling, no error tree (one plain Error), no
// detail decoding, HTML detection or redaction, no option checks, no browser key warning, one server generation,
// a plain async generator instead of LangflowStream (no tee, toReadableStream, finalText, lastEventId, endReason),
// and a fixed backoff without jitter. `npm run size` bundles it like the SDK, to show what the budget is spent on.
import { createParser, type EventSourceMessage } from "eventsource-parser";

type Json = Record<string, unknown>;
type Status = { status: string; outputs?: Record<string, { content?: unknown }>; job_id?: string };

export class WorkflowsClient {
  readonly #base: string;
  readonly #apiKey: string | undefined;

  constructor(options: { baseUrl: string; apiKey?: string }) {
    this.#base = options.baseUrl.replace(/\/+$/, "");
    this.#apiKey = options.apiKey;
  }

  async #send(method: string, path: string, body?: Json, accept = "application/json"): Promise<Response> {
    const headers: Record<string, string> = { accept, "content-type": "application/json" };
    if (this.#apiKey) headers["x-api-key"] = this.#apiKey;
    const response = await fetch(this.#base + path, { method, headers, body: body && JSON.stringify(body) });
    if (response.ok) return response;
    const text = await response.text();
    let detail: unknown = text;
    try {
      detail = JSON.parse(text).detail ?? text;
    } catch {}
    throw new Error(`${method} ${path} failed with ${response.status}: ${JSON.stringify(detail)}`);
  }

  async #json(method: string, path: string, body?: Json): Promise<Status> {
    const text = await (await this.#send(method, path, body)).text();
    return text ? JSON.parse(text) : { status: "" };
  }

  async run(flowId: string, options: { input?: string; tweaks?: Json } = {}) {
    const body = { flow_id: flowId, mode: "sync", input_value: options.input, tweaks: options.tweaks };
    return toResult(await this.#json("POST", "/api/v2/workflows", body));
  }

  async *stream(flowId: string, options: { input?: string; protocol?: string } = {}) {
    const body = {
      flow_id: flowId,
      mode: "stream",
      input_value: options.input,
      stream_protocol: options.protocol ?? "langflow",
    };
    yield* events(await this.#send("POST", "/api/v2/workflows", body, "text/event-stream"));
  }

  async submit(flowId: string, options: { input?: string } = {}) {
    const body = { flow_id: flowId, mode: "background", input_value: options.input };
    return this.job(String((await this.#json("POST", "/api/v2/workflows", body)).job_id));
  }

  job(id: string) {
    const client = this;
    const query = `/api/v2/workflows?job_id=${encodeURIComponent(id)}`;
    return {
      id,
      status: () => client.#json("GET", query),
      stop: () => client.#json("POST", "/api/v2/workflows/stop", { job_id: id }),
      async wait(options: { interval?: number; timeout?: number } = {}) {
        const deadline = Date.now() + (options.timeout ?? 600_000);
        for (let interval = options.interval ?? 1000; ; interval = Math.min(interval * 1.5, 5000)) {
          const snapshot = await client.#json("GET", query);
          if (snapshot.status === "completed") return toResult(snapshot);
          if (snapshot.status === "failed" || snapshot.status === "cancelled")
            throw new Error(`job ${id} ${snapshot.status}`);
          if (Date.now() > deadline) throw new Error(`job ${id} still ${snapshot.status} at the timeout`);
          await new Promise((resolve) => setTimeout(resolve, interval));
        }
      },
      async *events() {
        const path = `/api/v2/workflows/${encodeURIComponent(id)}/events`;
        yield* events(await client.#send("GET", path, undefined, "text/event-stream"));
      },
    };
  }
}

async function* events(response: Response) {
  const queue: { event: string | undefined; id: string | undefined; data: unknown }[] = [];
  const parser = createParser({
    onEvent: (e: EventSourceMessage) => queue.push({ event: e.event, id: e.id, data: JSON.parse(e.data) }),
  });
  const decoder = new TextDecoder();
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    parser.feed(decoder.decode(r.value, { stream: true }));
    yield* queue.splice(0);
  }
}

function toResult(response: Status) {
  let text: string | undefined;
  for (const output of Object.values(response.outputs ?? {})) {
    const content = output.content as { text?: string } | string | undefined;
    text = typeof content === "string" ? content : (content?.text ?? text);
  }
  return { status: response.status, text, outputs: response.outputs ?? {}, raw: response };
}
