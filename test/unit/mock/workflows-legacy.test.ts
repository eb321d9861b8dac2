// Profile "1.10": the v2 Workflow API in the shape of the 1.10 docs (statement 28).
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { slowFlow } from "./flows-fixtures";
import { useMock } from "./support";

const { lf, call } = useMock({ profile: "1.10", flows: [slowFlow] });
const post = (json: unknown) => call("/api/v2/workflows", { json });

describe("profile 1.10", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("reports version 1.10.0", async () => {
    expect((await (await call("/api/v1/version")).json()).version).toBe("1.10.0");
  });

  it("sync: {flow_id (endpoint name ok), inputs with dot keys} → response with created_at, component_id, metadata", async () => {
    const res = await post({
      flow_id: "prompt-chat",
      inputs: { "ChatInput-prmt1.input_value": "what is 2+2", "ChatInput-prmt1.session_id": "s1" },
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      object: "response",
      status: "completed",
      errors: [],
      metadata: {},
      flow_id: lf.flow("prompt-chat")?.id,
    });
    expect(typeof body.created_at).toBe("number");
    expect(body.inputs).toEqual({
      "ChatInput-prmt1.input_value": "what is 2+2",
      "ChatInput-prmt1.session_id": "s1",
    });
    expect(body.outputs["ChatOutput-prmt1"]).toEqual({
      type: "message",
      component_id: "ChatOutput-prmt1",
      status: "completed",
      content: "You asked: what is 2+2",
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

  it("background: {job_id, created_timestamp, status queued, errors}; active GET is an in_progress response", async () => {
    const job = await (
      await post({ flow_id: "slow", background: true, inputs: { "ChatInput-000.input_value": "x" } })
    ).json();
    expect(Object.keys(job).sort()).toEqual(["created_timestamp", "errors", "job_id", "status"]);
    expect(job.status).toBe("queued");
    await vi.advanceTimersByTimeAsync(0);
    const active = await (await call(`/api/v2/workflows?job_id=${job.job_id}`)).json();
    expect(active).toMatchObject({ object: "response", status: "in_progress", outputs: {} });
    await vi.advanceTimersByTimeAsync(5000);
    const done = await (await call(`/api/v2/workflows?job_id=${job.job_id}`)).json();
    expect(done).toMatchObject({ object: "response", status: "completed" });
    expect(done.outputs["ChatOutput-002"].content).toBe("x");
  });

  it("unknown flow → 404 FLOW_NOT_FOUND inside detail; unknown job → 404 'Job resource not found'", async () => {
    const flow = await post({ flow_id: "nope" });
    expect(flow.status).toBe(404);
    expect((await flow.json()).detail.code).toBe("FLOW_NOT_FOUND");
    const job = await call(`/api/v2/workflows?job_id=${crypto.randomUUID()}`);
    expect((await job.json()).detail).toMatchObject({
      error: "Job resource not found",
      code: "JOB_NOT_FOUND",
    });
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
