// lf.responses through the public client, against the in-process mock.
import { describe, expect, it } from "vitest";
import { outputText, ResponsesError } from "../../../src/index";
import { useMockedClient } from "./support";

const { mock, client } = useMockedClient();
const flowId = () => mock.flow("echo-chat")?.id ?? "";

describe("lf.responses", () => {
  it("creates a response with usage, and continues with previous_response_id", async () => {
    const lf = client();
    const r = await lf.responses.create({ model: flowId(), input: "hello" });
    expect(r.object).toBe("response");
    expect(outputText(r)).toContain("hello");
    const next = await lf.responses.create({ model: flowId(), input: "again", previous_response_id: r.id });
    expect(next.id).toBeTruthy();
  });

  it("streams deltas to a completed event", async () => {
    const s = client().responses.stream({ model: flowId(), input: "streamed" });
    const types: string[] = [];
    for await (const e of s) types.push(e.event ?? e.type);
    expect(types.length).toBeGreaterThan(0);
  });

  it("names an unknown flow (an OpenAI-style error body on HTTP 200)", async () => {
    const err = await client()
      .responses.create({ model: crypto.randomUUID(), input: "x" })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResponsesError);
    expect((err as ResponsesError).code).toBe("flow_not_found");
  });
});
