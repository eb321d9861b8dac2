// Testing your own code with the mock: setupLangflowMock() answers every Langflow request in-process (msw), with
// real flow execution, so the app code runs unchanged. No server, no network, no API key of yours.
import { LangflowClient, NotFoundError } from "langflow-sdk";
import { chainFlow } from "langflow-sdk/mock";
import { setupLangflowMock } from "langflow-sdk/mock/node";
import { HttpResponse, http } from "msw";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FALLBACK, SupportBot } from "./support-bot";

const mock = setupLangflowMock();
beforeAll(() => mock.listen());
afterEach(() => mock.reset()); // fresh state (example flows, default key) and no leftover overrides
afterAll(() => mock.close());

// Any base URL works: the mock intercepts fetch. maxRetries: 0 so the outage test sees the first 500.
const lf = new LangflowClient({ baseUrl: "http://langflow.test", apiKey: mock.apiKey, maxRetries: 0 });

describe("SupportBot", () => {
  it("answers with the flow's text", async () => {
    // model-chat is a bundled example flow: ChatInput -> MockModel ("You said: {input}") -> ChatOutput.
    const bot = new SupportBot(lf, "model-chat");
    await expect(bot.ask("Where is my order?", "c-1")).resolves.toBe("You said: Where is my order?");
  });

  it("streams the answer token by token", async () => {
    const flowId = mock.flow("model-chat")?.id as string; // the v2 API takes the flow id
    const bot = new SupportBot(lf, flowId);
    const tokens: string[] = [];
    const answer = await bot.askStreaming("Hi there", (t) => tokens.push(t));
    expect(answer).toBe("You said: Hi there");
    expect(tokens.length).toBeGreaterThan(1);
    expect(tokens.join("")).toBe(answer);
  });

  it("keeps each conversation's history apart", async () => {
    const bot = new SupportBot(lf, "echo-chat");
    await bot.ask("first", "alice");
    await bot.ask("second", "alice");
    await bot.ask("other", "bob");
    const alice = await bot.history("alice");
    expect(alice.filter((line) => line.startsWith("User: "))).toEqual(["User: first", "User: second"]);
    expect(await bot.history("bob")).toContain("User: other");
  });

  it("uses a flow written for the test", async () => {
    mock.addFlow(
      chainFlow(
        "Shouting",
        [
          "ChatInput",
          { type: "Prompt Template", template: "{question}!!!", variable: "question" },
          "ChatOutput",
        ],
        { endpoint_name: "shouting" },
      ),
    );
    await expect(new SupportBot(lf, "shouting").ask("hello", "c-2")).resolves.toBe("hello!!!");
  });

  it("falls back politely when Langflow fails", async () => {
    // Replace one route for this test only (reset() in afterEach removes the override).
    mock.server.use(
      http.post("*/api/v1/run/:flow", () => HttpResponse.json({ detail: "boom" }, { status: 500 })),
    );
    await expect(new SupportBot(lf, "model-chat").ask("anyone?", "c-3")).resolves.toBe(FALLBACK);
  });

  it("lets a misconfigured flow name surface as NotFoundError", async () => {
    await expect(new SupportBot(lf, "no-such-flow").ask("hi", "c-4")).rejects.toBeInstanceOf(NotFoundError);
  });
});
