// lf.variables through the public client, against the in-process mock.
import { describe, expect, it } from "vitest";
import { BadRequestError } from "../../../src/index";
import { useMockedClient } from "./support";

const { client } = useMockedClient();

describe("lf.variables", () => {
  it("creates (default_fields filled in), lists, updates and deletes", async () => {
    const lf = client();
    const v = await lf.variables.create({ name: "OPENAI", value: "secret-value", type: "Credential" });
    expect(v.value).toBeNull();
    expect((await lf.variables.list()).map((x) => x.name)).toContain("OPENAI");
    expect((await lf.variables.update(v.id, { name: "OPENAI2" })).name).toBe("OPENAI2");
    await lf.variables.delete(v.id);
    expect((await lf.variables.list()).some((x) => x.id === v.id)).toBe(false);
  });

  it("rejects a duplicate name with the server's message", async () => {
    const lf = client();
    await lf.variables.create({ name: "X", value: "1", type: "Generic" });
    await expect(lf.variables.create({ name: "X", value: "2" })).rejects.toBeInstanceOf(BadRequestError);
  });
});
