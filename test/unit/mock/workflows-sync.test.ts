// v2 Workflow API, profile "current": validation and sync runs (statements 9–16, 27).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { failFlow, slowFlow } from "./flows-fixtures";
import { directMock, useMock } from "./support";

const { lf, call } = useMock({ flows: [failFlow, slowFlow] });
const recorded = JSON.parse(readFileSync("test/fixtures/recorded/v2-sync.json", "utf8"));
const id = (name: string) => lf.flow(name)?.id ?? "";
const UNKNOWN = "3fa85f64-5717-4562-b3fc-2c963f66afa6";
const post = (json: unknown, init: RequestInit & { auth?: boolean } = {}) =>
  call("/api/v2/workflows", { json, ...init });

describe("POST /api/v2/workflows validation", () => {
  it("unknown stream_protocol → 422 UNKNOWN_STREAM_PROTOCOL, in every mode, even for an unknown flow", async () => {
    for (const mode of ["sync", "stream", "background"]) {
      const res = await post({ flow_id: UNKNOWN, mode, stream_protocol: "x" });
      expect(res.status).toBe(422);
      const { detail } = await res.json();
      expect(detail).toMatchObject({ code: "UNKNOWN_STREAM_PROTOCOL", available: ["agui", "langflow"] });
    }
  });

  it("extra field (1.10 body) → 422 extra_forbidden list; non-UUID flow_id → 422", async () => {
    const extra = await post({ flow_id: id("echo-chat"), background: true });
    expect(extra.status).toBe(422);
    expect(await extra.json()).toEqual({
      detail: [
        { type: "extra_forbidden", loc: ["body", "background"], msg: "Extra inputs are not permitted" },
      ],
    });
    const bad = await post({ flow_id: "abc" });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toEqual({
      detail: [{ type: "value_error", loc: ["body"], msg: "Value error, Invalid flow_id, must be a UUID" }],
    });
  });

  it("wrong types, missing flow_id, malformed JSON, non-object body → 422 lists", async () => {
    const types = await (await post({ flow_id: UNKNOWN, mode: "x", input_value: 3 })).json();
    expect(types.detail.map((d: { type: string }) => d.type)).toEqual(["string_type", "enum"]);
    expect((await (await post({})).json()).detail[0]).toEqual({
      type: "missing",
      loc: ["body", "flow_id"],
      msg: "Field required",
    });
    const malformed = await call("/api/v2/workflows", {
      method: "POST",
      body: "{bad",
      headers: { "content-type": "application/json" },
    });
    expect(malformed.status).toBe(422);
    expect((await malformed.json()).detail[0]).toMatchObject({ type: "json_invalid", loc: ["body", 1] });
    expect((await (await post([])).json()).detail[0].type).toBe("model_attributes_type");
  });

  it("validates the body before authenticating (as 1.13.0): no key + bad body → 422, no key + good body → 403", async () => {
    expect((await post({}, { auth: false })).status).toBe(422);
    expect((await post({ flow_id: UNKNOWN }, { auth: false })).status).toBe(403);
  });

  it("unknown flow → 404 FLOW_NOT_FOUND (bare body in 1.13.0)", async () => {
    const res = await post({ flow_id: UNKNOWN });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: "Flow not found",
      code: "FLOW_NOT_FOUND",
      message: `Flow '${UNKNOWN}' does not exist. Verify the flow_id and try again.`,
      flow_id: UNKNOWN,
    });
  });

  it("sync with data/files/start/stop → 422 SYNC_MODE_UNSUPPORTED_FIELDS with fields", async () => {
    const res = await post({ flow_id: id("prompt-chat"), data: {}, files: [], start_component_id: "x" });
    expect(res.status).toBe(422);
    expect((await res.json()).detail).toMatchObject({
      code: "SYNC_MODE_UNSUPPORTED_FIELDS",
      fields: ["data", "start_component_id"],
    });
  });

  it("unknown output_ids → 422 UNKNOWN_OUTPUT_IDS with available; output_ids outside sync → MODE_UNSUPPORTED_FIELDS", async () => {
    const unknown = await post({ flow_id: id("prompt-chat"), output_ids: ["x"] });
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).detail).toEqual({
      error: "Unknown output_ids",
      code: "UNKNOWN_OUTPUT_IDS",
      message: "output_ids not produced by this flow: ['x'].",
      available: ["ChatOutput-prmt1"],
    });
    const bg = await post({ flow_id: id("prompt-chat"), mode: "background", output_ids: ["x"] });
    expect((await bg.json()).detail).toMatchObject({
      code: "MODE_UNSUPPORTED_FIELDS",
      fields: ["output_ids"],
    });
  });
});

