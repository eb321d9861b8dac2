// The async processing API of the seed documents (Langflow 0.5+): `sync: false` → task → PENDING → SUCCESS.
import { describe, expect, it } from "vitest";
import { manualClock } from "../../support/manual-clock";
import { useMock } from "./support";

const clock = manualClock();
const tick = clock.fire;

const { lf, call } = useMock({ legacyProcessApi: true, clock });

async function taskStatus(id: string) {
  const res = await call(`/api/v1/task/${id}`);
  expect(res.status).toBe(200);
  return res.json();
}

describe("legacy async /process + /task (seed documents)", () => {
  it("sync:false answers {result, task:{id, href}, session_id, backend}; the task goes PENDING → SUCCESS", async () => {
    const id = lf.flow("echo-chat")?.id;
    const res = await call(`/api/v1/process/${id}`, {
      json: { inputs: { text: "async hello" }, tweaks: {}, sync: false },
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      task: { id: expect.any(String) },
      session_id: expect.any(String),
      backend: "anyio",
    });
    expect(body.task.href).toBe(`api/v1/task/${body.task.id}`);
    expect(await taskStatus(body.task.id)).toEqual({ status: "PENDING", result: null });
    tick();
    let status = await taskStatus(body.task.id);
    for (let i = 0; i < 20 && status.status === "PENDING"; i++) status = await taskStatus(body.task.id);
    expect(status).toEqual({ status: "SUCCESS", result: { output: "async hello" } });
  });

  it("sync (default) returns the result at once; unknown task → 404", async () => {
    const res = await call("/api/v1/process/echo-chat", { json: { inputs: { text: "now" } } });
    expect((await res.json()).result).toEqual({ output: "now" });
    expect((await call(`/api/v1/task/${crypto.randomUUID()}`)).status).toBe(404);
  });
});
