// The background job lifecycle on fake time: the mock's jobs and wait()'s polling share the global timers.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { chainFlow } from "../../../mock/engine/chain-flow";
import { setupLangflowMock } from "../../../mock/node";
import { LangflowClient } from "../../../src/index";

const mock = setupLangflowMock();
const minute = mock.addFlow(
  chainFlow("minute", [
    "ChatInput",
    { type: "MockDelay", params: { delay_ms: 60_000 } },
    "MockModel",
    "ChatOutput",
  ]),
);

beforeAll(() => mock.listen({ onUnhandledRequest: "error" }));
afterEach(() => vi.useRealTimers());
afterAll(() => mock.close());

describe("a 60 s job on fake time", () => {
  it("moves queued -> in_progress -> completed by itself, and wait() resolves with <= 20 status requests", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    let statusRequests = 0;
    const counting = async (request: Request) => {
      if (request.method === "GET" && request.url.includes("job_id=")) statusRequests++;
      return globalThis.fetch(request);
    };
    const lf = new LangflowClient({ baseUrl: "http://langflow.test", apiKey: mock.apiKey, fetch: counting });
    const job = await lf.workflows.submit(minute.id, { inputValue: "slow" });
    const seen: string[] = [];
    const waiting = job.wait({ onStatus: (s) => seen.push(s.status) });
    await vi.advanceTimersByTimeAsync(30_000);
    expect((await job.status()).status).toBe("in_progress");
    await vi.advanceTimersByTimeAsync(40_000);
    const result = await waiting;
    expect(result.text).toBe("You said: slow");
    expect(seen[0]).toMatch(/queued|in_progress/);
    expect(seen.at(-1)).toBe("completed");
    expect(statusRequests).toBeLessThanOrEqual(21); // wait's <= 20, plus the status() above
  });
});
