import { describe, expect, it } from "vitest";
import { useMock } from "./support";

const { call } = useMock();

async function create(body: Record<string, unknown>) {
  return call("/api/v1/variables/", { json: { default_fields: [], ...body } });
}

describe("variables", () => {
  it("creates a Credential (value hidden) and a Generic (value shown), lists them", async () => {
    const cred = await create({ name: "OPENAI_API_KEY", value: "sk-secret" });
    expect(cred.status).toBe(201);
    expect(await cred.json()).toMatchObject({
      name: "OPENAI_API_KEY",
      type: "Credential",
      value: null,
      has_value: true,
    });
    const gen = await create({ name: "REGION", value: "eu", type: "Generic" });
    expect(await gen.json()).toMatchObject({ type: "Generic", value: "eu" });
    const list = await (await call("/api/v1/variables/")).json();
    expect(list.map((v: { name: string }) => v.name)).toEqual(["OPENAI_API_KEY", "REGION"]);
  });

  it("duplicates and empty values → 400; missing fields → 422 list", async () => {
    await create({ name: "A", value: "1" });
    expect(await (await create({ name: "A", value: "2" })).json()).toEqual({
      detail: "Variable name already exists",
    });
    expect(await (await create({ name: "", value: "" })).json()).toEqual({
      detail: "Variable name and value cannot be empty",
    });
    expect(await (await create({ name: "B", value: "" })).json()).toEqual({
      detail: "Variable value cannot be empty",
    });
    const missing = await call("/api/v1/variables/", { json: {} });
    expect((await missing.json()).detail.map((d: { loc: string[] }) => d.loc[1])).toEqual([
      "name",
      "value",
      "default_fields",
    ]);
  });

  it("PATCH needs the id in the body; updates; DELETE → 204 then 404", async () => {
    const { id } = await (await create({ name: "G", value: "v", type: "Generic" })).json();
    const noId = await call(`/api/v1/variables/${id}`, { method: "PATCH", json: { value: "x" } });
    expect(noId.status).toBe(422);
    const ok = await call(`/api/v1/variables/${id}`, {
      method: "PATCH",
      json: { id, name: "G2", value: "v2" },
    });
    expect(await ok.json()).toMatchObject({ id, name: "G2", value: "v2" });
    const other = crypto.randomUUID();
    const missing = await call(`/api/v1/variables/${other}`, {
      method: "PATCH",
      json: { id: other, value: "x" },
    });
    expect(await missing.json()).toEqual({ detail: "Variable not found" });
    expect((await call(`/api/v1/variables/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await call(`/api/v1/variables/${id}`, { method: "DELETE" })).status).toBe(404);
  });
});
