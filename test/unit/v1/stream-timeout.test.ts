// lf.stream and the whole-call timeout: a stream lasts as long as the run, so the client's `timeout` does not
// cut it; a `timeout` passed to the call itself still does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupLangflowMock } from "../../../mock/node";
import { APITimeoutError, LangflowClient } from "../../../src/index";

// 30 ms between tokens: "You said: slow stream" is several tokens, so the run outlasts a 20 ms timeout.
const mock = setupLangflowMock({ tokenDelayMs: 30 });
beforeAll(() => mock.listen({ onUnhandledRequest: "error" }));
afterAll(() => mock.close());

describe("lf.stream timeouts", () => {
  it("is not cut by the client's whole-call timeout", async () => {
    const lf = new LangflowClient({ baseUrl: "http://langflow.test", apiKey: mock.apiKey, timeout: 20 });
    expect(await lf.stream("model-chat", { inputValue: "slow stream" }).finalText()).toBe(
      "You said: slow stream",
    );
  });

  it("is cut by a timeout given to the call", async () => {
    const lf = new LangflowClient({ baseUrl: "http://langflow.test", apiKey: mock.apiKey });
    const s = lf.stream("model-chat", { inputValue: "slow stream", timeout: 20 });
    await expect(s.finalText()).rejects.toBeInstanceOf(APITimeoutError);
  });
});
