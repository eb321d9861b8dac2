// Issue 16, item 2 (review F3, F4: C13-C16): a hostile server sends endless or oversized bodies and stream events.
// Buffered answers end at `maxResponseBytes` (counted after decompression), stream events at `maxEventBytes`, with
// errors that name the size, the URL and the option; the stream readers take linear time (a quadratic reader
// would not finish these tests within vitest's timeout).
import type { ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import {
  InternalServerError,
  LangflowClient,
  LangflowConfigError,
  ResponseTooLargeError,
  StreamError,
  WorkflowsClient,
} from "../../../src/index";
import { type Loopback, loopback } from "./loopback";

/** v2 calls take a UUID as it is (a name would be looked up first). */
const FLOW_ID = "0f5c1f4e-6a53-4c43-9d3e-0d6f4b1a2c3d";

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const KIB = 1024;
const client = (url: string, extra: Record<string, unknown> = {}) =>
  new LangflowClient({ baseUrl: url, apiKey: "sk-test-secret", ...extra });

/** Writes `chunk` forever (until the client goes away), respecting backpressure. */
function endless(res: ServerResponse, chunk: string | Buffer): void {
  const write = () => {
    while (!res.destroyed && res.write(chunk)) {
      // keep writing while the socket takes it
    }
    if (!res.destroyed) res.once("drain", write);
  };
  res.on("close", () => res.removeAllListeners("drain"));
  write();
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (e: unknown) => e,
  );
}

async function drain(stream: AsyncIterable<unknown>): Promise<void> {
  for await (const _ of stream) {
    // read to the end
  }
}

describe("buffered answers are capped by maxResponseBytes", () => {
  it("an endless JSON body ends at the cap with an error naming size, URL and option", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      endless(res, `[${"1,".repeat(8 * KIB)}`);
    });
    const lf = client(server.url, { maxResponseBytes: 256 * KIB });
    const error = await rejection(lf.flows.list());
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    const e = error as ResponseTooLargeError;
    expect(e.limit).toBe(256 * KIB);
    expect(e.message).toContain(`${256 * KIB} bytes`);
    expect(e.message).toContain(`GET ${server.url}/api/v1/flows/`);
    expect(e.message).toContain("maxResponseBytes");
    expect(e.message).not.toContain("sk-test-secret");
  });

  it("a gzip bomb is counted after decompression", async () => {
    const bomb = gzipSync(Buffer.alloc(8 * 1024 * KIB, " ")); // 8 MiB of spaces, about 8 KB on the wire
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-encoding": "gzip" }).end(bomb);
    });
    const error = await rejection(client(server.url).version({ maxResponseBytes: 1024 * KIB }));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(bomb.length).toBeLessThan(1024 * KIB);
  });

  it("a body with a Content-Length above the cap is refused, one below it is read", async () => {
    const body = JSON.stringify({ version: "1.13.0", pad: "x".repeat(100 * KIB) });
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    });
    const lf = client(server.url);
    await expect(lf.version({ maxResponseBytes: 64 * KIB })).rejects.toBeInstanceOf(ResponseTooLargeError);
    await expect(lf.version({ maxResponseBytes: 200 * KIB })).resolves.toMatchObject({ version: "1.13.0" });
    await expect(lf.version()).resolves.toMatchObject({ version: "1.13.0" }); // the default: 32 MiB
  });

  it("the per-call option overrides the client's", async () => {
    const body = JSON.stringify({ version: "x".repeat(50 * KIB) });
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" }).end(body);
    });
    const lf = client(server.url, { maxResponseBytes: 10 * KIB });
    await expect(lf.version()).rejects.toBeInstanceOf(ResponseTooLargeError);
    await expect(lf.version({ maxResponseBytes: 100 * KIB })).resolves.toBeDefined();
  });

  it("an endless download ends at the cap; a smaller one is read whole", async () => {
    server = await loopback((req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      if (req.url?.endsWith("/small")) res.end(Buffer.alloc(10 * KIB, 7));
      else endless(res, Buffer.alloc(64 * KIB, 1));
    });
    const lf = client(server.url, { maxResponseBytes: 512 * KIB });
    const error = await rejection(lf.files.download("big"));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as ResponseTooLargeError).url).toBe(`${server.url}/api/v2/files/big`);
    expect((await lf.files.download("small")).bytes.byteLength).toBe(10 * KIB);
  });

  it("a file read as a stream (files.stream) is not capped: the caller holds what it keeps", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/octet-stream" }).end(Buffer.alloc(1024 * KIB, 3));
    });
    const lf = client(server.url, { maxResponseBytes: 64 * KIB });
    const reader = (await lf.files.stream("big")).getReader();
    let size = 0;
    for (let r = await reader.read(); !r.done; r = await reader.read()) size += r.value.byteLength;
    expect(size).toBe(1024 * KIB);
  });

  it("an endless error answer ends at the cap too", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(500, { "content-type": "text/plain" });
      endless(res, "error ".repeat(KIB));
    });
    const lf = client(server.url, { maxResponseBytes: 128 * KIB, maxRetries: 0 });
    await expect(lf.version()).rejects.toBeInstanceOf(ResponseTooLargeError);
  });

  it("an error answer within the cap is the usual HTTP error", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(500, { "content-type": "application/json" }).end('{"detail":"boom"}');
    });
    await expect(client(server.url, { maxRetries: 0 }).version()).rejects.toBeInstanceOf(InternalServerError);
  });

  it("lf.raw's bodies are capped as well", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      endless(res, `[${"1,".repeat(8 * KIB)}`);
    });
    const lf = client(server.url, { maxResponseBytes: 256 * KIB });
    await expect(lf.raw.GET("/api/v1/version")).rejects.toBeInstanceOf(ResponseTooLargeError);
  });
});

