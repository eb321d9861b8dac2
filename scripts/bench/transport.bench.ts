// (a) What one SDK call costs over the same call written by hand: `lf.version()` (GET /api/v1/version, the public
// method a user calls) against `fetch(url, { headers: { "x-api-key": key } })` + `res.json()`, on a minimal
// loopback node:http server (no content-length, as a plain `res.end(body)` answers). Target ratio <= 1.10.
//
// Why this bench said 1.06x while an independent one measured 1.22x (issue 16 item 8): it timed
// `lf.transport.json()` (an internal, not what a user calls) in blocks of 3,000 calls of one kind and compared
// block means. On a 2-core machine shared with other work, one block can run in a quieter moment than the next, and
// a mean is pulled by the slowest calls (GC pauses, other processes), so the ratio moved between 1.06 and 1.5 from run
// to run and mostly hid the SDK's own cost. Now the two calls alternate one by one after a warm-up (both see the same
// load at the same moment) and the ratio is of medians, which a pause on the machine does not move. Measured this
// way (2026-12-03), the SDK's extra ~45-60 µs a call come from building a `Request` object and an AbortController
// plus timer per call (for `timeout` and the caller's `signal`): fetch(url, init) with a signal alone is ~1.10x,
// with a Request object ~1.17x.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

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

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

for (let i = 0; i < WARMUP; i++) {
  await byHand();
  await sdk();
}
const hand: number[] = [];
const ours: number[] = [];
for (let i = 0; i < N; i++) {
  // Alternate which goes first, so neither always follows the other's socket reuse.
  if (i % 2 === 0) {
    hand.push(await timed(byHand));
    ours.push(await timed(sdk));
  } else {
    ours.push(await timed(sdk));
    hand.push(await timed(byHand));
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const f = median(hand);
const w = median(ours);
console.log(
  `(a) GET /api/v1/version, median of ${N} interleaved calls: fetch + res.json() ${(f * 1000).toFixed(0)} µs, lf.version() ${(w * 1000).toFixed(0)} µs, ratio ${(w / f).toFixed(3)} (target <= 1.10)`,
);
server.close();
rmSync(out, { recursive: true, force: true });