describe("sync runs", () => {
  it("200 object response, completed, output.single == outputs[source].content, ISO timestamp, session echoed", async () => {
    const res = await post({ flow_id: id("prompt-chat"), input_value: "what?", session_id: "rec-3" });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(Object.keys(recorded).sort());
    expect(body).toMatchObject({
      object: "response",
      status: "completed",
      has_errors: false,
      session_id: "rec-3",
      errors: [],
    });
    expect(body.output).toEqual({ reason: "single", text: "You asked: what?", source: "ChatOutput-prmt1" });
    expect(body.outputs[body.output.source].content).toBe(body.output.text);
    expect(body.outputs).toEqual(recorded.outputs);
    expect(body.created_timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}\+00:00$/);
  });

  it("without session_id the session is the flow id; tweaks and globals are echoed", async () => {
    const body = await (
      await post({
        flow_id: id("prompt-chat"),
        input_value: "hi",
        tweaks: { "Prompt-prmt1": { template: "T: {question}" } },
        globals: { A: "b" },
      })
    ).json();
    expect(body.session_id).toBe(id("prompt-chat"));
    expect(body.output.text).toBe("T: hi");
    expect(body.inputs).toEqual({ "Prompt-prmt1": { template: "T: {question}" } });
    expect(body.globals).toEqual({ A: "b" });
  });

  it("two outputs → reason multiple; output_ids picks one", async () => {
    const both = await (await post({ flow_id: id("two-outputs"), input_value: "hey" })).json();
    expect(both.output).toEqual({ reason: "multiple", text: null, source: null }); // 1.13.0 sends both keys
    const one = await (
      await post({ flow_id: id("two-outputs"), input_value: "hey", output_ids: ["TextOutput-two01"] })
    ).json();
    expect(one.output).toEqual({ reason: "single", text: "Length check: hey", source: "TextOutput-two01" });
  });

  it("a failing component → HTTP 200, status failed, reason failed, EXECUTION_ERROR, outputs {}", async () => {
    const res = await post({ flow_id: id("fails"), input_value: "x" });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      status: "failed",
      output: { reason: "failed" },
      outputs: {},
      has_errors: true,
    });
    expect(body.errors[0]).toMatchObject({
      code: "EXECUTION_ERROR",
      details: { flow_id: id("fails"), error_type: "ValueError" },
    });
    expect(body.errors[0].error).toContain("boom");
  });

  it("a sync run leaves a job: GET status returns the completed response", async () => {
    const body = await (await post({ flow_id: id("echo-chat"), input_value: "x" })).json();
    const status = await (await call(`/api/v2/workflows?job_id=${body.job_id}`)).json();
    expect(status).toEqual(body);
    const events = await call(`/api/v2/workflows/${body.job_id}/events`);
    expect(events.status).toBe(200);
    expect(events.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
    expect(await events.text()).toBe("");
  });
});

describe("timeouts and the developer API flag", () => {
  const short = directMock({ executionTimeoutSeconds: 0.01, flows: [slowFlow] });
  it("a sync run over the execution timeout → 408 EXECUTION_TIMEOUT with timeout_seconds", async () => {
    const flowId = short.mock.flow("slow")?.id;
    const res = await short.call("/api/v2/workflows", { json: { flow_id: flowId, input_value: "x" } });
    expect(res.status).toBe(408);
    const detail = (await res.json()).detail;
    expect(detail).toMatchObject({ code: "EXECUTION_TIMEOUT", timeout_seconds: 0.01, flow_id: flowId });
    // The job it leaves has timed out; like every sync job it has no event log.
    const status = await short.call(`/api/v2/workflows?job_id=${detail.job_id}`);
    expect(status.status).toBe(408);
    expect((await status.json()).detail).toMatchObject({ code: "EXECUTION_TIMEOUT", job_id: detail.job_id });
    expect(await (await short.call(`/api/v2/workflows/${detail.job_id}/events`)).text()).toBe("");
  });

  it("unusable flow data → 400 INVALID_FLOW_DATA, and the job it leaves has failed", async () => {
    const broken = short.mock.addFlow({ name: "broken", data: { nodes: "not a list" } as never });
    const res = await short.call("/api/v2/workflows", { json: { flow_id: broken.id, input_value: "x" } });
    expect(res.status).toBe(400);
    expect((await res.json()).detail).toMatchObject({ code: "INVALID_FLOW_DATA" });
    const jobs = [...short.mock.state.jobs.jobs.values()].filter((j) => j.flowId === broken.id);
    expect(jobs.map((j) => [j.status, j.error?.type])).toEqual([["failed", "ValueError"]]);
  });

  const off = directMock({ developerApiEnabled: false });
  it("developerApiEnabled=false → every /api/v2/workflows route answers 404", async () => {
    const flowId = off.mock.flow("echo-chat")?.id;
    expect((await off.call("/api/v2/workflows", { json: { flow_id: flowId } })).status).toBe(404);
    expect((await off.call(`/api/v2/workflows?job_id=${UNKNOWN}`)).status).toBe(404);
    expect((await off.call("/api/v2/workflows/stop", { json: { job_id: UNKNOWN } })).status).toBe(404);
    expect((await off.call(`/api/v2/workflows/${UNKNOWN}/events`)).status).toBe(404);
  });
});
