// lf.stream and the whole-call timeout: a stream lasts as long as the run, so the client's default `timeout` (60 s)
// does not apply to it; a `timeout` the caller sets, on the client or on the call, does (issue 16, item 3).
import { describe, expect, it } from "vitest";
import { APITimeoutError } from "../../../src/index";
import { useMockedClient } from "./support";

// 30 ms between tokens: "You said: slow stream" is several tokens, so the run outlasts a 20 ms timeout.
const { client } = useMockedClient({ tokenDelayMs: 30 });

describe("lf.stream timeouts", () => {
  it("runs to its end with the client's default timeout", async () => {
    expect(await client().stream("model-chat", { inputValue: "slow stream" }).finalText()).toBe(
      "You said: slow stream",
    );
  });

  it("is cut by a timeout set on the client", async () => {
    const s = client({ timeout: 20 }).stream("model-chat", { inputValue: "slow stream" });
    await expect(s.finalText()).rejects.toBeInstanceOf(APITimeoutError);
  });

  it("is cut by a timeout given to the call", async () => {
    const s = client().stream("model-chat", { inputValue: "slow stream" }, { timeout: 20 });
    await expect(s.finalText()).rejects.toBeInstanceOf(APITimeoutError);
  });
});
