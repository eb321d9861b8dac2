import { describe, expectTypeOf, it } from "vitest";
import {
  type JobSnapshot,
  LangflowClient,
  type LangflowStream,
  type WorkflowEvent,
  type WorkflowJob,
  type WorkflowOutput,
  type WorkflowResult,
  WorkflowsClient,
} from "../../src/index";

const wf = new LangflowClient().workflows;

describe("WorkflowsClient types", () => {
  it("run resolves to a WorkflowResult and has withResponse()", async () => {
    expectTypeOf(
      await wf.run("f", { inputValue: "hi", tweaks: { "Prompt-1": { template: "x" } } }),
    ).toEqualTypeOf<WorkflowResult>();
    expectTypeOf((await wf.run("f").withResponse()).response).toEqualTypeOf<Response>();
  });

  it("outputs narrow on type", () => {
    const read = (o: WorkflowOutput) => {
      if (o.type === "message") expectTypeOf(o.content).toEqualTypeOf<string | null>();
      if (o.type === "unknown") expectTypeOf(o.serverType).toEqualTypeOf<string>();
    };
    expectTypeOf(read).toBeFunction();
  });

  it("stream returns a LangflowStream of WorkflowEvent; submit a WorkflowJob", async () => {
    expectTypeOf(wf.stream("f", { protocol: "agui" })).toMatchTypeOf<
      LangflowStream<WorkflowEvent, Record<string, unknown>>
    >();
    const job = await wf.submit("f");
    expectTypeOf(job).toEqualTypeOf<WorkflowJob>();
    expectTypeOf(await job.status()).toEqualTypeOf<JobSnapshot>();
    expectTypeOf(
      job.wait({ interval: 100, onStatus: (s) => expectTypeOf(s).toEqualTypeOf<JobSnapshot>() }),
    ).resolves.toEqualTypeOf<WorkflowResult>();
    // The wait's own deadline and signal are params; each status request takes RequestOptions.
    expectTypeOf(
      job.wait({ timeout: 60_000 }, { timeout: 5_000, maxRetries: 1 }),
    ).resolves.toEqualTypeOf<WorkflowResult>();
    expectTypeOf(job.events({ lastEventId: "3" }, { idleTimeout: 1000 })).toMatchTypeOf<
      LangflowStream<WorkflowEvent, Record<string, unknown>>
    >();
  });

  it("rejects wrong options", () => {
    // @ts-expect-error: protocol is "langflow" | "agui"
    wf.stream("f", { protocol: "sse" });
    // @ts-expect-error: tweaks are { componentId: { param: value } }
    wf.run("f", { tweaks: { x: 1 } });
    // @ts-expect-error: apiVersion is "current" | "1.10"
    new WorkflowsClient({ apiVersion: "1.9" });
    // @ts-expect-error: request options go in the last argument
    wf.submit("f", { inputValue: "x", maxRetries: 1 });
    // @ts-expect-error: snake_case is the wire format, not a parameter
    wf.run("f", { input_value: "x" });
  });
});
