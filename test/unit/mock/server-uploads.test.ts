// Review attack M7 (finding F7): a huge upload must not make the standalone mock buffer it. The body is counted as
// it arrives and refused with Langflow's 413 as soon as it passes the limit; the rest is never read. (1 GB against
// the default limit: `npm run bench -- mock-server`.)
import { readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLangflowMock } from "../../../mock";
import { type LangflowMockServer, startLangflowMockServer } from "../../../mock/server";
import { AccessPolicy } from "../../../mock/transports/access";
import { createRequestListener } from "../../../mock/transports/node-http";
import { rawRequest, streamedUpload } from "./raw-http";

const MB = 1024 * 1024;
let server: LangflowMockServer;
beforeAll(async () => {
  server = await startLangflowMockServer({ port: 0, maxFileSizeMb: 1 });
});
afterAll(async () => {
  await server.close();
});

const multipart = (size: number, name = "data.bin") => {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(size)]), name);
  return form;
};

describe("body size limit (LANGFLOW_MAX_FILE_SIZE_UPLOAD = 1 MB)", () => {
  it("a 50 MB streamed upload: 413 as soon as it passes 1 MB, the rest never read, nothing stored", async () => {
    const upload = await streamedUpload(`${server.url}/api/v2/files`, {
      total: 50 * MB,
      headers: { "x-api-key": server.apiKey, "content-type": "multipart/form-data; boundary=x" },
    });
    expect(upload.status).toBe(413);
    expect(JSON.parse(upload.text).detail).toMatch(
      /^Content size limit exceeded\. Maximum allowed is 1MB and got 1\.\d+MB\.$/,
    );
    // Cut early: the answer came while the client had sent a few MB (socket buffers), not 50.
    expect(upload.writtenAtAnswer).toBeLessThan(16 * MB);
    expect(server.state.files.userFiles.size).toBe(0);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
  });

  it("a declared Content-Length over the limit is refused before any byte is read", async () => {
    const res = await fetch(`${server.url}/api/v2/files`, {
      method: "POST",
      headers: { "x-api-key": server.apiKey },
      body: multipart(5 * MB),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).detail).toBe(
      "Content size limit exceeded. Maximum allowed is 1MB and got 5.0MB.",
    );
  });

  it("applies to every route, as the middleware does: a JSON body over the limit → 413", async () => {
    const res = await fetch(`${server.url}/api/v1/flows/`, {
      method: "POST",
      headers: { "x-api-key": server.apiKey, "content-type": "application/json" },
      body: JSON.stringify({ name: "big", description: "x".repeat(2 * MB) }),
    });
    expect(res.status).toBe(413);
  });

  it("a body under the limit goes through whole", async () => {
    const res = await fetch(`${server.url}/api/v2/files`, {
      method: "POST",
      headers: { "x-api-key": server.apiKey },
      body: multipart(MB - 1024, "fits.bin"),
    });
    expect(res.status).toBe(201);
    const { id } = await res.json();
    expect(server.state.files.userFiles.get(id)?.bytes.byteLength).toBe(MB - 1024);
  });
});

describe("spooling: bodies past the in-memory threshold wait on disk until complete", () => {
  let http: Server;
  let url: string;
  const mock = createLangflowMock({ maxFileSizeMb: 2 });
  const spoolFiles = () => readdirSync(tmpdir()).filter((n) => n.startsWith("langflow-mock-body-"));
  beforeAll(async () => {
    http = createServer(
      createRequestListener({
        handlers: mock.handlers,
        baseUrl: () => url,
        access: new AccessPolicy({}, ["127.0.0.1"]),
        maxBodyMb: 2,
        spoolThreshold: 64 * 1024,
      }),
    );
    await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => http.close(() => resolve())));

  it("a spooled body under the limit arrives intact, and its temporary file is gone", async () => {
    const bytes = new Uint8Array(MB + 12345).map((_, i) => i % 251);
    const form = new FormData();
    form.set("file", new Blob([bytes]), "spooled.bin");
    const res = await fetch(`${url}/api/v2/files`, {
      method: "POST",
      headers: { "x-api-key": mock.apiKey },
      body: form,
    });
    expect(res.status).toBe(201);
    const stored = mock.state.files.userFiles.get((await res.json()).id)?.bytes;
    expect(stored && Buffer.from(stored).equals(Buffer.from(bytes))).toBe(true);
    expect(spoolFiles()).toEqual([]);
  });

  it("a spooled body that passes the limit: 413, and its temporary file is gone", async () => {
    const upload = await streamedUpload(`${url}/api/v2/files`, {
      total: 20 * MB,
      headers: { "x-api-key": mock.apiKey, "content-type": "multipart/form-data; boundary=x" },
    });
    expect(upload.status).toBe(413);
    expect(spoolFiles()).toEqual([]);
    expect((await rawRequest(`${url}/health`)).status).toBe(200);
  });
});
