// Legacy /api/v1/process + /api/v1/task: 400 deprecation on 1.x (statement 45); the seed documents' async shape
// with `legacyProcessApi: true` (legacy-process-enabled.test.ts).
import { describe, expect, it } from "vitest";
import { useMock } from "./support";

const { lf, call } = useMock();

describe("legacy /process and /task (default, as Langflow 1.13.0)", () => {
  it("POST /api/v1/process/{id} → 400 deprecation (after the API-key check)", async () => {
    const id = lf.flow("echo-chat")?.id;
    const res = await call(`/api/v1/process/${id}`, {
      json: { inputs: { text: "" }, tweaks: {}, sync: false },
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      detail:
        "The /process endpoint is deprecated and will be removed in a future version. Please use /run instead.",
    });
    expect((await call(`/api/v1/process/${id}`, { auth: false, json: {} })).status).toBe(403);
    expect((await call(`/api/v1/predict/${id}`, { json: {} })).status).toBe(400);
  });

  it("GET /api/v1/task/{id} → 400 deprecation, even without a key", async () => {
    const res = await call("/api/v1/task/abc", { auth: false });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      detail:
        "The /task endpoint is deprecated and will be removed in a future version. Please use /run instead.",
    });
  });
});
