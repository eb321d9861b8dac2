// Human Input on the mock (the v2 API of 1.11+): a background job pauses (suspended, the request on its event stream,
// in /pending, a card in the session), resumes once per pause with a decision, and takes that branch; sync and
// streamed runs go on with every branch empty. Shapes as the real 1.13.0 answered them (docs/server-quirks.md).
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { eventNames, parseSse } from "./sse";
import { directMock, useMock } from "./support";

const fixture = (name: string) => JSON.parse(readFileSync(`test/fixtures/hitl-flows/${name}.json`, "utf8"));
const { lf, call } = useMock({
  flows: [fixture("hitl-approval"), fixture("hitl-fallback")],
  queueDelayMs: 10,
});
const id = (name: string) => lf.flow(name)?.id ?? "";
const submit = async (flow: string, extra: Record<string, unknown> = {}) =>
  (
    await call("/api/v2/workflows", {
      json: { flow_id: id(flow), mode: "background", input_value: "ship it", ...extra },
    })
  ).json();
const status = async (jobId: string) => (await call(`/api/v2/workflows?job_id=${jobId}`)).json();
const resume = (jobId: string, body: unknown) => call(`/api/v2/workflows/${jobId}/resume`, { json: body });
const events = async (jobId: string) =>
  parseSse(await (await call(`/api/v2/workflows/${jobId}/events`)).text());

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

async function paused(flow = "hitl-approval", extra: Record<string, unknown> = {}) {
  const job = await submit(flow, extra);
  await vi.advanceTimersByTimeAsync(50);
  return job.job_id as string;
}

describe("Human Input in a background job", () => {
  it("suspends: status suspended (no request in the body), events end with human_input_required, listed in /pending", async () => {
    const jobId = await paused();
    const body = await status(jobId);
    expect(body).toMatchObject({ object: "job", status: "suspended" });
    expect(body).not.toHaveProperty("human_request");
    const frames = await events(jobId);
    expect(eventNames(frames)).toEqual([
      "vertices_sorted",
      "build_start",
      "add_message",
      "end_vertex",
      "end_vertex",
      "human_input_required",
    ]);
    const request = frames.at(-1)?.json.data as Record<string, unknown>;
    expect(request).toMatchObject({
      request_id: `HumanInput-hitl1:${jobId}`,
      kind: "node_input",
      prompt: "ship it",
      options: [
        { action_id: "approve", label: "Approve" },
        { action_id: "reject", label: "Reject" },
      ],
      allowed_decisions: ["approve", "reject"],
      timeout_seconds: 259200,
      fallback_action: null,
    });
    const pending = await (await call(`/api/v2/workflows/pending?flow_id=${id("hitl-approval")}`)).json();
    expect(pending).toEqual([
      expect.objectContaining({
        job_id: jobId,
        session_id: null,
        request_id: request.request_id,
        allowed_decisions: ["approve", "reject"],
      }),
    ]);
  });

  it.each([
    ["approve", "Approve: ship it"],
    ["reject", "Reject: ship it"],
  ])("resumes with %s and completes with that branch only", async (action, text) => {
    const jobId = await paused();
    const res = await resume(jobId, {
      request_id: `HumanInput-hitl1:${jobId}`,
      decision: { action_id: action },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ job_id: jobId, status: "resuming", message: "Resume accepted" });
    await vi.advanceTimersByTimeAsync(50);
    const done = await status(jobId);
    expect(done).toMatchObject({ status: "completed", output: { reason: "single", text } });
    expect(Object.keys(done.outputs)).toHaveLength(1);
    const names = eventNames(await events(jobId));
    expect(names.slice(6, 8)).toEqual(["vertices_sorted", "build_start"]);
    expect(names.at(-1)).toBe("end");
    expect(await (await call(`/api/v2/workflows/pending?flow_id=${id("hitl-approval")}`)).json()).toEqual([]);
  });

  it("refuses as 1.13.0 does: a second resume 409 NOT_RESUMABLE, an action not allowed 422 INVALID_DECISION, a string decision 422", async () => {
    const jobId = await paused();
    const rid = `HumanInput-hitl1:${jobId}`;
    const bad = await resume(jobId, { request_id: rid, decision: { action_id: "maybe" } });
    expect(bad.status).toBe(422);
    expect((await bad.json()).detail.code).toBe("INVALID_DECISION");
    const str = await resume(jobId, { request_id: rid, decision: "approve" });
    expect(str.status).toBe(422);
    expect((await str.json()).detail[0]).toMatchObject({ type: "dict_type", loc: ["body", "decision"] });
    const stale = await resume(jobId, { request_id: "nope", decision: { action_id: "approve" } });
    expect(stale.status).toBe(409);
    expect((await resume(jobId, { request_id: rid, decision: { action_id: "approve" } })).status).toBe(200);
    const again = await resume(jobId, { request_id: rid, decision: { action_id: "approve" } });
    expect(again.status).toBe(409);
    expect((await again.json()).detail).toMatchObject({ code: "NOT_RESUMABLE", job_id: jobId });
    const unknown = await resume("00000000-0000-4000-8000-000000000000", {
      request_id: rid,
      decision: { action_id: "approve" },
    });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: "JOB_NOT_FOUND" });
    expect((await call("/api/v2/workflows/pending")).status).toBe(422);
  });

  it("stores the card in the session, stamps the chosen action on resume, and marks it superseded on stop", async () => {
    const jobId = await paused();
    const card = () =>
      lf.state.messages.list().find((m) => JSON.stringify(m.content_blocks).includes("human_input"))
        ?.content_blocks[0] as {
        contents: Record<string, unknown>[];
      };
    expect(card().contents[0]).toMatchObject({
      type: "human_input",
      job_id: jobId,
      submitted_action: null,
      superseded: false,
    });
    await resume(jobId, { request_id: `HumanInput-hitl1:${jobId}`, decision: { action_id: "reject" } });
    expect(card().contents[0]).toMatchObject({ submitted_action: "reject" });
    lf.state.messages.messages.clear();
    const other = await paused();
    await call("/api/v2/workflows/stop", { json: { job_id: other } });
    expect(card().contents[0]).toMatchObject({ superseded: true });
    expect((await status(other)).status).toBe("cancelled");
  });

  it("sends the pause on the AG-UI protocol as a CUSTOM frame, and RUN_STARTED again on resume", async () => {
    const jobId = await paused("hitl-approval", { stream_protocol: "agui" });
    const frames = (await events(jobId)).map((f) => f.json);
    expect(frames.map((f) => f.type)).toEqual(["RUN_STARTED", "CUSTOM"]);
    expect(frames[1]).toMatchObject({ name: "langflow.human_input_required", value: { kind: "node_input" } });
    await resume(jobId, { request_id: `HumanInput-hitl1:${jobId}`, decision: { action_id: "approve" } });
    await vi.advanceTimersByTimeAsync(50);
    const after = (await events(jobId)).map((f) => f.json.type);
    expect(after.slice(2, 3)).toEqual(["RUN_STARTED"]);
    expect(after.at(-1)).toBe("RUN_FINISHED");
  });

  it("takes the fallback branch for an answer after the timeout window", async () => {
    const jobId = await paused("hitl-fallback");
    const [request] = await (await call(`/api/v2/workflows/pending?flow_id=${id("hitl-fallback")}`)).json();
    expect(request.allowed_decisions).toEqual(["approve", "request_changes", "fallback"]);
    await vi.advanceTimersByTimeAsync(61_000);
    await resume(jobId, { request_id: `HumanInput-hitl1:${jobId}`, decision: { action_id: "approve" } });
    await vi.advanceTimersByTimeAsync(50);
    expect((await status(jobId)).output).toMatchObject({ reason: "single", text: "Fallback: ship it" });
  });
});

