// Review attack M14: 50,000 runs must not grow the mock's memory without bound. Finished jobs (with their event
// logs), run records and messages are dropped oldest first past the retention limits; what runs stays. (Memory over
// 50,000 runs: `npm run bench -- mock-server`.)
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createLangflowMock } from "../../../mock";
import { slowFlow } from "./flows-fixtures";
import { useMock } from "./support";

const { lf, call } = useMock({
  flows: [slowFlow],
  retention: { jobs: 3, runs: 4, messages: 6, maxAgeSeconds: 600 },
});
const id = (name: string) => lf.flow(name)?.id ?? "";
const submit = async (flow: string, input: string): Promise<string> =>
  (
    await (
      await call("/api/v2/workflows", { json: { flow_id: id(flow), input_value: input, mode: "background" } })
    ).json()
  ).job_id;
const status = (jobId: string) => call(`/api/v2/workflows?job_id=${jobId}`);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("retention", () => {
  it("keeps the newest finished jobs; an older one then answers as an unknown job (404)", async () => {
    const jobs: string[] = [];
    for (let i = 0; i < 5; i++) {
      jobs.push(await submit("prompt-chat", `q${i}`));
      await vi.advanceTimersByTimeAsync(10);
    }
    const statuses = await Promise.all(jobs.map(async (job) => (await status(job)).status));
    expect(statuses).toEqual([404, 404, 200, 200, 200]);
    expect(lf.state.jobs.jobs.size).toBe(3);
    expect((await (await status(jobs[4] as string)).json()).status).toBe("completed");
  });

  it("never drops a running job, however many finish after it", async () => {
    const slow = await submit("slow", "takes 5 s");
    for (let i = 0; i < 6; i++) {
      await submit("prompt-chat", `q${i}`);
      await vi.advanceTimersByTimeAsync(10);
    }
    const running = await (await status(slow)).json();
    expect(running.status).toBe("in_progress");
    await vi.advanceTimersByTimeAsync(5000);
    expect((await (await status(slow)).json()).status).toBe("completed");
  });

  it("drops finished jobs and runs older than maxAgeSeconds once something new happens", async () => {
    const old = await submit("prompt-chat", "old");
    await vi.advanceTimersByTimeAsync(10);
    expect((await status(old)).status).toBe(200);
    await vi.advanceTimersByTimeAsync(601_000);
    await submit("prompt-chat", "new");
    await vi.advanceTimersByTimeAsync(10);
    expect((await status(old)).status).toBe(404);
    expect([...lf.state.runs.runs.values()].map((r) => r.input_value)).toEqual(["new"]);
  });

  it("keeps at most `runs` run records (monitor rows derive from them) and `messages` messages, newest last", async () => {
    for (let i = 0; i < 8; i++) {
      const res = await call("/api/v1/run/echo-chat", { json: { input_value: `m${i}`, session_id: "s" } });
      expect(res.status).toBe(200);
    }
    expect(lf.state.runs.runs.size).toBe(4);
    const flow = id("echo-chat");
    const transactions = await (await call(`/api/v1/monitor/transactions?flow_id=${flow}`)).json();
    expect(transactions.total).toBe(4 * 2); // ChatInput and ChatOutput of the 4 runs kept
    const messages = await (await call(`/api/v1/monitor/messages?flow_id=${flow}`)).json();
    expect(messages.map((m: { text: string }) => m.text)).toEqual(["m5", "m5", "m6", "m6", "m7", "m7"]);
  });
});

describe("retention options", () => {
  it("refuses what is not a count", () => {
    expect(() => createLangflowMock({ retention: { jobs: -1 } })).toThrow(
      "retention.jobs must be a number >= 0 (Infinity keeps all), got -1",
    );
    expect(() => createLangflowMock({ retention: { maxAgeSeconds: Number.NaN } })).toThrow(
      /retention\.maxAgeSeconds/,
    );
  });

  it("defaults: 5000 jobs, 1000 runs, 10000 messages, one hour; Infinity keeps all", () => {
    expect(createLangflowMock().options.retention).toEqual({
      jobs: 5000,
      runs: 1000,
      messages: 10_000,
      maxAgeSeconds: 3600,
    });
    const all = createLangflowMock({ retention: { runs: Number.POSITIVE_INFINITY } });
    expect(all.options.retention.runs).toBe(Number.POSITIVE_INFINITY);
  });
});
