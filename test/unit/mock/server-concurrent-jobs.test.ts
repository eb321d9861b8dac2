// Review attack M12: 2,000 simultaneous background submits to a freshly started standalone mock (each on its own
// connection) are all accepted, and every job finishes. Bounded: loopback only, real timers, one minute at most.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LangflowMockServer, startLangflowMockServer } from "../../../mock/server";
import { LangflowClient } from "../../../src/index";

const JOBS = 2000;
let server: LangflowMockServer;
beforeAll(async () => {
  server = await startLangflowMockServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
});

describe("2,000 concurrent background jobs", () => {
  it("are all accepted and all complete, each with its own answer", async () => {
    // maxRetries 0: a refused connection must fail the test, not be hidden by a retry.
    const lf = new LangflowClient({ baseUrl: server.url, apiKey: server.apiKey, maxRetries: 0 });
    const flowId = server.flow("prompt-chat")?.id as string;
    const jobs = await Promise.all(
      Array.from({ length: JOBS }, (_, i) => lf.workflows.submit(flowId, { inputValue: `job ${i}` })),
    );
    expect(new Set(jobs.map((job) => job.id)).size).toBe(JOBS);
    // Every job runs by itself: wait until the store has none left running, then read each one through the API.
    for (
      let waited = 0;
      [...server.state.jobs.jobs.values()].some((j) => j.status !== "completed");
      waited++
    ) {
      if (waited > 600) throw new Error("jobs still running after 60 s");
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const texts: string[] = [];
    for (let i = 0; i < JOBS; i += 100) {
      const batch = await Promise.all(jobs.slice(i, i + 100).map((job) => job.wait({ interval: 10 })));
      texts.push(...batch.map((result) => result.text ?? ""));
    }
    expect(texts).toEqual(Array.from({ length: JOBS }, (_, i) => `You asked: job ${i}`));
  }, 90_000);
});
