// Background jobs on fake time (statements 17–22, 26): lifecycle, status bodies, stop, idempotency, re-attach.
import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { failFlow, slowFlow, slowModelFlow } from "./flows-fixtures";
import { eventNames, parseSse } from "./sse";
import { directMock, useMock } from "./support";

const { lf, call } = useMock({ flows: [failFlow, slowFlow, slowModelFlow], queueDelayMs: 100 });
const id = (name: string) => lf.flow(name)?.id ?? "";
const submit = async (json: Record<string, unknown>) =>
  (await call("/api/v2/workflows", { json: { mode: "background", ...json } })).json();
const status = (jobId: string) => call(`/api/v2/workflows?job_id=${jobId}`);
const stop = (jobId: string) => call("/api/v2/workflows/stop", { json: { job_id: jobId } });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("background jobs", () => {
  it("submit → 200 object job, queued, links exactly as documented", async () => {
    const job = await submit({ flow_id: id("prompt-chat"), input_value: "what?" });
    const recorded = JSON.parse(readFileSync("test/fixtures/recorded/v2-background-submit.json", "utf8"));
    expect(Object.keys(job).sort()).toEqual(Object.keys(recorded).sort());
    expect(job).toMatchObject({
      object: "job",
      status: "queued",
      flow_id: id("prompt-chat"),
      errors: [],
      globals: {},
    });
    expect(job.links).toEqual({
      status: `/api/v2/workflows?job_id=${job.job_id}`,
      events: `/api/v2/workflows/${job.job_id}/events`,
      stop: "/api/v2/workflows/stop",
    });
  });

  it("moves queued → in_progress → completed by itself; active GETs are jobs, the final GET the sync-shaped response", async () => {
    const job = await submit({ flow_id: id("slow"), input_value: "hi" });
    expect((await (await status(job.job_id)).json()).status).toBe("queued");
    await vi.advanceTimersByTimeAsync(100);
    const active = await (await status(job.job_id)).json();
    expect(active).toMatchObject({ object: "job", status: "in_progress", links: job.links });
    await vi.advanceTimersByTimeAsync(5000);
    const done = await (await status(job.job_id)).json();
    const recorded = JSON.parse(
      readFileSync("test/fixtures/recorded/v2-background-status-completed.json", "utf8"),
    );
    expect(Object.keys(done).sort()).toEqual(Object.keys(recorded).sort());
    expect(done).toMatchObject({
      object: "response",
      status: "completed",
      job_id: job.job_id,
      output: { reason: "single", text: "hi" },
    });
  });

  it("the finished job's status echoes no inputs (1.13.0 rebuilds it from the run's captures), though it ran with the tweaks", async () => {
    const tweaks = { "Prompt-prmt1": { template: "T: {question}" } };
    const job = await submit({ flow_id: id("prompt-chat"), input_value: "hi", tweaks });
    await vi.advanceTimersByTimeAsync(5000);
    const done = await (await status(job.job_id)).json();
    expect(done).toMatchObject({ status: "completed", output: { text: "T: hi" } });
    expect(done.inputs).toEqual({});
  });

  it("GET: missing job_id → 400 MISSING_PARAMETER; non-UUID → 422; unknown → 404 JOB_NOT_FOUND", async () => {
    const missing = await call("/api/v2/workflows");
    expect(missing.status).toBe(400);
    expect((await missing.json()).detail).toEqual({
      error: "Missing required parameter",
      code: "MISSING_PARAMETER",
      message: "Job ID must be provided",
    });
    const bad = await status("zz");
    expect(bad.status).toBe(422);
    expect((await bad.json()).detail[0]).toMatchObject({
      loc: ["query", "job_id"],
      msg: "Value error, Invalid job_id, must be a UUID",
    });
    const unknown = crypto.randomUUID();
    const res = await status(unknown);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: "Workflow job not found",
      code: "JOB_NOT_FOUND",
      message: `Workflow job ${unknown} not found`,
      job_id: unknown,
    });
  });

  it("a failed job → GET 500 JOB_FAILED", async () => {
    const job = await submit({ flow_id: id("fails"), input_value: "x" });
    await vi.advanceTimersByTimeAsync(100);
    const res = await status(job.job_id);
    expect(res.status).toBe(500);
    expect((await res.json()).detail).toMatchObject({
      code: "JOB_FAILED",
      job_id: job.job_id,
      message: `Job ${job.job_id} has failed execution.`,
    });
  });

  it("stop: queued/in_progress → cancelled; again → already cancelled; completed stays completed; unknown → 404", async () => {
    const job = await submit({ flow_id: id("slow"), input_value: "x" });
    await vi.advanceTimersByTimeAsync(100);
    const first = await stop(job.job_id);
    expect(await first.json()).toEqual({
      job_id: job.job_id,
      message: `Job ${job.job_id} cancelled successfully.`,
    });
    expect(await (await status(job.job_id)).json()).toMatchObject({ object: "job", status: "cancelled" });
    await vi.advanceTimersByTimeAsync(10_000); // the run does not come back to life
    expect((await (await status(job.job_id)).json()).status).toBe("cancelled");
    expect((await (await stop(job.job_id)).json()).message).toBe(`Job ${job.job_id} is already cancelled.`);

    const queued = await submit({ flow_id: id("echo-chat"), input_value: "x" });
    expect((await (await stop(queued.job_id)).json()).message).toBe(
      `Job ${queued.job_id} cancelled successfully.`,
    );

    const done = await submit({ flow_id: id("echo-chat"), input_value: "x" });
    await vi.advanceTimersByTimeAsync(100);
    expect((await (await stop(done.job_id)).json()).message).toBe(
      `Job ${done.job_id} already finished (completed).`,
    );
    expect((await (await status(done.job_id)).json()).status).toBe("completed");

    const unknown = crypto.randomUUID();
    const res = await stop(unknown);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: "JOB_NOT_FOUND", message: `Job ${unknown} not found` });
  });

  it("the same idempotency_key twice → the same job_id", async () => {
    const a = await submit({ flow_id: id("echo-chat"), idempotency_key: "k1" });
    const b = await submit({ flow_id: id("echo-chat"), idempotency_key: "k1" });
    const c = await submit({ flow_id: id("echo-chat"), idempotency_key: "k2" });
    expect(b.job_id).toBe(a.job_id);
    expect(c.job_id).not.toBe(a.job_id);
  });

  it("a job over the background timeout → timed_out → GET 408 EXECUTION_TIMEOUT", async () => {
    const short = directMock({ backgroundJobTimeoutSeconds: 1, flows: [slowFlow] });
    const job = await (
      await short.call("/api/v2/workflows", {
        json: { flow_id: short.mock.flow("slow")?.id, mode: "background" },
      })
    ).json();
    await vi.advanceTimersByTimeAsync(1000);
    const res = await short.call(`/api/v2/workflows?job_id=${job.job_id}`);
    expect(res.status).toBe(408);
    expect((await res.json()).detail).toMatchObject({ code: "EXECUTION_TIMEOUT", job_id: job.job_id });
    short.mock.reset();
  });
});

