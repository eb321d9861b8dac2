import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setupLangflowMock } from "../../../mock/node";

const lf = setupLangflowMock();
const BASE = "http://langflow.test";
beforeAll(() => lf.listen());
afterEach(() => lf.reset());
afterAll(() => lf.close());

describe("health, version, config", () => {
  it("GET /health and /health_check answer ok without auth", async () => {
    expect(await (await fetch(`${BASE}/health`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${BASE}/health_check`)).json()).toEqual({
      status: "ok",
      chat: "ok",
      db: "ok",
    });
  });

  it("GET /api/v1/version reports the profile's version", async () => {
    const res = await fetch(`${BASE}/api/v1/version`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ version: "1.13.0", main_version: "1.13.0", package: "Langflow" });
  });

  it("GET /api/v1/config: public subset without credentials, full config with a key", async () => {
    const pub = await (await fetch(`${BASE}/api/v1/config`)).json();
    expect(pub).toMatchObject({ type: "public", max_file_size_upload: 1024, event_delivery: "streaming" });
    expect(pub).not.toHaveProperty("webhook_auth_enable");
    const full = await (await fetch(`${BASE}/api/v1/config`, { headers: { "x-api-key": lf.apiKey } })).json();
    expect(full).toMatchObject({ type: "full", webhook_auth_enable: true, max_file_size_upload: 1024 });
  });

  it("known path, other method → 405 with Allow", async () => {
    const res = await fetch(`${BASE}/api/v1/version`, { method: "PUT" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET");
    expect(await res.json()).toEqual({ detail: "Method Not Allowed" });
  });

  it("unknown route → 404 JSON", async () => {
    const res = await fetch(`${BASE}/api/v1/does-not-exist`, { headers: { "x-api-key": lf.apiKey } });
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toEqual({ detail: "Not Found" });
  });
});
