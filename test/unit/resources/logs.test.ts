// lf.logs through the public client, against the in-process mock with log retrieval on.
import { describe, expect, it } from "vitest";
import { setupLangflowMock } from "../../../mock/node";
import { APIError, LangflowClient } from "../../../src/index";
import { useMockedClient } from "./support";

const { mock, client } = useMockedClient({ logRetrieval: true });

describe("lf.logs", () => {
  it("gets lines (before / after a timestamp)", async () => {
    const lf = client();
    await lf.run("echo-chat", { inputValue: "log me" });
    const last = await lf.logs.get({ linesBefore: 5 });
    expect(typeof last).toBe("object");
    const ts = Object.keys(last)[0];
    if (ts) expect(await lf.logs.get({ linesAfter: 2, timestamp: Number(ts) })).toBeTypeOf("object");
  });

  it("refuses contradictory options before sending", () => {
    expect(() => client().logs.get({ linesBefore: 1, linesAfter: 1 })).toThrow(/not both/);
    expect(() => client().logs.get({ linesAfter: 1 })).toThrow(/timestamp/);
  });

  it("opens the live stream and aborts it", async () => {
    const s = await client().logs.stream();
    s.abort();
    expect(s).toBeDefined();
  });

  it("names a server without log retrieval (501)", async () => {
    const off = setupLangflowMock();
    mock.close();
    off.listen({ onUnhandledRequest: "error" });
    try {
      const lf = new LangflowClient({ baseUrl: "http://langflow.test", apiKey: off.apiKey });
      await expect(lf.logs.get()).rejects.toBeInstanceOf(APIError);
    } finally {
      off.close();
      mock.listen({ onUnhandledRequest: "error" });
    }
  });
});
