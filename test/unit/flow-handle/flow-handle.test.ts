// lf.flow(...): the flow handle through the public client, against the in-process mock (its example flows, and the
// module generateFlowTypes writes from them: test/fixtures/typed-flows/mock-flows.ts).
import { describe, expect, it } from "vitest";
import { type FlowDifference, LangflowConfigError, LangflowError } from "../../../src/index";
import { PromptChat } from "../../fixtures/typed-flows/mock-flows";
import { useMockedClient } from "../resources/support";

const { client, flowId } = useMockedClient();

/** A client whose requests' JSON bodies are recorded (and still answered by the mock). */
function recording() {
  const bodies: { url: string; body: unknown }[] = [];
  const lf = client({
    fetch: async (input: RequestInfo | URL, init?: RequestInit) => {
      const req = new Request(input, init);
      const text = await req.clone().text();
      bodies.push({ url: req.url, body: text ? JSON.parse(text) : undefined });
      return fetch(req);
    },
  });
  return { lf, bodies };
}

describe("lf.flow(generatedFlow)", () => {
  it("runs with the presets and this call's tweaks, display names sent as component ids", async () => {
    const { lf, bodies } = recording();
    const handle = lf.flow(PromptChat).withTweaks({ "Prompt Template": { template: "Preset: {question}" } });
    expect(handle.flowId).toBe("prompt-chat");
    const preset = await handle.run({ inputValue: "hi" });
    expect(preset.text).toBe("Preset: hi");
    expect(bodies.at(-1)?.body).toMatchObject({
      tweaks: { "Prompt-prmt1": { template: "Preset: {question}" } },
    });

    const perCall = await handle.run({
      inputValue: "hi",
      tweaks: { "Prompt-prmt1": { template: "Per call: {question}" }, "Chat Output": { sender_name: "Bot" } },
    });
    expect(perCall.text).toBe("Per call: hi");
    expect(bodies.at(-1)?.body).toMatchObject({
      tweaks: {
        "Prompt-prmt1": { template: "Per call: {question}" },
        "ChatOutput-prmt1": { sender_name: "Bot" },
      },
    });
  });

  it("is immutable: withTweaks returns a new handle, presets are frozen copies", async () => {
    const base = client().flow(PromptChat);
    const given = { "Prompt-prmt1": { template: "A: {question}" } };
    const a = base.withTweaks(given);
    given["Prompt-prmt1"].template = "changed after withTweaks";
    const b = a.withTweaks({ "Prompt-prmt1": { use_double_brackets: false } });
    expect(base.tweaks).toEqual({});
    expect(a.tweaks).toEqual({ "Prompt-prmt1": { template: "A: {question}" } });
    expect(b.tweaks).toEqual({ "Prompt-prmt1": { template: "A: {question}", use_double_brackets: false } });
    expect(Object.isFrozen(a) && Object.isFrozen(a.tweaks) && Object.isFrozen(a.tweaks["Prompt-prmt1"])).toBe(
      true,
    );
    expect((await a.run({ inputValue: "x" })).text).toBe("A: x");
    expect((await base.run({ inputValue: "x" })).text).toBe("You asked: x");
  });

  it("streams with the presets", async () => {
    const stream = client()
      .flow(PromptChat)
      .withTweaks({ "Prompt-prmt1": { template: "Streamed: {question}" } })
      .stream({ inputValue: "s" });
    expect(await stream.finalText()).toBe("Streamed: s");
  });

  it("submits a v2 background run with the presets (a flow generated with its server id)", async () => {
    const { lf, bodies } = recording();
    const handle = lf
      .flow({ ...PromptChat, id: flowId("prompt-chat") })
      .withTweaks({ "Prompt Template": { template: "Job: {question}" } });
    const job = await handle.submit({ inputValue: "j" });
    const result = await job.wait({ interval: 10 });
    expect(result.text).toBe("Job: j");
    const sent = bodies.find((b) => b.url.endsWith("/api/v2/workflows"))?.body;
    expect(sent).toMatchObject({ tweaks: { "Prompt-prmt1": { template: "Job: {question}" } } });
  });

  it("triggers the webhook with the payload (presets do not apply)", async () => {
    const { lf, bodies } = recording();
    const accepted = await lf
      .flow("echo-chat")
      .withTweaks({ x: { y: 1 } })
      .webhook({ any: "payload" });
    expect(accepted.status).toBeDefined();
    expect(bodies.at(-1)).toEqual({
      url: expect.stringMatching(/\/api\/v1\/webhook\/echo-chat$/),
      body: { any: "payload" },
    });
  });
});

