// Streams bypass Prism: their events are checked against the spec's overlay schemas here.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { failFlow } from "./flows-fixtures";
import { check } from "./schema-check";
import { parseBareJson, parseSse } from "./sse";
import { useMock } from "./support";

const { lf, call } = useMock({ flows: [failFlow] });
const id = (name: string) => lf.flow(name)?.id ?? "";

describe("stream events match the overlay schemas", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("the checker does reject what does not fit", () => {
    expect(check("RunStreamEvent", { data: {} })).not.toEqual([]);
    expect(check("WorkflowJobResponse", { object: "job" })).not.toEqual([]);
  });

  it("v1 run stream → RunStreamEvent (success and failure)", async () => {
    for (const flow of ["model-chat", "fails"]) {
      const events = parseBareJson(
        await (await call(`/api/v1/run/${flow}?stream=true`, { json: { input_value: "a b" } })).text(),
      );
      for (const e of events) expect(check("RunStreamEvent", e)).toEqual([]);
    }
  });

  it("v2 streams in both protocols and the re-attach replay → WorkflowStreamEvent", async () => {
    for (const stream_protocol of ["langflow", "agui"]) {
      for (const flow of ["model-chat", "two-outputs", "fails"]) {
        const res = await call("/api/v2/workflows", {
          json: { flow_id: id(flow), mode: "stream", stream_protocol, input_value: "x y" },
        });
        for (const f of parseSse(await res.text())) expect(check("WorkflowStreamEvent", f.json)).toEqual([]);
      }
      const job = await (
        await call("/api/v2/workflows", {
          json: { flow_id: id("model-chat"), mode: "background", stream_protocol },
        })
      ).json();
      await vi.advanceTimersByTimeAsync(0);
      const replay = parseSse(await (await call(`/api/v2/workflows/${job.job_id}/events`)).text());
      expect(replay.length).toBeGreaterThan(2);
      for (const f of replay) expect(check("WorkflowStreamEvent", f.json)).toEqual([]);
    }
  });

  it("v1 build events → BuildEvent", async () => {
    const { job_id } = await (
      await call(`/api/v1/build/${id("model-chat")}/flow`, { json: { inputs: { input_value: "q" } } })
    ).json();
    await vi.advanceTimersByTimeAsync(0);
    for (const e of parseBareJson(await (await call(`/api/v1/build/${job_id}/events`)).text()))
      expect(check("BuildEvent", e)).toEqual([]);
  });

  it("sync and job bodies → their response schemas (also checked by Prism)", async () => {
    const sync = await (
      await call("/api/v2/workflows", { json: { flow_id: id("prompt-chat"), input_value: "x" } })
    ).json();
    expect(check("WorkflowExecutionResponse", sync)).toEqual([]);
    const job = await (
      await call("/api/v2/workflows", { json: { flow_id: id("prompt-chat"), mode: "background" } })
    ).json();
    expect(check("WorkflowJobResponse", job)).toEqual([]);
  });
});
