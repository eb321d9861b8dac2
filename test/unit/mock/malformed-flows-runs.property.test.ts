// Property: nothing a client sends to the flows and run routes (v2 workflows, v1 run, flows CRUD, build, webhook)
// crashes the mock or changes its state when refused.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { useMock } from "./support";

const { lf, call } = useMock();

const routes = [
  ["POST", "/api/v2/workflows"],
  ["POST", "/api/v2/workflows/stop"],
  ["POST", "/api/v1/run/echo-chat"],
  ["POST", "/api/v1/flows/"],
  ["POST", "/api/v1/flows/batch/"],
  ["POST", "/api/v1/flows/download/"],
  ["DELETE", "/api/v1/flows/"],
  ["PATCH", "/api/v1/flows/{echo}"],
  ["POST", "/api/v1/build/{echo}/flow"],
  ["POST", "/api/v1/webhook/echo-chat"],
] as const;

function snapshot() {
  return JSON.stringify(
    [...lf.state.flows.flows.values()].map((f) => [f.id, f.name, f.endpoint_name, f.locked, f.data ? 1 : 0]),
  );
}

describe("malformed input", () => {
  it("random bodies on every JSON route: never a 5xx from the mock itself", async () => {
    const echo = lf.flow("echo-chat")?.id ?? "";
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc
            .record({
              flow_id: fc.oneof(fc.string(), fc.uuid(), fc.constant(echo)),
              mode: fc.string(),
              input_value: fc.jsonValue(),
            })
            .map((v) => JSON.stringify(v)),
        ),
        async ([method, path], body) => {
          const res = await call(path.replace("{echo}", echo), {
            method,
            body,
            headers: { "content-type": "application/json" },
          });
          // 500 is only legitimate where Langflow itself answers 500 (run failures); these bodies never run a failing flow.
          expect(res.status).toBeLessThan(500);
          await res.arrayBuffer();
        },
      ),
      { numRuns: 150 },
    );
  });

  it("refused requests leave the flow store unchanged", async () => {
    const before = snapshot();
    const echo = lf.flow("echo-chat")?.id;
    const bad = [
      call("/api/v1/flows/", { json: { name: 5 } }),
      call("/api/v1/flows/batch/", { json: { flows: [{ name: "ok" }, { name: 3 }] } }),
      call(`/api/v1/flows/${echo}`, { method: "PATCH", json: { endpoint_name: "bad name!" } }),
      call("/api/v1/flows/not-a-uuid", { method: "DELETE" }),
      call("/api/v1/flows/", { method: "POST", body: "{", headers: { "content-type": "application/json" } }),
    ];
    for (const res of await Promise.all(bad)) expect(res.status).toBe(422);
    expect(snapshot()).toBe(before);
  });

  it("garbage flow data in a stored flow fails its runs cleanly", async () => {
    const flow = lf.addFlow({ name: "broken", endpoint_name: "broken", data: { nodes: "nope" } as never });
    const v2 = await call("/api/v2/workflows", { json: { flow_id: flow.id } });
    expect(v2.status).toBe(400);
    expect((await v2.json()).detail.code).toBe("INVALID_FLOW_DATA");
    const v1 = await call("/api/v1/run/broken", { json: {} });
    expect(v1.status).toBe(500);
    expect((await call("/health")).status).toBe(200);
  });
});