describe("verify()", () => {
  it("finds no difference with the flow it was generated from", async () => {
    expect(await client().flow(PromptChat).verify()).toEqual([]);
  });

  it("reports a component removed and a field changed on the server", async () => {
    const lf = client();
    const id = flowId("prompt-chat");
    const flow = await lf.flows.get(id);
    const data = structuredClone(flow.data) as {
      nodes: { id: string; data: { node: { template: Record<string, unknown> } } }[];
    };
    const prompt = data.nodes.find((n) => n.id === "Prompt-prmt1");
    if (!prompt) throw new Error("no prompt node");
    prompt.data.node.template.use_double_brackets = { type: "str", value: "no", show: true };
    data.nodes = data.nodes.filter((n) => n.id !== "ChatOutput-prmt1");
    await lf.flows.update(id, { data });
    const differences = await lf.flow({ ...PromptChat, id }).verify();
    const kinds = differences.map(
      (d: FlowDifference) => `${d.kind} ${"componentId" in d ? d.componentId : ""}`,
    );
    expect(kinds).toContain("component-removed ChatOutput-prmt1");
    expect(kinds).toContain("field-type-changed Prompt-prmt1");
    expect(differences.every((d) => d.message.length > 0)).toBe(true);
  });

  it("says when no flow has the endpoint name", async () => {
    const gone = { ...PromptChat, endpointName: "no-such-endpoint" };
    await expect(client().flow(gone).verify()).rejects.toThrow(
      /no flow with endpoint name "no-such-endpoint"/,
    );
  });
});

describe("lf.flow(id)", () => {
  it("takes loose tweaks and runs by endpoint name", async () => {
    const result = await client()
      .flow("prompt-chat")
      .withTweaks({ "Prompt-prmt1": { template: "Loose: {question}" } })
      .run({ inputValue: "l" });
    expect(result.text).toBe("Loose: l");
  });
});

describe("bad input throws at the call", () => {
  const lf = () => client();
  it("a flow that is neither an id nor a generated flow", () => {
    expect(() => lf().flow("")).toThrow(LangflowConfigError);
    expect(() => lf().flow({} as never)).toThrow(/pass a flow id, an endpoint name, or a flow generated/);
  });

  it("tweaks that are not an object, params that are not an object, unknown params", () => {
    const handle = lf().flow("echo-chat");
    expect(() => handle.withTweaks([] as never)).toThrow(/withTweaks: tweaks must be an object/);
    expect(() => handle.run({ tweaks: "x" as never })).toThrow(/run: tweaks must be an object/);
    expect(() => handle.run("hello" as never)).toThrow(/run: expected an object of parameters/);
    expect(() => handle.run({ input_value: "x" } as never)).toThrow(/Did you mean "inputValue"/);
    expect(() => handle.submit({ timeout: 5 } as never)).toThrow(/request option/);
  });

  it("verify() on a handle made from an id", () => {
    const handle = lf().flow("echo-chat") as never as { verify(): Promise<unknown> };
    expect(() => handle.verify()).toThrow(LangflowConfigError);
    expect(LangflowConfigError.prototype).toBeInstanceOf(LangflowError);
  });
});
