// Human in the loop through WorkflowsClient against the in-process mock (Langflow 1.11+ behavior): a background job
// pauses at a Human Input, the SDK reports it as `suspended` with its request, resumes it, and never polls a pause
// until its timeout; flows by endpoint name on every v2 method.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupLangflowMock } from "../../../mock/node";
import {
  ConflictError,
  HUMAN_INPUT_SKIPPED,
  JobSuspendedError,
  LangflowConfigError,
  NotFoundError,
  WorkflowsClient,
} from "../../../src/index";

const BASE = "http://langflow.test";
const fixture = (name: string) => JSON.parse(readFileSync(`test/fixtures/hitl-flows/${name}.json`, "utf8"));
const mock = setupLangflowMock({ queueDelayMs: 5 });
const approval = mock.addFlow(fixture("hitl-approval"));
const wf = new WorkflowsClient({ baseUrl: BASE, apiKey: mock.apiKey, maxRetries: 0 });

beforeAll(() => mock.listen({ onUnhandledRequest: "error" }));
afterAll(() => mock.close());

const fast = { interval: 5, maxInterval: 20, timeout: 5_000 };

describe("a job paused by a Human Input", () => {
  it("wait() without a handler rejects with JobSuspendedError carrying the job id and the request", async () => {
    const job = await wf.submit(approval.id, { inputValue: "ship it" });
    const error = await job.wait(fast).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobSuspendedError);
    expect(error).toMatchObject({
      jobId: job.id,
      request: {
        requestId: `HumanInput-hitl1:${job.id}`,
        prompt: "ship it",
        allowedDecisions: ["approve", "reject"],
      },
    });
    const snapshot = await job.status();
    expect(snapshot.status).toBe("suspended");
    expect(snapshot.humanInput).toMatchObject({
      kind: "node_input",
      options: [
        { actionId: "approve", label: "Approve" },
        { actionId: "reject", label: "Reject" },
      ],
    });
    expect((await wf.pending(approval.id)).map((p) => p.jobId)).toContain(job.id);
  });

  it("resume() takes the decision's branch; a second resume is a ConflictError; an action not allowed is refused before sending", async () => {
    const job = await wf.submit("hitl-approval", { inputValue: "ship it" });
    const error = (await job.wait(fast).catch((e: unknown) => e)) as JobSuspendedError;
    const { requestId } = error.request;
    const refused = await job.resume({ requestId, decision: "maybe" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(LangflowConfigError);
    expect(String(refused)).toMatch(/"approve", "reject"/);
    expect(await job.resume({ requestId, decision: { action_id: "reject" } })).toEqual({
      jobId: job.id,
      status: "resuming",
    });
    const again = await job.resume({ requestId, decision: "reject" }).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(ConflictError);
    expect(again).toMatchObject({ status: 409, code: "NOT_RESUMABLE" });
    expect((await job.wait(fast)).text).toBe("Reject: ship it");
  });

  it("wait({ onHumanInput }) answers each pause and resolves with the result", async () => {
    const job = await wf.submit(approval.id, { inputValue: "go" });
    const asked: string[] = [];
    const result = await job.wait({
      ...fast,
      onHumanInput: (request) => {
        asked.push(request.requestId);
        return "approve";
      },
    });
    expect(asked).toEqual([`HumanInput-hitl1:${job.id}`]);
    expect(result.text).toBe("Approve: go");
  });

  it("the job's event stream ends typed at the pause: finalText() rejects with JobSuspendedError", async () => {
    const job = await wf.submit(approval.id, { inputValue: "stream me" });
    await job.wait(fast).catch(() => undefined);
    const events = job.events();
    const error = await events.finalText().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobSuspendedError);
    expect(events.endReason).toBe("suspended");
    const names: string[] = [];
    for await (const e of job.events()) if ("event" in e) names.push(e.event);
    expect(names.at(-1)).toBe("human_input_required");
    const agui = await wf.submit(approval.id, { inputValue: "x", protocol: "agui" });
    await agui.wait(fast).catch(() => undefined);
    await expect(agui.events().finalResult()).rejects.toBeInstanceOf(JobSuspendedError);
  });
});

describe("runs that cannot pause, and flows by name", () => {
  it("wf.run and wf.stream of a Human Input flow complete, with a warning", async () => {
    const result = await wf.run("hitl-approval", { inputValue: "sync" });
    expect(result.warnings).toEqual([HUMAN_INPUT_SKIPPED]);
    const stream = wf.stream("hitl-approval", { inputValue: "streamed" });
    expect(await stream.finalResult()).toMatchObject({ warnings: [HUMAN_INPUT_SKIPPED] });
  });

  it("an unknown name is a NotFoundError that says so", async () => {
    const error = await wf.run("no-such-flow").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(String(error)).toMatch(/No flow has the endpoint name or name "no-such-flow"/);
  });
});
