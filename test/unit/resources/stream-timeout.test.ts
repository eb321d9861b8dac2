// lf.stream and the whole-call timeout: a stream lasts as long as the run, so the client's `timeout` does not
// cut it; a `timeout` passed to the call itself still does.
import { describe, expect, it } from "vitest";
import { APITimeoutError } from "../../../src/index";
import { useMockedClient } from "./support";

// 30 ms between tokens: "You said: slow stream" is several tokens, so the run outlasts a 20 ms timeout.
const { client } = useMockedClient({ tokenDelayMs: 30 });

describe("lf.stream timeouts", () => {
  it("is not cut by the client's whole-call timeout", async () => {
    const lf = client({ timeout: 20 });
    expect(await lf.stream("model-chat", { inputValue: "slow stream" }).finalText()).toBe(
      "You said: slow stream",
    );
  });

  it("is cut by a timeout given to the call", async () => {
    const s = client().stream("model-chat", { inputValue: "slow stream" }, { timeout: 20 });
    await expect(s.finalText()).rejects.toBeInstanceOf(APITimeoutError);
  });
});