describe("stream events are capped by maxEventBytes", () => {
  it("v1 run stream: one endless line ends with a StreamError naming the option", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      endless(res, "1".repeat(16 * KIB));
    });
    const error = await rejection(drain(client(server.url).stream("f", {}, { maxEventBytes: 256 * KIB })));
    expect(error).toBeInstanceOf(StreamError);
    expect((error as Error).message).toContain("maxEventBytes");
    expect((error as Error).message).toContain(`${256 * KIB} characters`);
  });

  it("v1 run stream: a value that never closes, one short line at a time, ends at the cap (review C16)", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write('{"event":"token","data":{"chunk":[0');
      endless(res, "\n,1".repeat(4 * KIB));
    });
    const lf = client(server.url, { maxEventBytes: 512 * KIB });
    await expect(drain(lf.stream("f", {}))).rejects.toThrow(/maxEventBytes/);
  });

  it("v1 run stream: a long pretty-printed event under the cap parses", async () => {
    const lines = ['{"event": "end", "data": {"result": {"outputs": [], "numbers": [0']
      .concat(Array.from({ length: 50_000 }, () => ",1"))
      .concat(["]}}}", "", ""]);
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" }).end(lines.join("\n"));
    });
    const stream = client(server.url).stream("f", {});
    const result = (await stream.finalResult()) as { numbers: number[] };
    expect(result.numbers).toHaveLength(50_001);
  });

  it("v2 SSE stream: an endless data line ends with a StreamError", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write("data: ");
      endless(res, "x".repeat(16 * KIB));
    });
    const wf = new WorkflowsClient({ baseUrl: server.url, apiKey: "k", apiVersion: "current" });
    const error = await rejection(wf.stream(FLOW_ID, {}, { maxEventBytes: 128 * KIB }).finalText());
    expect(error).toBeInstanceOf(StreamError);
    expect((error as Error).message).toContain("maxEventBytes");
  });

  it("build events (NDJSON): an endless line ends with a StreamError", async () => {
    server = await loopback((_req, res) => {
      res.writeHead(200, { "content-type": "application/x-ndjson" });
      endless(res, '{"a":'.repeat(KIB));
    });
    const lf = client(server.url, { maxEventBytes: 64 * KIB });
    await expect(drain(lf.builds.events("job-1"))).rejects.toBeInstanceOf(StreamError);
  });
});

describe("the caps are checked like every option", () => {
  it.each([0, -1, 1.5, Number.NaN, "1000"])("maxResponseBytes %s is refused", (value) => {
    expect(() => client("http://127.0.0.1:9", { maxResponseBytes: value })).toThrow(LangflowConfigError);
    expect(() => client("http://127.0.0.1:9").version({ maxEventBytes: value as number })).toThrow(
      /maxEventBytes/,
    );
  });
});
