// lf.process / lf.tasks (deprecated) against the mock: the seed shape with legacyProcessApi, 400 otherwise.
import { describe, expect, it } from "vitest";
import { setupLangflowMock } from "../../../mock/node";
import { DeprecatedEndpointError, LangflowClient } from "../../../src/index";

async function withMock<T>(legacyProcessApi: boolean, fn: (lf: LangflowClient, id: string) => Promise<T>) {
  const mock = setupLangflowMock({ legacyProcessApi });
  mock.listen({ onUnhandledRequest: "error" });
  try {
    const lf = new LangflowClient({ baseUrl: "http://langflow.test", apiKey: mock.apiKey });
    return await fn(lf, mock.flow("echo-chat")?.id ?? "");
  } finally {
    mock.close();
  }
}

describe("legacy process/task", () => {
  it("runs sync and starts a task on a server that has them", async () => {
    await withMock(true, async (lf, id) => {
      const sync = await lf.process(id, { inputs: { input_value: "hi" } });
      expect(sync.task).toBeNull();
      const bg = await lf.process(id, { inputs: { input_value: "hi" }, sync: false });
      expect(bg.task?.id).toBeTruthy();
      expect((await lf.tasks.get(bg.task?.id ?? "")).status).toMatch(/PENDING|SUCCESS/);
    });
  });

  it("names the deprecation where the server removed them (1.x: 400)", async () => {
    await withMock(false, async (lf, id) => {
      await expect(lf.process(id, { inputs: {} })).rejects.toBeInstanceOf(DeprecatedEndpointError);
      await expect(lf.tasks.get("some-task")).rejects.toThrow(/lf.run/);
    });
  });
});
