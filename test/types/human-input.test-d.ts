import { describe, expectTypeOf, it } from "vitest";
import {
  type HumanInputRequest,
  JobSuspendedError,
  LangflowClient,
  type PendingHumanInput,
  type WorkflowEvent,
} from "../../src/index";

const wf = new LangflowClient().workflows;

describe("human in the loop types", () => {
  it("status gives the request; wait takes a handler returning an action id or the server's object", async () => {
    const job = await wf.submit("approval-flow");
    expectTypeOf((await job.status()).humanInput).toEqualTypeOf<HumanInputRequest | undefined>();
    await job.wait({
      onHumanInput: (r) => (r.allowedDecisions.includes("approve") ? "approve" : { action_id: "reject" }),
    });
    await job.wait({ onHumanInput: async () => "approve" });
    // @ts-expect-error: a decision is a string or an object with action_id
    await job.wait({ onHumanInput: () => 1 });
    expectTypeOf(await job.resume({ requestId: "r", decision: "approve" })).toEqualTypeOf<{
      jobId: string;
      status: string;
    }>();
    // @ts-expect-error: requestId is required
    job.resume({ decision: "approve" });
    expectTypeOf(await wf.pending("approval-flow")).toEqualTypeOf<PendingHumanInput[]>();
  });

  it("the pause events are typed on both protocols, and the error carries the request", () => {
    const e = {} as WorkflowEvent;
    if ("event" in e && e.event === "human_input_required")
      expectTypeOf(e.data.request_id).toEqualTypeOf<string>();
    const error = new JobSuspendedError("j", {} as HumanInputRequest);
    expectTypeOf(error.request.options[0]?.actionId).toEqualTypeOf<string | undefined>();
    expectTypeOf(error.jobId).toEqualTypeOf<string | undefined>();
  });
});
