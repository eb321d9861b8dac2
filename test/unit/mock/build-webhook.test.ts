// v1 build (statement 35) and webhook (statement 34).
import { describe, expect, it } from "vitest";
import { failFlow } from "./flows-fixtures";
import { parseBareJson } from "./sse";
import { directMock, useMock } from "./support";

const { lf, call } = useMock({ flows: [failFlow] });
const id = (name: string) => lf.flow(name)?.id ?? "";

describe("build", () => {
  it("POST /build/{flow}/flow → {job_id}; GET events streams vertices_sorted → build_start → … → end{build_duration}", async () => {
    const res = await call(`/api/v1/build/${id("model-chat")}/flow`, {
      json: { inputs: { input_value: "hi", session: "b1" } },
    });
    expect(res.status).toBe(200);
    const { job_id } = await res.json();
    const events = await call(`/api/v1/build/${job_id}/events`);
    expect(events.headers.get("content-type")).toBe("application/x-ndjson");
    const list = parseBareJson(await events.text());
    const names = list.map((e) => e.event);
    expect(names.slice(0, 2)).toEqual(["vertices_sorted", "build_start"]);
    expect(names.at(-1)).toBe("end");
    expect(names).toContain("token");
    expect(new Set(names.slice(2, -1))).toEqual(new Set(["add_message", "end_vertex", "token"]));
    expect(typeof list.at(-1)?.data.build_duration).toBe("number");
    expect(lf.state.messages.list((m) => m.session_id === "b1").map((m) => m.text)).toEqual([
      "hi",
      "You said: hi",
    ]);
  });

  it("polling delivery returns the available events, then a bare end once drained", async () => {
    const { job_id } = await (
      await call(`/api/v1/build/${id("prompt-chat")}/flow?event_delivery=polling`, { json: {} })
    ).json();
    const first = parseBareJson(
      await (await call(`/api/v1/build/${job_id}/events?event_delivery=polling`)).text(),
    );
    expect(first.at(-1)?.event).toBe("end");
    const again = parseBareJson(
      await (await call(`/api/v1/build/${job_id}/events?event_delivery=polling`)).text(),
    );
    expect(again).toEqual([{ event: "end", data: {} }]);
  });

  it("a failing component: its error Message, its failed end_vertex, then end (as 1.13.0)", async () => {
    const { job_id } = await (await call(`/api/v1/build/${id("fails")}/flow`, { json: {} })).json();
    const list = parseBareJson(await (await call(`/api/v1/build/${job_id}/events`)).text());
    expect(list.slice(-3).map((e) => e.event)).toEqual(["error", "end_vertex", "end"]);
    expect(list.at(-3)?.data).toMatchObject({ category: "error", text: expect.stringContaining("boom") });
  });

  it("unknown job → 404; cancel → success; unknown flow → 404", async () => {
    const unknown = crypto.randomUUID();
    const res = await call(`/api/v1/build/${unknown}/events`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ detail: `Job not found: ${unknown}` });
    expect((await call(`/api/v1/build/${unknown}/cancel`, { method: "POST" })).status).toBe(404);
    const { job_id } = await (await call(`/api/v1/build/${id("echo-chat")}/flow`, { json: {} })).json();
    const cancel = await call(`/api/v1/build/${job_id}/cancel`, { method: "POST" });
    expect(await cancel.json()).toEqual({ success: true, message: "Flow build cancelled successfully" });
    const flow = await call(`/api/v1/build/${unknown}/flow`, { json: {} });
    expect(await flow.json()).toEqual({ detail: `Flow with id ${unknown} not found` });
  });
});

describe("webhook", () => {
  it("with a body → 202 {message, status}; the flow runs in the background", async () => {
    const res = await call("/api/v1/webhook/echo-chat", { json: { data: "example-data" } });
    expect(res.status).toBe(202);
    expect(await res.json()).toEqual({ message: "Task started in the background", status: "in progress" });
    await new Promise((r) => setTimeout(r, 0));
    expect(lf.state.runs.list((r) => r.source === "webhook")).toHaveLength(1);
  });

  it("empty body → 400; auth on (default): no key → 403, bad key → 403; unknown flow → 404", async () => {
    const empty = await call("/api/v1/webhook/echo-chat", { method: "POST" });
    expect(empty.status).toBe(400);
    expect((await empty.json()).detail).toContain("Request body is empty");
    const none = await call("/api/v1/webhook/echo-chat", { auth: false, json: { a: 1 } });
    expect(none.status).toBe(403);
    expect(await none.json()).toEqual({ detail: "API key required when webhook authentication is enabled" });
    const bad = await call("/api/v1/webhook/echo-chat", { headers: { "x-api-key": "sk-x" }, json: { a: 1 } });
    expect(await bad.json()).toEqual({ detail: "Invalid API key" });
    expect((await call("/api/v1/webhook/nope", { json: { a: 1 } })).status).toBe(404);
  });

  const open = directMock({ webhookAuthEnable: false });
  it("webhookAuthEnable=false → no key needed", async () => {
    const res = await open.call("/api/v1/webhook/echo-chat", { auth: false, json: { a: 1 } });
    expect(res.status).toBe(202);
  });
});
