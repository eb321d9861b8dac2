import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { chainFlow } from "../../../mock/engine/chain-flow";
import { setupLangflowMock } from "../../../mock/node";
import {
  APIUserAbortError,
  JobCancelledError,
  JobFailedError,
  JobTimeoutError,
  LangflowClient,
  LangflowError,
  NotFoundError,
  StreamError,
  WorkflowsClient,
} from "../../../src/index";

const BASE = "http://langflow.test";
const mock = setupLangflowMock();
const slow = mock.addFlow(
  chainFlow("slow", [
    "ChatInput",
    { type: "MockDelay", params: { delay_ms: 60_000 } },
    "MockModel",
    "ChatOutput",
  ]),
);
const broken = mock.addFlow(
  chainFlow("broken", [
    "ChatInput",
    { type: "MockFailure", params: { error_message: "boom" } },
    "ChatOutput",
  ]),
);

beforeAll(() => mock.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  vi.useRealTimers();
});
afterAll(() => mock.close());

const wf = () => new LangflowClient({ baseUrl: BASE, apiKey: mock.apiKey }).workflows;
const flowId = (name: string) => {
  const flow = mock.flow(name);
  if (!flow) throw new Error(`no flow ${name}`);
  return flow.id;
};

describe("run (sync)", () => {
  it("returns the single text answer, typed outputs and ids", async () => {
    const result = await wf().run(flowId("prompt-chat"), { inputValue: "what?", sessionId: "s-1" });
    expect(result.status).toBe("completed");
    expect(result.text).toBe("You asked: what?");
    expect(result.sessionId).toBe("s-1");
    expect(result.jobId).toMatch(/[0-9a-f-]{36}/);
    const outputs = Object.values(result.outputs);
    expect(outputs).toHaveLength(1);
    expect(outputs[0]).toMatchObject({ type: "message", content: "You asked: what?" });
  });

  it("gives no single text for a flow with two outputs, but both outputs", async () => {
    const result = await wf().run(flowId("two-outputs"), { inputValue: "hi" });
    expect(result.text).toBeUndefined();
    expect(Object.keys(result.outputs)).toHaveLength(2);
  });

  it("withResponse() exposes the HTTP response", async () => {
    const { data, response } = await wf().run(flowId("echo-chat"), { inputValue: "hey" }).withResponse();
    expect(response.status).toBe(200);
    expect(data.text).toBe("hey");
  });

  it("a run the server reports as failed on HTTP 200 throws JobFailedError with the errors", async () => {
    const error = await wf()
      .run(broken.id, { inputValue: "x" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobFailedError);
    expect((error as JobFailedError).errors[0]).toMatchObject({ code: "EXECUTION_ERROR" });
    expect((error as Error).message).toContain("boom");
  });

  it("throwOnFailure: false returns the failed result instead", async () => {
    const result = await wf().run(broken.id, { inputValue: "x", throwOnFailure: false });
    expect(result.status).toBe("failed");
    expect(result.errors[0]?.error).toContain("boom");
  });

  it("an unknown flow is a NotFoundError with FLOW_NOT_FOUND", async () => {
    const error = await wf()
      .run("0b1c2d3e-0000-4000-8000-000000000001")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).code).toBe("FLOW_NOT_FOUND");
  });

  it("a disabled developer API gives an error that says how to enable it", async () => {
    const off = setupLangflowMock({ developerApiEnabled: false });
    mock.close();
    off.listen();
    try {
      const error = await new WorkflowsClient({ baseUrl: BASE, apiKey: off.apiKey })
        .run(flowId("echo-chat"))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as Error).message).toContain("LANGFLOW_DEVELOPER_API_ENABLED=true");
    } finally {
      off.close();
      mock.listen({ onUnhandledRequest: "error" });
    }
  });
});