describe("GET /api/v2/workflows/{job_id}/events", () => {
  it("replays the durable events from id 1, then closes for a finished job (recorded order)", async () => {
    const job = await submit({ flow_id: id("prompt-chat"), input_value: "what?" });
    await vi.advanceTimersByTimeAsync(100);
    const res = await call(`/api/v2/workflows/${job.job_id}/events`);
    expect(res.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    const frames = parseSse(await res.text());
    const recorded = parseSse(readFileSync("test/fixtures/recorded/v2-events-replay.txt", "utf8"));
    expect(eventNames(frames)).toEqual(eventNames(recorded));
    expect(frames.map((f) => f.id)).toEqual(recorded.map((f) => f.id));
  });

  it("Last-Event-ID: k replays only ids > k; tokens are never replayed", async () => {
    const job = await submit({ flow_id: id("model-chat"), input_value: "a b" });
    await vi.advanceTimersByTimeAsync(100);
    const all = parseSse(await (await call(`/api/v2/workflows/${job.job_id}/events`)).text());
    expect(eventNames(all)).not.toContain("token");
    const after = parseSse(
      await (
        await call(`/api/v2/workflows/${job.job_id}/events`, { headers: { "Last-Event-ID": "3" } })
      ).text(),
    );
    expect(after.map((f) => f.id)).toEqual(all.filter((f) => Number(f.id) > 3).map((f) => f.id));
    const junk = parseSse(
      await (
        await call(`/api/v2/workflows/${job.job_id}/events`, { headers: { "Last-Event-ID": "abc" } })
      ).text(),
    );
    expect(junk.map((f) => f.id)).toEqual(all.map((f) => f.id));
  });

  it("re-attaching to a running job replays, then tails live frames (tokens stamped with the last durable id) until the end", async () => {
    const job = await submit({ flow_id: id("slow-model"), input_value: "p q", stream_protocol: "agui" });
    await vi.advanceTimersByTimeAsync(100);
    const res = await call(`/api/v2/workflows/${job.job_id}/events`);
    const reading = res.text();
    await vi.advanceTimersByTimeAsync(1000);
    const frames = parseSse(await reading);
    const names = eventNames(frames);
    expect(names[0]).toBe("RUN_STARTED");
    expect(names.at(-1)).toBe("RUN_FINISHED");
    const content = frames.filter((f) => f.json.type === "TEXT_MESSAGE_CONTENT");
    expect(content.map((f) => f.json.delta).join("")).toBe("You said: p q");
    const start = frames.find((f) => f.json.type === "TEXT_MESSAGE_START");
    for (const f of content) expect(f.id).toBe(start?.id);
    // After the run, a re-attach has no TEXT_MESSAGE_CONTENT (ephemeral).
    const replay = parseSse(await (await call(`/api/v2/workflows/${job.job_id}/events`)).text());
    expect(eventNames(replay)).toEqual(names.filter((n) => n !== "TEXT_MESSAGE_CONTENT"));
  });

  it("a stopped job's stream ends with a {type: cancelled} row", async () => {
    const job = await submit({ flow_id: id("slow"), input_value: "x" });
    await vi.advanceTimersByTimeAsync(100);
    await stop(job.job_id);
    const frames = parseSse(await (await call(`/api/v2/workflows/${job.job_id}/events`)).text());
    expect(frames.at(-1)?.json).toEqual({ type: "cancelled" });
  });

  it("unknown job → 404 JSON JOB_NOT_FOUND, not a stream", async () => {
    const unknown = crypto.randomUUID();
    const res = await call(`/api/v2/workflows/${unknown}/events`);
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual({
      error: "Background run not found",
      code: "JOB_NOT_FOUND",
      message: `No background run for job ${unknown}.`,
      job_id: unknown,
    });
  });
});
