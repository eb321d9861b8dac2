// Stand-ins and scripted answers, the way a test of an app uses them: an exported flow with a model and an agent
// loaded into the mock, run through the SDK, answered by default (visibly fake) or by the test's script.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createLangflowMock, type FlowCheck } from "../../../mock";
import { setupLangflowMock } from "../../../mock/node";
import { configured, starterProjects } from "../../../scripts/lib/starter-projects";
import { InternalServerError, LangflowClient } from "../../../src/index";
import { manualClock } from "../../support/manual-clock";

const projects = Object.fromEntries(starterProjects().map((p) => [p.name, configured(p)]));
const SIMPLE_AGENT = projects["Simple Agent"];
const BASIC_PROMPTING = projects["Basic Prompting"];
if (!SIMPLE_AGENT || !BASIC_PROMPTING) throw new Error("starter projects missing");

const clock = manualClock();
const mock = setupLangflowMock({ exampleFlows: false, flows: [SIMPLE_AGENT, BASIC_PROMPTING], clock });
const lf = new LangflowClient({ baseUrl: "http://stand-ins.test", apiKey: mock.apiKey, maxRetries: 0 });
const agentFlow = String(SIMPLE_AGENT.id);
const modelFlow = String(BASIC_PROMPTING.id);

/** The first result's message (results.message) of a v1 run. */
function firstMessage(result: Awaited<ReturnType<typeof lf.run>>) {
  const results = (result.outputs[0]?.results ?? {}) as Record<string, unknown>;
  return results.message as {
    properties: { source: unknown };
    content_blocks: { title: string; contents: { type: string; name?: string; output?: unknown }[] }[];
  };
}

beforeAll(() => mock.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  mock.reset();
  clock.clear();
});
afterAll(() => mock.close());

describe("default answers", () => {
  it("a model answers '[mock <model>] <its input>' and streams it word by word", async () => {
    const result = await lf.run(modelFlow, { inputValue: "hello there" });
    expect(result.text).toBe("[mock gpt-4o-mini] hello there");
    const events = [];
    for await (const e of lf.stream(modelFlow, { inputValue: "hello there" })) events.push(e.event);
    expect(events.filter((e) => e === "token")).toHaveLength(4);
    expect(firstMessage(result).properties.source).toEqual({
      id: "LanguageModelComponent-FLeYF",
      display_name: "Language Model",
      source: "gpt-4o-mini",
    });
  });

  it("an agent answers the same way, its steps in the message's content blocks", async () => {
    const result = await lf.run(agentFlow, { inputValue: "what's new?" });
    expect(result.text).toBe("[mock gpt-4o-mini] what's new?");
    expect(firstMessage(result).content_blocks[0]?.title).toBe("Agent Steps");
  });
});

describe("scripted answers", () => {
  it("by component type and input RegExp, added at run time; the newest rule wins", async () => {
    mock.script.add({ component: "Agent", input: /weather/i, text: "Sunny, 21 °C." });
    expect((await lf.run(agentFlow, { inputValue: "Weather in Paris?" })).text).toBe("Sunny, 21 °C.");
    expect((await lf.run(agentFlow, { inputValue: "news?" })).text).toBe("[mock gpt-4o-mini] news?");
    mock.script.add({ component: "Agent", text: (input) => `You asked: ${input}` });
    expect((await lf.run(agentFlow, { inputValue: "Weather?" })).text).toBe("You asked: Weather?");
  });

  it("by display name or flow, with tokens to stream and a number of times", async () => {
    mock.script.add({
      flow: "Basic Prompting",
      component: "Language Model",
      tokens: ["Hel", "lo", "!"],
      times: 1,
    });
    const events = [];
    for await (const e of lf.stream(modelFlow, { inputValue: "hi" })) events.push(e);
    const tokens = events.filter((e) => e.event === "token").map((e) => (e.data as { chunk: string }).chunk);
    expect(tokens).toEqual(["Hel", "lo", "!"]);
    expect((await lf.run(modelFlow, { inputValue: "hi" })).text).toBe("[mock gpt-4o-mini] hi");
  });

  it("an agent's tool calls appear as tool_use steps with the tool's answer", async () => {
    mock.script.add({
      component: "Agent",
      toolCalls: [
        { name: "URL", input: { urls: ["https://example.com"] } },
        { name: "Web Search", input: { query: "langflow" }, output: "Langflow is a visual builder." },
      ],
      text: "Done.",
    });
    const result = await lf.run(agentFlow, { inputValue: "look it up" });
    const steps = firstMessage(result).content_blocks[0]?.contents;
    expect(steps?.map((s) => s.type)).toEqual(["text", "tool_use", "tool_use", "text"]);
    expect(steps?.[1]).toMatchObject({
      name: "URL",
      output: '[mock tool URL] {"urls":["https://example.com"]}',
    });
    expect(steps?.[2]).toMatchObject({ name: "Web Search", output: "Langflow is a visual builder." });
  });

  it("an error fails the run as the real component's failure would", async () => {
    mock.script.add({ component: "Agent", error: "Rate limit reached for gpt-4o-mini" });
    const error = await lf.run(agentFlow, { inputValue: "hi" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as InternalServerError).detail).toMatchObject({
      message: "Error running graph: Error building Component Agent: \n\nRate limit reached for gpt-4o-mini",
    });
  });

  it("a delay runs on the mock's clock", async () => {
    mock.script.add({ component: "Agent", delayMs: 5_000, text: "late" });
    let done = false;
    const run = lf.run(agentFlow, { inputValue: "hi" }).then((r) => {
      done = true;
      return r;
    });
    await new Promise((resolve) => setTimeout(resolve, 50)); // real time passes; the mock's clock does not
    expect(done).toBe(false);
    expect((await clock.ticking(run)).text).toBe("late");
  });
});

describe("what a test can read", () => {
  it("onFlowCheck says at once what the mock makes of a flow added or changed", () => {
    const checks: FlowCheck[] = [];
    const other = createLangflowMock({ exampleFlows: false, onFlowCheck: (c) => checks.push(c) });
    const flow = other.addFlow(SIMPLE_AGENT);
    expect(checks.map((c) => c.flowId)).toEqual([flow.id]);
    expect(checks[0]?.nodes.filter((n) => n.kind === "stand-in").map((n) => n.type)).toEqual([
      "Agent",
      "URLComponent",
      "UnifiedWebSearch",
    ]);
    other.state.flows.update(flow.id, { data: BASIC_PROMPTING.data });
    expect(checks).toHaveLength(2);
  });

  it("mock.check() says which components are faithful, stand-ins, scripted or unknown", () => {
    mock.script.add({ component: "URLComponent-Tjh8k", text: "a page" });
    const check = mock.check(agentFlow);
    const kinds = Object.fromEntries((check?.nodes ?? []).map((n) => [n.id, n.kind]));
    expect(kinds).toEqual({
      "ChatInput-tKQ4d": "faithful",
      "ChatOutput-KxTA8": "faithful",
      "Agent-EXpSZ": "stand-in",
      "URLComponent-Tjh8k": "scripted",
      "UnifiedWebSearch-KZ8k6": "stand-in",
    });
  });
});
