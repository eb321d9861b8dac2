// (b) Parse 100,000 SSE events through LangflowStream vs bare eventsource-parser (+ JSON.parse), in memory.
//     Target ratio <= 1.25.
// (c) Heap growth while consuming 1,000,000 events through LangflowStream. Target <= 10 MB.
import { createParser } from "eventsource-parser";
import { workflowEventStream } from "../../src/streaming/readers";

const encoder = new TextEncoder();
const frame = (i: number) =>
  `data: {"event": "token", "data": {"chunk": "tok${i} ", "id": "m1"}}\nid: ${i}\n\n`;

function bytesOf(count: number): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  let text = "";
  for (let i = 0; i < count; i++) {
    text += frame(i);
    if (text.length > 65_536) {
      chunks.push(encoder.encode(text));
      text = "";
    }
  }
  if (text) chunks.push(encoder.encode(text));
  return chunks;
}

function bodyOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++] as Uint8Array);
      else controller.close();
    },
  });
}

async function bare(chunks: Uint8Array[]): Promise<number> {
  let n = 0;
  const parser = createParser({
    onEvent(message) {
      JSON.parse(message.data);
      n++;
    },
  });
  const decoder = new TextDecoder();
  const reader = bodyOf(chunks).getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read())
    parser.feed(decoder.decode(r.value, { stream: true }));
  return n;
}

async function sdk(chunks: Uint8Array[]): Promise<number> {
  let n = 0;
  for await (const _ of workflowEventStream(new Response(bodyOf(chunks)))) n++;
  return n;
}

const EVENTS = 100_000;
const chunks = bytesOf(EVENTS);
await bare(chunks);
await sdk(chunks);
let bareMs = 0;
let sdkMs = 0;
const rounds = 5;
for (let r = 0; r < rounds; r++) {
  let t = performance.now();
  if ((await bare(chunks)) !== EVENTS) throw new Error("bare parser lost events");
  bareMs += performance.now() - t;
  t = performance.now();
  if ((await sdk(chunks)) !== EVENTS) throw new Error("LangflowStream lost events");
  sdkMs += performance.now() - t;
}
console.log(
  `(b) ${EVENTS} SSE events, mean of ${rounds}: eventsource-parser ${(bareMs / rounds).toFixed(0)} ms, LangflowStream ${(sdkMs / rounds).toFixed(0)} ms, ratio ${(sdkMs / bareMs).toFixed(3)} (target <= 1.25)`,
);

// (c) A lazily generated 1,000,000-event body, so the input itself takes no memory.
const TOTAL = 1_000_000;
function lazyBody(): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i >= TOTAL) return controller.close();
      let text = "";
      for (let k = 0; k < 500 && i < TOTAL; k++) text += frame(i++);
      controller.enqueue(encoder.encode(text));
    },
  });
}
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage().heapUsed;
let peak = before;
let count = 0;
const big = workflowEventStream(new Response(lazyBody()));
for await (const _ of big) {
  if (++count % 100_000 === 0) {
    gc?.();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
}
gc?.();
const after = process.memoryUsage().heapUsed;
// The stream keeps the answer's text for finalText() (one byte per character here): that much growth is the data.
const kept = (await big.finalText()).length;
console.log(
  `(c) ${count} events consumed: heap growth ${((after - before) / 1e6).toFixed(2)} MB at the end, ${((peak - before) / 1e6).toFixed(2)} MB at peak (target <= 10 MB), of which ${(kept / 1e6).toFixed(2)} MB is the answer text kept for finalText()${gc ? "" : " [run with --expose-gc for exact figures]"}`,
);
