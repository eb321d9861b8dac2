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
  });

  it("rejects wrong options", () => {
    // @ts-expect-error: protocol is "langflow" | "agui"
    wf.stream("f", { protocol: "sse" });
    // @ts-expect-error: tweaks are { componentId: { param: value } }
    wf.run("f", { tweaks: { x: 1 } });
    // @ts-expect-error: apiVersion is "current" | "1.10"
    new WorkflowsClient({ apiVersion: "1.9" });
  });
});