describe("Human Input where the run cannot pause", () => {
  it("a sync run completes with every branch empty", async () => {
    const res = await call("/api/v2/workflows", {
      json: { flow_id: id("hitl-approval"), mode: "sync", input_value: "ship it" },
    });
    const body = await res.json();
    expect(body).toMatchObject({ status: "completed", output: { reason: "multiple" } });
    expect(
      Object.values(body.outputs)
        .map((o) => (o as { content: string }).content)
        .sort(),
    ).toEqual(["Approve: ", "Reject: "]);
  });

  it("a v1 run is refused with 400 (a stream with one error event), as 1.13.0 answered it", async () => {
    const res = await call(`/api/v1/run/${id("hitl-approval")}`, { json: { input_value: "ship it" } });
    expect(res.status).toBe(400);
    expect((await res.json()).detail).toMatch(/^This flow uses Human-in-the-Loop \(a Human Input node/);
    const streamed = await call(`/api/v1/run/${id("hitl-approval")}?stream=true`, {
      json: { input_value: "x" },
    });
    expect(streamed.status).toBe(200);
    const frames = (await streamed.text()).split("\n\n").filter(Boolean);
    expect(frames).toHaveLength(1);
    expect(JSON.parse(frames[0] ?? "")).toMatchObject({
      event: "error",
      data: { error: expect.stringMatching(/^400: This flow uses Human-in-the-Loop/) },
    });
  });

  it("profile 1.11 lists a resumed job's untaken branch too, with content null (as the real 1.11 answers)", async () => {
    const old = directMock({ profile: "1.11", flows: [fixture("hitl-approval")], queueDelayMs: 10 });
    const flowId = old.mock.flow("hitl-approval")?.id;
    const submitted = await old.call("/api/v2/workflows", {
      json: { flow_id: flowId, mode: "background", input_value: "ship it" },
    });
    const jobId = (await submitted.json()).job_id as string;
    await vi.advanceTimersByTimeAsync(50);
    const body = { request_id: `HumanInput-hitl1:${jobId}`, decision: { action_id: "approve" } };
    expect((await old.call(`/api/v2/workflows/${jobId}/resume`, { json: body })).status).toBe(200);
    await vi.advanceTimersByTimeAsync(50);
    const done = await (await old.call(`/api/v2/workflows?job_id=${jobId}`)).json();
    expect(done).toMatchObject({
      status: "completed",
      output: { reason: "single", text: "Approve: ship it" },
    });
    const contents = Object.values(done.outputs as Record<string, { content: unknown }>).map(
      (o) => o.content,
    );
    expect(contents.sort()).toEqual(["Approve: ship it", null]);
  });

  it("profile 1.10 has no pending or resume route", async () => {
    const old = directMock({ profile: "1.10" });
    expect(
      (await old.call("/api/v2/workflows/pending?flow_id=00000000-0000-4000-8000-000000000000")).status,
    ).toBe(404);
  });
});
