// (a) What one SDK call costs over the same call written by hand: `lf.version()` (GET /api/v1/version, the public
// method a user calls) against `fetch(url, { headers: { "x-api-key": key } })` + `res.json()`, on a minimal
// loopback node:http server (`res.end(body)`: Node adds the Content-Length). Target ratio <= 1.10.
//
// Why this bench said 1.06x while an independent one measured 1.22x (issue 16 item 8): it timed
// `lf.transport.json()` (an internal, not what a user calls) in blocks of 3,000 calls of one kind and compared
// block means. On a 2-core machine shared with other work, one block can run in a quieter moment than the next, and
// a mean is pulled by the slowest calls (GC pauses, other processes), so the ratio moved between 1.06 and 1.5 from run
// to run and mostly hid the SDK's own cost. Now the calls alternate one by one after a warm-up (all see the same load
// at the same moment), the ratio is of medians, which a pause on the machine does not move, and the SDK is the
// bundled build, not the source through tsx (see below).
//
// Where the cost was, with fetch (Node 20 unless said; medians of interleaved variants, +-2% between runs; a figure is
// the added cost over the hand-written call of ~250 µs):
// - a signal on fetch: ~5% on Node 20, ~2% on Node 22 and 24 (undici makes the request follow it: a WeakRef, a
//   FinalizationRegistry, listener bookkeeping). The timeout and the caller's signal need one: the bench times this
//   floor, the hand-written call with a cancelling timeout.
// - a `Request` of our own: ~6%, now built only for a hook or a configured fetch; the timer of the timeout: ~2-3%
//   (src/core/signals.ts keeps the last one); running the source through tsx: the bench bundles src as tsup does.
// - the SDK's own work: ~6 µs a call alone, 3-5 times more with real I/O (undici and the socket code push the SDK's
//   code out of the CPU's caches between calls). Micro-optimizations of the request path saved ~1% (third session).
// With all that, lf.version() over fetch stayed at 1.16-1.18x on Node 20 (1.14-1.15 on 22, 1.11-1.12 on 24), above
// openapi-fetch (1.10-1.13x, no timeout).
//
// What met the target (issue 16 item 8, fourth session): on Node, a JSON call goes by node:http when nothing the user
// set up needs fetch (src/core/direct-http.node.ts: `http:` URL, no hook or fetch option, Node's own fetch and
// dispatcher). A GET by node:http, cancelled with `req.destroy()`, costs ~0.82x fetch on Node 20, ~0.95x on 22 and
// ~0.89x on 24 (measured by hand, no SDK), and building the Response and its Headers costs about what that saves, so
// the answer is parsed from its text and its Response is built only when `withResponse()` or an error asks for it.
// Parsing the URL for node:http was another ~5%: the origin parsed last is kept. Other ways measured and dropped: a
// per-call undici dispatcher that captures the abort (1.14x Node 20, 1.19x Node 24: wrapping undici's handler costs
// more than the signal), a Response built for every answer (1.12x Node 20).
// Ratio now (this bench, two runs each, `node --import tsx scripts/bench/transport.bench.ts` with each runtime): Node
// 20.20 0.93 (floor 1.05-1.06, openapi-fetch 1.09), Node 22.23 1.03-1.04 (floor 1.03-1.04, openapi-fetch 1.07), Node
// 24.21 0.94-0.95 (floor 1.03, openapi-fetch 1.06). Met: <= 1.10 on all three. More variants a round make every ratio
// a little higher, so builds are compared only within the same rounds.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import createClient from "openapi-fetch";
import type { paths } from "../../src/generated/openapi";

// The SDK as a user runs it: bundled the way tsup builds dist (ES2022, no helpers), not the source through tsx, whose
// transform wraps every function it creates in a `__name()` call (~5-8 µs a call more than the built code).
const out = mkdtempSync(join(tmpdir(), "langflow-bench-"));
const bundle = join(out, "sdk.mjs");
await build({
  entryPoints: [join(import.meta.dirname, "..", "..", "src", "index.ts")],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "es2022",
  outfile: bundle,
  logLevel: "warning",
});
const { LangflowClient } = (await import(pathToFileURL(bundle).href)) as typeof import("../../src/index");

const N = 4000;
const WARMUP = 500;
const KEY = "sk-bench";
const body = JSON.stringify({ version: "1.13.0", main_version: "1.13.0", package: "Langflow" });
const server = createServer((_req, res) => {
  res.setHeader("content-type", "application/json");
  res.end(body);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const lf = new LangflowClient({ baseUrl: base, apiKey: KEY });

async function byHand(): Promise<unknown> {
  const response = await fetch(`${base}/api/v1/version`, { headers: { "x-api-key": KEY } });
  return response.json();
}
const sdk = async (): Promise<unknown> => lf.version();
// The same call by hand with what the SDK's timeout needs: one AbortController per call whose signal fetch follows,
// and a timer. The floor for any client that keeps a timeout that really cancels the request.
async function byHandWithTimeout(): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 60_000);
  try {
    const response = await fetch(`${base}/api/v1/version`, {
      headers: { "x-api-key": KEY },
      signal: controller.signal,
    });
    return await response.json();
  } finally {
    clearTimeout(timer);
  }
}

// The reference the issue names: openapi-fetch (the library lf.raw is built on), the same GET with its client's
// headers. It builds a Request per call and has no timeout.
const openapiFetch = createClient<paths>({ baseUrl: base, headers: { "x-api-key": KEY } });
const byOpenapiFetch = async (): Promise<unknown> => (await openapiFetch.GET("/api/v1/version")).data;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

for (let i = 0; i < WARMUP; i++) {
  await byHand();
  await byHandWithTimeout();
  await sdk();
  await byOpenapiFetch();
}
const variants = [byHand, byHandWithTimeout, sdk, byOpenapiFetch];
const times: number[][] = variants.map(() => []);
for (let i = 0; i < N; i++) {
  // Rotate which goes first, so none always follows another's socket reuse.
  for (let k = 0; k < variants.length; k++) {
    const v = (i + k) % variants.length;
    times[v]?.push(await timed(variants[v] as () => Promise<unknown>));
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const [f, floor, w, of] = times.map(median) as [number, number, number, number];
const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
console.log(
  `(a) GET /api/v1/version, Node ${process.versions.node}, median of ${N} interleaved calls: fetch + res.json() ${us(f)}, lf.version() ${us(w)}, ratio ${(w / f).toFixed(3)} (target <= 1.10); ` +
    `by hand with a cancelling timeout ${us(floor)} (${(floor / f).toFixed(3)}x), lf.version() over it ${(w / floor).toFixed(3)}x; ` +
    `openapi-fetch ${us(of)} (${(of / f).toFixed(3)}x)`,
);
server.close();
rmSync(out, { recursive: true, force: true });