describe("stream", () => {
  it("langflow protocol: tokens arrive as events, finalText() is the answer", async () => {
    const stream = wf().stream(flowId("model-chat"), { inputValue: "hello" });
    const names: string[] = [];
    for await (const e of stream) names.push("event" in e ? e.event : e.type);
    expect(names).toContain("token");
    expect(names.at(-1)).toBe("end");
    expect(stream.endReason).toBe("end");
    expect(await wf().stream(flowId("model-chat"), { inputValue: "hello" }).finalText()).toBe(
      "You said: hello",
    );
  });

  it("AG-UI protocol: typed AG-UI events", async () => {
    const stream = wf().stream(flowId("model-chat"), { inputValue: "hi", protocol: "agui" });
    const types: string[] = [];
    for await (const e of stream) types.push("type" in e ? e.type : e.event);
    expect(types[0]).toBe("RUN_STARTED");
    expect(types).toContain("TEXT_MESSAGE_CONTENT");
    expect(types.at(-1)).toBe("RUN_FINISHED");
  });

  it("a failing flow yields the error event, then throws StreamError", async () => {
    await expect(wf().stream(broken.id, { inputValue: "x" }).finalText()).rejects.toBeInstanceOf(StreamError);
  });

  it("HTTP errors surface from the first read", async () => {
    await expect(wf().stream("0b1c2d3e-0000-4000-8000-000000000001").finalText()).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("background jobs", () => {
  it("submit -> wait resolves with the result; onStatus sees each change", async () => {
    const job = await wf().submit(flowId("prompt-chat"), { inputValue: "bg" });
    expect(job.id).toMatch(/[0-9a-f-]{36}/);
    expect(job.links.events).toBe(`/api/v2/workflows/${job.id}/events`);
    const seen: string[] = [];
    const result = await job.wait({ interval: 5, onStatus: (s) => seen.push(s.status) });
    expect(result.text).toBe("You asked: bg");
    expect(seen.at(-1)).toBe("completed");
    expect(new Set(seen).size).toBe(seen.length);
  });

  it("wf.job(id) rebuilds a handle from the id alone", async () => {
    const job = await wf().submit(flowId("echo-chat"), { inputValue: "again" });
    const other = new WorkflowsClient({ baseUrl: BASE, apiKey: mock.apiKey }).job(job.id);
    expect((await other.wait({ interval: 5 })).text).toBe("again");
  });

  it("a failed job rejects wait with JobFailedError, and status() is a snapshot", async () => {
    const job = await wf().submit(broken.id, { inputValue: "x" });
    await expect(job.wait({ interval: 5 })).rejects.toBeInstanceOf(JobFailedError);
    expect((await job.status()).status).toBe("failed");
  });

  it("a job stopped by another client rejects wait with JobCancelledError", async () => {
    const job = await wf().submit(slow.id, { inputValue: "x" });
    const waiting = job.wait({ interval: 5 });
    const stopped = await wf().job(job.id).stop();
    expect(stopped.message).toContain("cancel");
    await expect(waiting).rejects.toBeInstanceOf(JobCancelledError);
  });

  it("a JOB_FAILED answered right after a stop is confirmed by the next poll (1.13.0 then says cancelled)", async () => {
    const job = await wf().submit(slow.id, { inputValue: "x" });
    await job.stop();
    // What Langflow 1.13.0 answers to the first status GET after a stop (recorded; docs/server-quirks.md).
    mock.server.use(
      http.get(
        `${BASE}/api/v2/workflows`,
        () =>
          HttpResponse.json(
            {
              detail: {
                error: "Job failed",
                code: "JOB_FAILED",
                message: `Job ${job.id} has failed execution.`,
                job_id: job.id,
                error_detail: null,
              },
            },
            { status: 500 },
          ),
        { once: true },
      ),
    );
    const seen: string[] = [];
    const error = await job.wait({ interval: 5, onStatus: (s) => seen.push(s.status) }).catch((e) => e);
    expect(error).toBeInstanceOf(JobCancelledError);
    expect(seen).toEqual(["cancelled"]);
  });

  it("a JOB_FAILED that the next poll repeats rejects with JobFailedError", async () => {
    const job = await wf().submit(slow.id, { inputValue: "x" });
    let calls = 0;
    mock.server.use(
      http.get(`${BASE}/api/v2/workflows`, () => {
        calls++;
        return HttpResponse.json(
          {
            detail: {
              error: "Job failed",
              code: "JOB_FAILED",
              message: "m",
              job_id: job.id,
              error_detail: "boom",
            },
          },
          { status: 500 },
        );
      }),
    );
    await expect(job.wait({ interval: 5 })).rejects.toBeInstanceOf(JobFailedError);
    expect(calls).toBe(2);
    mock.server.resetHandlers();
    await job.stop();
  });

  it("wait's own timeout rejects with JobTimeoutError; the job goes on", async () => {
    const job = await wf().submit(slow.id, { inputValue: "x" });
    const error = await job.wait({ interval: 5, timeout: 50 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobTimeoutError);
    expect((error as JobTimeoutError).jobId).toBe(job.id);
    expect((await job.status()).status).not.toBe("cancelled");
    await job.stop();
  });

  it("abort rejects wait with APIUserAbortError", async () => {
    const job = await wf().submit(slow.id, { inputValue: "x" });
    const controller = new AbortController();
    const waiting = job.wait({ interval: 5, signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(waiting).rejects.toBeInstanceOf(APIUserAbortError);
    await job.stop();
  });

  it("survives the server dropping the connection mid-wait (the status GET is retried)", async () => {
    let statusCalls = 0;
    const flaky = async (request: Request) => {
      if (request.method === "GET" && request.url.includes("job_id=") && ++statusCalls === 2) {
        throw new TypeError("terminated", {
          cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }),
        });
      }
      return globalThis.fetch(request);
    };
    const client = new WorkflowsClient({ baseUrl: BASE, apiKey: mock.apiKey, fetch: flaky });
    const job = await client.submit(flowId("model-chat"), { inputValue: "flaky" });
    expect((await job.wait({ interval: 5 })).text).toBe("You said: flaky");
    expect(statusCalls).toBeGreaterThan(2);
  });

  it("a job id that does not exist rejects with NotFoundError (JOB_NOT_FOUND)", async () => {
    const error = await wf()
      .job("0b1c2d3e-0000-4000-8000-000000000009")
      .wait({ interval: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).code).toBe("JOB_NOT_FOUND");
  });

  it("events() re-attaches, and resumes from lastEventId without duplicates", async () => {
    const job = await wf().submit(flowId("model-chat"), { inputValue: "resume me" });
    await job.wait({ interval: 5 });
    const all: string[] = [];
    const first = job.events();
    for await (const e of first) all.push(`${first.lastEventId}:${"event" in e ? e.event : e.type}`);
    expect(all.at(-1)).toMatch(/:end$/);
    const cut = all[2]?.split(":")[0] as string;
    const rest: string[] = [];
    const resumed = job.events({ lastEventId: cut });
    for await (const e of resumed) rest.push(`${resumed.lastEventId}:${"event" in e ? e.event : e.type}`);
    expect(rest).toEqual(all.slice(3));
  });
});

describe("server generation 1.10", () => {
  const old = setupLangflowMock({ profile: "1.10" });

  it("sends the 1.10 body (inputs with component ids) and reads its answers", async () => {
    mock.close();
    old.listen();
    try {
      const client = new WorkflowsClient({ baseUrl: BASE, apiKey: old.apiKey });
      const id = old.flow("prompt-chat")?.id as string;
      const result = await client.run(id, { inputValue: "old" });
      expect(result.text).toBe("You asked: old");
      const job = await client.submit(id, { inputValue: "old bg" });
      expect((await job.wait({ interval: 5 })).text).toBe("You asked: old bg");
      // The profile reports langflow-base 0.10.3, as a real 1.10 server installed from langflow-base does.
      await expect(client.stream(id, { inputValue: "x" }).finalText()).rejects.toThrow(
        /1\.11 or newer.*Langflow 1\.10, langflow-base 0\.10\.3/,
      );
      await expect(job.events().finalText()).rejects.toThrow(/1\.11 or newer.*1\.10/);
      // An unknown flow: the ChatInput lookup finds nothing, and the server's own FLOW_NOT_FOUND comes back.
      const missing = await client
        .run("00000000-0000-4000-8000-000000000000", { inputValue: "x" })
        .catch((e: unknown) => e);
      expect(missing).toBeInstanceOf(NotFoundError);
      expect((missing as NotFoundError).code).toBe("FLOW_NOT_FOUND");
    } finally {
      old.close();
      mock.listen({ onUnhandledRequest: "error" });
    }
  });

  it("a 1.9/1.10 sync answer has no session_id: the result takes the one its inputs echo", async () => {
    const fetch = vi.fn(async (input: RequestInfo | URL) =>
      (input as Request).url.endsWith("/api/v1/version")
        ? Response.json({ version: "0.9.6", main_version: "0.9.6", package: "Langflow Base" })
        : Response.json({
            flow_id: "f",
            job_id: "j",
            object: "response",
            status: "completed",
            errors: [],
            inputs: { "ChatInput-a.input_value": "hi", "ChatInput-a.session_id": "s-9" },
            outputs: {},
          }),
    );
    const client = new WorkflowsClient({ baseUrl: BASE, fetch });
    const result = await client.run("f", {
      inputValue: "hi",
      sessionId: "s-9",
      inputComponentId: "ChatInput-a",
    });
    expect(result.sessionId).toBe("s-9");
    const sent = await (fetch.mock.calls[1] as unknown as [Request])[0].json();
    expect(sent).toEqual({
      flow_id: "f",
      background: false,
      stream: false,
      inputs: { "ChatInput-a.input_value": "hi", "ChatInput-a.session_id": "s-9" },
    });
  });

  it("a completed job whose result 1.9/1.10 have not written yet (500 No vertex builds found) is asked again", async () => {
    let polls = 0;
    const fetch = vi.fn(async () => {
      polls += 1;
      if (polls === 1)
        return Response.json(
          {
            detail: {
              error: "Internal server error",
              code: "INTERNAL_SERVER_ERROR",
              message: "Failed to process job status: No vertex builds found for job_id j",
            },
          },
          { status: 500 },
        );
      return Response.json({
        flow_id: "f",
        job_id: "j",
        object: "response",
        status: "completed",
        outputs: {},
        errors: [],
      });
    });
    const client = new WorkflowsClient({ baseUrl: BASE, apiVersion: "1.10", fetch, maxRetries: 0 });
    const result = await client.job("j").wait({ interval: 1 });
    expect(result.status).toBe("completed");
    expect(polls).toBe(2);
  });

  it("apiVersion skips detection", async () => {
    const fetch = vi.fn(async (_input: string | URL | Request) =>
      Response.json({ flow_id: "f", object: "response", status: "completed", outputs: {}, errors: [] }),
    );
    const client = new WorkflowsClient({ baseUrl: BASE, apiVersion: "current", fetch });
    await client.run("00000000-0000-4000-8000-000000000001");
    // The run, and the read of the flow that looks for a Human Input (result.warnings); no version request.
    const urls = fetch.mock.calls.map(([input]) => String(input instanceof Request ? input.url : input));
    expect(urls.filter((u) => u.includes("/api/v1/version"))).toEqual([]);
    expect(urls.filter((u) => u.includes("/api/v2/workflows"))).toHaveLength(1);
    expect(() => new WorkflowsClient({ apiVersion: "2.0" as never })).toThrow(LangflowError);
  });
});
