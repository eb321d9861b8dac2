// Profiles "1.10" and "1.9": the v2 Workflow API as the real langflow-base 0.10.3 and 0.9.6 answer it (checked with
// curl and the contract suite, 2026-12-03; docs/server-quirks.md "Langflow lines 1.9 to 1.13").
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { slowFlow } from "./flows-fixtures";
import { directMock, useMock } from "./support";

const { lf, call } = useMock({ profile: "1.10", flows: [slowFlow] });
const post = (json: unknown) => call("/api/v2/workflows", { json });

describe("profile 1.10", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("reports langflow-base 0.10.3, as a 1.10 server installed from langflow-base does", async () => {
    expect(await (await call("/api/v1/version")).json()).toEqual({
      version: "0.10.3",
      main_version: "0.10.3",
      package: "Langflow Base",
    });
  });

  it("sync: {flow_id (endpoint name ok), inputs with dot keys} → response echoing the inputs, outputs with metadata", async () => {
    const res = await post({
      flow_id: "prompt-chat",
      inputs: { "ChatInput-prmt1.input_value": "what is 2+2", "ChatInput-prmt1.session_id": "s1" },
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual([
      "created_timestamp",
      "errors",
      "flow_id",
      "globals",
      "inputs",
      "job_id",
      "object",
      "outputs",
      "status",
    ]);
    expect(body).toMatchObject({
      object: "response",
      status: "completed",
      errors: [],
      globals: {},
      flow_id: lf.flow("prompt-chat")?.id,
    });
    expect(body.inputs).toEqual({
      "ChatInput-prmt1.input_value": "what is 2+2",
      "ChatInput-prmt1.session_id": "s1",
    });
    expect(body.outputs["ChatOutput-prmt1"]).toEqual({
      type: "message",
      status: "completed",
      content: "You asked: what is 2+2",
      metadata: { component_type: "ChatOutput" },
    });
    expect(lf.state.messages.list((m) => m.session_id === "s1").length).toBe(2);
  });

  it("stream: true → 501 NOT_IMPLEMENTED; background and stream → 422; 1.11 fields → 422 extra_forbidden", async () => {
    const stream = await post({ flow_id: "echo-chat", stream: true });
    expect(stream.status).toBe(501);
    expect(await stream.json()).toEqual({
      detail: {
        error: "Not implemented",
        code: "NOT_IMPLEMENTED",
        message: "Streaming execution not yet implemented",
      },
    });
    const both = await post({ flow_id: "echo-chat", stream: true, background: true });
    expect(both.status).toBe(422);
    expect((await both.json()).detail[0].msg).toContain("Both 'background' and 'stream' cannot be True");
    const modern = await post({ flow_id: "echo-chat", mode: "sync", input_value: "x" });
    expect(modern.status).toBe(422);
    expect((await modern.json()).detail.map((d: { type: string }) => d.type)).toEqual([
      "extra_forbidden",
      "extra_forbidden",
    ]);
  });

  it("background: a job object without an events link; the active GET is the job, the finished one the response without inputs", async () => {
    const job = await (
      await post({ flow_id: "slow", background: true, inputs: { "ChatInput-000.input_value": "x" } })
    ).json();
    expect(job).toEqual({
      job_id: job.job_id,
      flow_id: lf.flow("slow")?.id,
      object: "job",
      created_timestamp: job.created_timestamp,
      status: "queued",
      links: { status: `/api/v2/workflows?job_id=${job.job_id}`, stop: "/api/v2/workflows/stop" },
      errors: [],
      globals: {},
    });
    await vi.advanceTimersByTimeAsync(0);
    const active = await (await call(`/api/v2/workflows?job_id=${job.job_id}`)).json();
    expect(active).toMatchObject({ object: "job", status: "in_progress" });
    await vi.advanceTimersByTimeAsync(5000);
    const done = await (await call(`/api/v2/workflows?job_id=${job.job_id}`)).json();
    expect(done).toMatchObject({ object: "response", status: "completed", inputs: {} });
    expect(done.outputs["ChatOutput-002"].content).toBe("x");
  });

  it("unknown flow or name → 404 FLOW_NOT_FOUND, unknown job → 404 JOB_NOT_FOUND, both bare (no detail)", async () => {
    const flow = await post({ flow_id: "nope" });
    expect(flow.status).toBe(404);
    expect(await flow.json()).toMatchObject({
      code: "FLOW_NOT_FOUND",
      message: "Flow 'nope' does not exist. Verify the flow_id and try again.",
    });
    const job = await call(`/api/v2/workflows?job_id=${crypto.randomUUID()}`);
    expect(await job.json()).toMatchObject({ error: "Workflow job not found", code: "JOB_NOT_FOUND" });
  });

  it("stop flips even a finished job to cancelled (1.9/1.10 behavior); no /events route", async () => {
    const job = await (await post({ flow_id: "echo-chat", background: true })).json();
    await vi.advanceTimersByTimeAsync(0);
    const res = await call("/api/v2/workflows/stop", { json: { job_id: job.job_id } });
    expect((await res.json()).message).toBe(`Job ${job.job_id} cancelled successfully.`);
    expect((await (await call(`/api/v2/workflows?job_id=${job.job_id}`)).json()).status).toBe("cancelled");
    expect((await call(`/api/v2/workflows/${job.job_id}/events`)).status).toBe(404);
  });

  it("unusable flow data → 400 INVALID_FLOW_DATA, and the job it leaves has failed (not left in_progress)", async () => {
    const broken = lf.addFlow({
      name: "broken",
      endpoint_name: "broken",
      data: { nodes: "not a list" } as never,
    });
    const res = await post({ flow_id: "broken", inputs: {} });
    expect(res.status).toBe(400);
    expect((await res.json()).detail).toMatchObject({ code: "INVALID_FLOW_DATA" });
    const jobs = [...lf.state.jobs.jobs.values()].filter((j) => j.flowId === broken.id);
    expect(jobs.map((j) => j.status)).toEqual(["failed"]);
  });
});

describe("profile 1.9", () => {
  const old = directMock({ profile: "1.9" });
  const post19 = (json: unknown) => old.call("/api/v2/workflows", { json });

  it("reports langflow-base 0.9.6; its answers have no globals, and a body with globals is a 422", async () => {
    expect((await (await old.call("/api/v1/version")).json()).version).toBe("0.9.6");
    const body = await (
      await post19({ flow_id: "echo-chat", inputs: { "ChatInput-echo1.input_value": "hi" } })
    ).json();
    expect(body.status).toBe("completed");
    expect(body).not.toHaveProperty("globals");
    const refused = await post19({ flow_id: "echo-chat", globals: { A: "1" } });
    expect(refused.status).toBe(422);
    expect((await refused.json()).detail[0]).toMatchObject({
      type: "extra_forbidden",
      loc: ["body", "globals"],
    });
  });
});

describe("profile 1.11", () => {
  const m = directMock({ profile: "1.11" });

  it("the current body; answers without warnings, a sync answer echoes the tweaks plus stream: false", async () => {
    expect((await (await m.call("/api/v1/version")).json()).package).toBe("Langflow Base");
    const tweaks = { "Prompt-prmt1": { template: "T: {question}" } };
    const body = await (
      await m.call("/api/v2/workflows", {
        json: { flow_id: m.lf.flow("prompt-chat")?.id, input_value: "x", tweaks },
      })
    ).json();
    expect(body.output.text).toBe("T: x");
    expect(body).not.toHaveProperty("warnings");
    expect(body.inputs).toEqual({ ...tweaks, stream: false });
  });
});
