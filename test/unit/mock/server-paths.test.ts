// Only the real paths (issue 14, item 4): the API at the root and under DataStax's /lf/{id}, and everything else
// answered as Langflow 1.13.0 answers it (checked with curl --path-as-is against the pinned server), so a wrong base
// URL fails against the mock as it does in production.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupLangflowMock } from "../../../mock/node";
import { type LangflowMockServer, startLangflowMockServer } from "../../../mock/server";
import { APIConnectionError, APIError, LangflowClient } from "../../../src/index";
import { rawRequest } from "./raw-http";

let server: LangflowMockServer;
beforeAll(async () => {
  server = await startLangflowMockServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
});

const send = (path: string, method = "GET") =>
  rawRequest(`${server.url}${path}`, { method, headers: { "x-api-key": server.apiKey } });

describe("standalone server: paths as 1.13.0 answers them", () => {
  it("serves the API at the root and under /lf/{id}", async () => {
    for (const path of ["/api/v1/version", "/lf/0c2a7f9e/api/v1/version", "/health"]) {
      const res = await send(path);
      expect(res.status, path).toBe(200);
      expect(res.headers["content-type"], path).toContain("application/json");
    }
  });

  it("an unknown path under /api/ → 404 JSON for GET and HEAD, 405 `Allow: GET, HEAD` for other methods", async () => {
    for (const path of ["/api/api/v1/version", "/api/v1/nothing", "/api/v3/x", "/api/", "/api/v1//version"]) {
      const get = await send(path);
      expect([get.status, get.text], path).toEqual([404, '{"detail":"Not Found"}']);
      expect((await send(path, "HEAD")).status, path).toBe(404);
      const post = await send(path, "POST");
      expect([post.status, post.text], path).toEqual([405, '{"detail":"Method Not Allowed"}']);
      expect(post.headers.allow, path).toBe("GET, HEAD");
    }
  });

  it("a known API path: GET of a POST-only route is 404 (the catch-all claims GET), other methods 405", async () => {
    expect((await send("/api/v2/workflows/stop")).status).toBe(404);
    expect((await send("/api/v1/flows/", "HEAD")).status).toBe(404);
    const put = await send("/api/v1/flows/", "PUT");
    expect(put.status).toBe(405);
    expect(put.headers.allow).toContain("POST");
    const slashless = await send("/api/v1/version/"); // Starlette matches the trailing slash exactly
    expect(slashless.status).toBe(404);
  });

  it("/api redirects to /api/ (307), any method", async () => {
    for (const method of ["GET", "POST"]) {
      const res = await send("/api", method);
      expect(res.status).toBe(307);
      expect(res.headers.location).toBe(`${server.url}/api/`);
    }
  });

  it("any other path answers Langflow's web page: 200 text/html, every method", async () => {
    for (const path of [
      "//api/v1/version",
      "/flows/",
      "/foo/api/v1/version",
      "/foo/api/v1/flows/",
      "/nothing",
      "/",
    ]) {
      for (const method of ["GET", "POST", "DELETE"]) {
        const res = await send(path, method);
        expect(res.status, `${method} ${path}`).toBe(200);
        expect(res.headers["content-type"], `${method} ${path}`).toBe("text/html; charset=utf-8");
        expect(res.text, `${method} ${path}`).toContain("<title>Langflow</title>");
      }
    }
  });

  it("a root route with another method → 405 with its Allow (HEAD too)", async () => {
    for (const method of ["POST", "HEAD"]) {
      const res = await send("/health", method);
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe("GET");
    }
  });

  it("a client with a wrong base URL fails as against a real server: the SDK says it got a page", async () => {
    const lf = new LangflowClient({ baseUrl: `${server.url}/foo`, apiKey: server.apiKey, maxRetries: 0 });
    const error = await lf.version().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIError);
    expect((error as Error).message).toContain("answered an HTML page");
    const right = new LangflowClient({
      baseUrl: `${server.url}/lf/any-id`,
      apiKey: server.apiKey,
      maxRetries: 0,
    });
    expect((await right.version()).version).toBe("1.13.0");
  });
});

describe("in-process: any origin, but no path prefix other than /lf/{id}", () => {
  const mock = setupLangflowMock();
  beforeAll(() => mock.listen({ onUnhandledRequest: "error" }));
  afterAll(() => mock.close());

  it("a base URL with an extra path is not the mock's: the request stays unhandled and the call fails", async () => {
    const lf = new LangflowClient({
      baseUrl: "http://langflow.test/foo",
      apiKey: mock.apiKey,
      maxRetries: 0,
    });
    await expect(lf.version()).rejects.toBeInstanceOf(APIConnectionError);
  });

  it("the root and /lf/{id} of any origin are served", async () => {
    for (const baseUrl of [
      "http://langflow.test",
      "https://other.example:8443",
      "http://langflow.test/lf/abc",
    ]) {
      const lf = new LangflowClient({ baseUrl, apiKey: mock.apiKey, maxRetries: 0 });
      expect((await lf.version()).version, baseUrl).toBe("1.13.0");
    }
  });
});
