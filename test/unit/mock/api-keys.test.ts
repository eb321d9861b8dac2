// API key endpoints (statement 7).
import { describe, expect, it } from "vitest";
import { useMock } from "./support";

const { lf, call } = useMock();

describe("api keys", () => {
  it("create returns the full key once; list masks; the new key authenticates; delete", async () => {
    const res = await call("/api/v1/api_key/", { json: { name: "my key" } });
    expect(res.status).toBe(200);
    const created = await res.json();
    expect(created).toMatchObject({
      name: "my key",
      total_uses: 0,
      is_active: true,
      user_id: lf.state.users.superuser.id,
    });
    expect(created.api_key).toMatch(/^sk-[A-Za-z0-9_-]{43}$/);
    const list = await (await call("/api/v1/api_key/")).json();
    expect(list).toMatchObject({ total_count: 2, user_id: lf.state.users.superuser.id });
    const mine = list.api_keys.find((k: { id: string }) => k.id === created.id);
    expect(mine.api_key).toBe(`${created.api_key.slice(0, 8)}${"*".repeat(38)}`);
    expect((await call("/api/v1/projects/", { headers: { "x-api-key": created.api_key } })).status).toBe(200);
    const del = await call(`/api/v1/api_key/${created.id}`, { method: "DELETE" });
    expect(await del.json()).toEqual({ detail: "API Key deleted" });
    expect((await call("/api/v1/projects/", { headers: { "x-api-key": created.api_key } })).status).toBe(403);
  });

  it("unknown id → 400 'API Key not found'; non-UUID → 422; name of the wrong type → 422", async () => {
    const missing = await call(`/api/v1/api_key/${crypto.randomUUID()}`, { method: "DELETE" });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ detail: "API Key not found" });
    expect((await call("/api/v1/api_key/abc", { method: "DELETE" })).status).toBe(422);
    const bad = await call("/api/v1/api_key/", { json: { name: 5 } });
    expect(await bad.json()).toEqual({
      detail: [{ type: "string_type", loc: ["body", "name"], msg: "Input should be a valid string" }],
    });
    expect(lf.state.users.apiKeys.size).toBe(1);
  });
});
