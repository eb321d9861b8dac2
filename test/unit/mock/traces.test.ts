// Traces (section H, statement 42).
import { describe, expect, it } from "vitest";
import { useMock } from "./support";

const { lf, call } = useMock();

function echoId(): string {
  const flow = lf.flow("echo-chat");
  if (!flow) throw new Error("echo-chat missing");
  return flow.id;
}

async function run(input: string, session = "s1") {
  await call(`/api/v1/run/${echoId()}`, { json: { input_value: input, session_id: session } });
}

describe("traces", () => {
  it("lists one trace per run, newest first, camelCase keys", async () => {
    await run("first");
    await run("second", "s2");
    const res = await call(`/api/v1/monitor/traces?flow_id=${echoId()}`);
    const body = await res.json();
    expect(body.total).toBe(2);
    expect(body.pages).toBe(1);
    expect(body.traces[0]).toMatchObject({
      name: `Echo chat - ${echoId()}`,
      status: "ok",
      flowId: echoId(),
      sessionId: "s2",
      input: { input_value: "second" },
      totalTokens: 0,
      startTime: expect.stringMatching(/Z$/),
    });
    const filtered = await (await call("/api/v1/monitor/traces?session_id=s1")).json();
    expect(filtered.traces.map((t: { sessionId: string }) => t.sessionId)).toEqual(["s1"]);
    const q = await (await call("/api/v1/monitor/traces?query=s2&size=1")).json();
    expect(q.total).toBe(1);
  });

  it("GET by id includes spans with children; unknown → 404; DELETE → 204", async () => {
    await run("x");
    const [trace] = (await (await call("/api/v1/monitor/traces")).json()).traces;
    const res = await call(`/api/v1/monitor/traces/${trace.id}`);
    const detail = await res.json();
    expect(detail).toMatchObject({ id: trace.id, endTime: expect.any(String) });
    expect(detail.spans.length).toBeGreaterThan(0);
    expect(detail.spans[0]).toMatchObject({
      type: "chain",
      status: "ok",
      children: [],
      tokenUsage: null,
      latencyMs: expect.any(Number),
    });
    const missing = await call(`/api/v1/monitor/traces/${crypto.randomUUID()}`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ detail: "Trace not found" });
    expect((await call(`/api/v1/monitor/traces/${trace.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await call(`/api/v1/monitor/traces/${trace.id}`)).status).toBe(404);
  });

  it("DELETE by flow → 204, unknown flow → 404; bad params → 422", async () => {
    await run("x");
    expect((await call(`/api/v1/monitor/traces?flow_id=${echoId()}`, { method: "DELETE" })).status).toBe(204);
    expect((await (await call("/api/v1/monitor/traces")).json()).total).toBe(0);
    const unknown = await call(`/api/v1/monitor/traces?flow_id=${crypto.randomUUID()}`, { method: "DELETE" });
    expect(await unknown.json()).toEqual({ detail: "Flow not found" });
    const size = await call("/api/v1/monitor/traces?size=500");
    expect((await size.json()).detail[0]).toMatchObject({ type: "less_than_equal", loc: ["query", "size"] });
    const status = await call("/api/v1/monitor/traces?status=bogus");
    expect((await status.json()).detail[0]).toMatchObject({ type: "enum", loc: ["query", "status"] });
    expect((await call("/api/v1/monitor/traces/abc")).status).toBe(422);
  });
});
