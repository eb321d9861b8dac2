// (a) Mean latency of a wrapper GET vs a bare fetch of the same URL, on loopback. Target ratio <= 1.15.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { LangflowClient } from "../../src/index";

const N = 3000;
const WARMUP = 300;
const body = JSON.stringify({ version: "1.13.0", main_version: "1.13.0", package: "Langflow" });
const server = createServer((_req, res) => {
  res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
  res.end(body);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const lf = new LangflowClient({ baseUrl: url, apiKey: "sk-bench" });

async function bareFetch(): Promise<void> {
  const response = await fetch(`${url}/api/v1/version`, {
    headers: { accept: "application/json", "x-api-key": "sk-bench" },
  });
  await response.json();
}
async function wrapper(): Promise<void> {
  await lf.transport.json({ method: "GET", path: "/api/v1/version" });
}

async function mean(fn: () => Promise<void>): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < N; i++) await fn();
  return (performance.now() - start) / N;
}

// Interleave rounds so both see the same machine load.
for (let i = 0; i < WARMUP; i++) {
  await bareFetch();
  await wrapper();
}
const rounds = 3;
let fetchTotal = 0;
let wrapperTotal = 0;
for (let r = 0; r < rounds; r++) {
  fetchTotal += await mean(bareFetch);
  wrapperTotal += await mean(wrapper);
}
const f = fetchTotal / rounds;
const w = wrapperTotal / rounds;
console.log(
  `(a) GET latency, mean of ${rounds}x${N}: fetch ${(f * 1000).toFixed(0)} µs, wrapper ${(w * 1000).toFixed(0)} µs, ratio ${(w / f).toFixed(3)} (target <= 1.15)`,
);
server.close();
