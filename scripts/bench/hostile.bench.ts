// Bounded memory and linear parsing against a hostile server (issue 16, item 2; review F3, F4), with the default caps.
// (a) Memory while a loopback server (another process) sends an endless JSON body (flows.list), one endless line on a
//     v1 stream, and one endless SSE data line on a v2 stream, until the cap ends each (3 calls each, a GC between
//     them, so one call's garbage does not count in the next one's peak). Target: heap (V8 heap + array buffers)
//     peak growth <= 64 MB.
// (b) Time to parse v1 stream text (Langflow's blank-line JSON) of 256 KB, 512 KB and 1 MB, in memory: many small
//     events, and one hostile multi-line value (`[0` then lines `,1`, the review's C16 input). Linear time means the
//     ms double with the size (a quadratic reader quadruples them). Target: 1 MB / 256 KB <= 6 (4 is linear, 16 is
//     quadratic; the margin is for noise on a shared host).
import { fork } from "node:child_process";
import { join } from "node:path";
import { LangflowClient, WorkflowsClient } from "../../src/index";
import { runEventStream } from "../../src/streaming/readers";

const MB = 1024 * 1024;
let failed = false;

// The server runs in a child process (hostile-server.ts): the heap measured here is the client's only.
const child = fork(join(import.meta.dirname, "hostile-server.ts"), { execArgv: ["--import", "tsx"] });
const port = await new Promise<number>((resolve) => child.once("message", (m) => resolve(m as number)));
const baseUrl = `http://127.0.0.1:${port}`;
const lf = new LangflowClient({ baseUrl, apiKey: "bench" });
const wf = new WorkflowsClient({ baseUrl, apiKey: "bench", apiVersion: "current" });

const heap = () => {
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};
const gc = () => (globalThis as { gc?: () => void }).gc?.();

async function drain(stream: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of stream) {
    // read until the cap ends it
  }
}

async function peakGrowth(name: string, call: () => Promise<unknown>): Promise<void> {
  gc();
  const base = heap();
  const baseRss = process.memoryUsage().rss;
  let peak = base;
  let peakRss = baseRss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, heap());
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 10);
  const errors: string[] = [];
  const t = performance.now();
  for (let i = 0; i < 3; i++) {
    gc();
    const error = await call().then(
      () => "resolved",
      (e: unknown) => (e as Error).name,
    );
    errors.push(error);
  }
  const ms = performance.now() - t;
  clearInterval(sampler);
  peak = Math.max(peak, heap());
  gc();
  const after = heap();
  const growth = (peak - base) / MB;
  const ok = growth <= 64 && errors.every((e) => e !== "resolved");
  if (!ok) failed = true;
  console.log(
    `(a) ${name}: ended by ${errors.join(", ")} in ${(ms / 3).toFixed(0)} ms each; heap peak +${growth.toFixed(1)} MB (target <= 64), after +${((after - base) / MB).toFixed(1)} MB; RSS peak +${((peakRss - baseRss) / MB).toFixed(1)} MB ${ok ? "ok" : "MISSED"}`,
  );
}

await peakGrowth("endless JSON body, flows.list (maxResponseBytes 32 MiB)", () => lf.flows.list());
await peakGrowth("endless line, v1 lf.stream (maxEventBytes 16 MiB)", () => drain(lf.stream("f", {})));
await peakGrowth("endless SSE data line, v2 wf.stream (maxEventBytes 16 MiB)", () =>
  wf.stream("f", {}).finalText(),
);
child.disconnect();

// (b) Parse time of v1 stream text, in memory (64 KB chunks, as a socket would deliver them).
const encoder = new TextEncoder();
function responseOf(text: string): Response {
  const bytes = encoder.encode(text);
  let at = 0;
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        controller.enqueue(bytes.subarray(at, at + 65_536));
        at += 65_536;
      },
    }),
  );
}

const smallEvents = (size: number) => {
  const event = '{"event": "token", "data": {"chunk": "tok ", "id": "m1"}}\n\n';
  return event.repeat(Math.ceil(size / event.length));
};
const oneValue = (size: number) =>
  `{"event": "end", "data": {"result": {"numbers": [0${"\n,1".repeat(Math.ceil(size / 3))}\n]}}}\n\n`;

async function parseMs(text: string): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < 7; round++) {
    gc(); // the previous round's garbage is not this round's cost
    const t = performance.now();
    await drain(runEventStream(responseOf(text)));
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

for (const [name, make] of [
  ["small events", smallEvents],
  ["one multi-line value", oneValue],
] as const) {
  await parseMs(make(256 * 1024)); // warm-up
  const ms = [];
  for (const kb of [256, 512, 1024]) ms.push(await parseMs(make(kb * 1024)));
  const ratio = (ms[2] as number) / (ms[0] as number);
  const ok = ratio <= 6;
  if (!ok) failed = true;
  console.log(
    `(b) v1 stream text, ${name}: 256 KB ${ms[0]?.toFixed(1)} ms, 512 KB ${ms[1]?.toFixed(1)} ms, 1 MB ${ms[2]?.toFixed(1)} ms; 1 MB / 256 KB = ${ratio.toFixed(2)} (linear 4, target <= 6) ${ok ? "ok" : "MISSED"}`,
  );
}
if (failed) process.exitCode = 1;
