// Global variables and the OpenAI-compatible Responses API, on the example flows.
import { expect } from "vitest";
import { outputText } from "../../src/index";
import { useTarget } from "./support/scenario";

const { scenario } = useTarget();

scenario(
  "variables: create, list, update, delete",
  {
    na: {
      prism:
        "Langflow 1.13.0 serves /api/v1/variables/ but leaves it out of its OpenAPI document, so Prism answers 404 for it",
    },
  },
  async ({ lf, unique, defer }) => {
    const name = unique("VAR").toUpperCase().replace(/-/g, "_");
    const created = await lf.variables.create({ name, value: "first", type: "Generic" });
    defer(() => lf.variables.delete(created.id).catch(() => undefined));
    expect(created.name).toBe(name);
    expect((await lf.variables.list()).map((v) => v.name)).toContain(name);
    const updated = await lf.variables.update(created.id, { value: "second" });
    expect(updated.value).toBe("second");
    await lf.variables.delete(created.id);
    expect((await lf.variables.list()).map((v) => v.name)).not.toContain(name);
  },
);

scenario("responses: an OpenAI-style request runs the prompt flow", async ({ lf, createFlow }) => {
  const flow = await createFlow("prompt-chat");
  const response = await lf.responses.create({ model: flow.id, input: "via responses" });
  expect(outputText(response)).toBe("You asked: via responses");
  expect(response.status).toBe("completed");
});
