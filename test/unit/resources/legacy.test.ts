// lf.process / lf.tasks (deprecated) against the mock: the seed shape with legacyProcessApi, 400 otherwise.
import { describe, expect, it } from "vitest";
import { chainFlow } from "../../../mock/engine/chain-flow";
import { setupLangflowMock } from "../../../mock/node";
import { DeprecatedEndpointError, JobFailedError, LangflowClient } from "../../../src/index";

const failing = chainFlow("failing", [
  "ChatInput",
  { type: "MockFailure", params: { error_message: "boom" } },
  "ChatOutput",
]);

async function withMock<T>(legacyProcessApi: boolean, fn: (lf: LangflowClient, id: string) => Promise<T>) {
  const mock = setupLangflowMock({ legacyProcessApi, flows: [failing] });
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

  it("tasks.wait polls a task to SUCCESS (its result) or FAILURE (JobFailedError)", async () => {
    await withMock(true, async (lf, id) => {
      const broken = (await lf.flows.listAll()).find((f) => f.name === "failing")?.id ?? "";
      const bg = await lf.process(id, { inputs: { input_value: "later" }, sync: false });
      const seen: string[] = [];
      const result = await lf.tasks.wait(bg.task?.id ?? "", {
        interval: 5,
        onStatus: (t) => seen.push(t.status),
      });
      expect(JSON.stringify(result)).toContain("later");
      expect(seen.at(-1)).toBe("SUCCESS");
      const bad = await lf.process(broken, { inputs: { input_value: "x" }, sync: false });
      const error = await lf.tasks.wait(bad.task?.id ?? "", { interval: 5 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(JobFailedError);
      expect(String((error as Error).message)).toContain("boom");
    });
  });

  it("names the deprecation where the server removed them (1.x: 400)", async () => {
    await withMock(false, async (lf, id) => {
      await expect(lf.process(id, { inputs: {} })).rejects.toBeInstanceOf(DeprecatedEndpointError);
      await expect(lf.tasks.get("some-task")).rejects.toThrow(/lf.run/);
    });
  });
});
