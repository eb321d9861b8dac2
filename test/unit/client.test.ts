import { HttpResponse, http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { LangflowClient } from "../../src/index";

/** A fetch double that records the request and answers a version body. */
function recordingFetch() {
  const requests: Request[] = [];
  const fn = vi.fn(async (request: Request) => {
    requests.push(request);
    return Response.json({ version: "1.13.0", main_version: "1.13.0", package: "Langflow" });
  });
  return { fn, requests };
}

describe("auth headers", () => {
  it("sends the API key as x-api-key", async () => {
    const { fn, requests } = recordingFetch();
    await new LangflowClient({ baseUrl: "http://lf", apiKey: "sk-1", fetch: fn }).raw.GET("/api/v1/version");
    expect(requests[0]?.headers.get("x-api-key")).toBe("sk-1");
    expect(requests[0]?.headers.get("authorization")).toBeNull();
  });

  it("sends a static token as Bearer", async () => {
    const { fn, requests } = recordingFetch();
    await new LangflowClient({ baseUrl: "http://lf", apiKey: undefined, token: "jwt-1", fetch: fn }).raw.GET(
      "/api/v1/version",
    );
    expect(requests[0]?.headers.get("authorization")).toBe("Bearer jwt-1");
    expect(requests[0]?.headers.get("x-api-key")).toBeNull();
  });

  it("asks an async token provider on every request", async () => {
    const { fn, requests } = recordingFetch();
    let n = 0;
    const lf = new LangflowClient({
      baseUrl: "http://lf",
      apiKey: undefined,
      token: async () => `t${++n}`,
      fetch: fn,
    });
    await lf.raw.GET("/api/v1/version");
    await lf.raw.GET("/api/v1/version");
    expect(requests.map((r) => r.headers.get("authorization"))).toEqual(["Bearer t1", "Bearer t2"]);
  });

  it("sends both when both are configured (DataStax: token + key)", async () => {
    const { fn, requests } = recordingFetch();
    await new LangflowClient({ baseUrl: "http://lf", apiKey: "sk-2", token: "tok", fetch: fn }).raw.GET(
      "/api/v1/version",
    );
    expect(requests[0]?.headers.get("x-api-key")).toBe("sk-2");
    expect(requests[0]?.headers.get("authorization")).toBe("Bearer tok");
  });

  it("sends no credentials when none are configured", async () => {
    vi.stubEnv("LANGFLOW_API_KEY", "");
    const { fn, requests } = recordingFetch();
    await new LangflowClient({ baseUrl: "http://lf", fetch: fn }).raw.GET("/api/v1/version");
    expect(requests[0]?.headers.get("x-api-key")).toBeNull();
    expect(requests[0]?.headers.get("authorization")).toBeNull();
  });

  it("uses LANGFLOW_API_KEY from the environment", async () => {
    vi.stubEnv("LANGFLOW_API_KEY", "sk-env");
    const { fn, requests } = recordingFetch();
    await new LangflowClient({ baseUrl: "http://lf", fetch: fn }).raw.GET("/api/v1/version");
    expect(requests[0]?.headers.get("x-api-key")).toBe("sk-env");
  });

  it("adds the configured headers to every request", async () => {
    const { fn, requests } = recordingFetch();
    await new LangflowClient({ baseUrl: "http://lf", headers: { "x-team": "a" }, fetch: fn }).raw.GET(
      "/api/v1/version",
    );
    expect(requests[0]?.headers.get("x-team")).toBe("a");
  });
});

describe("URLs", () => {
  it.each([
    ["http://lf:7860", "http://lf:7860/api/v1/version"],
    ["http://lf:7860/", "http://lf:7860/api/v1/version"],
    ["https://proxy.example/langflow/", "https://proxy.example/langflow/api/v1/version"],
  ])("joins %j and the path without a double slash", async (baseUrl, expected) => {
    const { fn, requests } = recordingFetch();
    await new LangflowClient({ baseUrl, fetch: fn }).raw.GET("/api/v1/version");
    expect(requests[0]?.url).toBe(expected);
  });

  it("prefixes every path with /lf/{langflowId} for DataStax-hosted Langflow", async () => {
    const { fn, requests } = recordingFetch();
    const lf = new LangflowClient({
      baseUrl: "https://api.langflow.example",
      langflowId: "1234-abcd",
      token: "t",
      fetch: fn,
    });
    await lf.raw.GET("/api/v1/version");
    await lf.raw.POST("/api/v2/workflows", { body: { flow_id: "f" } as never });
    expect(requests.map((r) => r.url)).toEqual([
      "https://api.langflow.example/lf/1234-abcd/api/v1/version",
      "https://api.langflow.example/lf/1234-abcd/api/v2/workflows",
    ]);
  });

  it("fills path parameters", async () => {
    const { fn, requests } = recordingFetch();
    await new LangflowClient({ baseUrl: "http://lf", fetch: fn }).raw.GET("/api/v1/flows/{flow_id}", {
      params: { path: { flow_id: "0b1c2d3e-0000-4000-8000-000000000001" } },
    });
    expect(requests[0]?.url).toBe("http://lf/api/v1/flows/0b1c2d3e-0000-4000-8000-000000000001");
  });
});

describe("lf.raw middleware", () => {
  it("runs middleware registered with use() (before the first call too) until it is ejected", async () => {
    const { fn, requests } = recordingFetch();
    const lf = new LangflowClient({ baseUrl: "http://lf", fetch: fn });
    const seen: string[] = [];
    const tag = {
      onRequest({ request }: { request: Request }) {
        seen.push(new URL(request.url).pathname);
        request.headers.set("x-tag", "1");
        return request;
      },
    };
    lf.raw.use(tag);
    const { data } = await lf.raw.GET("/api/v1/version");
    expect(data?.version).toBe("1.13.0");
    expect(seen).toEqual(["/api/v1/version"]);
    expect(requests[0]?.headers.get("x-tag")).toBe("1");
    lf.raw.eject(tag);
    await lf.raw.GET("/api/v1/version");
    expect(seen).toHaveLength(1);
    expect(requests[1]?.headers.get("x-tag")).toBeNull();
  });
});

describe("late-bound fetch", () => {
  const server = setupServer(
    http.get("*/api/v1/version", ({ request }) =>
      HttpResponse.json({
        version: "mocked",
        main_version: "mocked",
        package: "Langflow",
        key: request.headers.get("x-api-key"),
      }),
    ),
  );
  // The client is built before msw patches globalThis.fetch: it must still go through msw.
  const early = new LangflowClient({ baseUrl: "http://early.test", apiKey: "sk-early" });

  beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());

  it("uses the globalThis.fetch of the moment of the request", async () => {
    const { data, response } = await early.raw.GET("/api/v1/version");
    expect(response.status).toBe(200);
    expect(data).toMatchObject({ version: "mocked", key: "sk-early" });
  });

  it("a custom fetch wins over the global one", async () => {
    const { fn } = recordingFetch();
    const { data } = await new LangflowClient({ baseUrl: "http://early.test", fetch: fn }).raw.GET(
      "/api/v1/version",
    );
    expect(fn).toHaveBeenCalledOnce();
    expect(data).toMatchObject({ version: "1.13.0" });
  });
});
