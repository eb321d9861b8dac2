// Parity flows: flows built only from real Langflow components that need no outside service (routers, parsers,
// memory, loops, prompts, converters, text tools, webhook input), from the pinned server's own templates
// (test/fixtures/parity-flows, `npm run make-parity-flows`). Each runs the same way on every target: v1 run, v1
// stream, v2 sync and v2 stream. The scenarios check the texts and message fields; the contract runner compares
// what mock and real answered (output keys, JSON shapes, stream event names).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect } from "vitest";
import type { Flow, LangflowClient } from "../../src/index";
import { collect, eventName } from "./support/events";
import { type ScenarioContext, useTarget } from "./support/scenario";

const { scenario } = useTarget();
/** These flows are built from 1.13.0's component templates (code and fields of that line). */
const ONLY_113 = {
  na: {
    "<1.13":
      "the parity flows carry 1.13.0's component code and fields (Loop with a subgraph body, Type Convert to JSON/Table, Parser modes); older lines ship other components, and these answers were checked on 1.13.0",
  },
};
const DIR = resolve(import.meta.dirname, "../fixtures/parity-flows");

async function create(s: ScenarioContext, name: string): Promise<Flow> {
  const json = JSON.parse(readFileSync(resolve(DIR, `${name}.json`), "utf8"));
  const unique = s.unique(name);
  const flow = await s.lf.flows.create({
    name: unique,
    description: json.description,
    endpoint_name: unique,
    data: json.data,
  });
  s.defer(() => s.lf.flows.delete(flow.id));
  return flow;
}

interface Expected {
  input: string;
  /** The chat answer of the v1 run (and of v2, unless `v2Text` says otherwise). */
  text: string;
  /** The component that answered, and the one its message names as source. */
  output: string;
  source?: { id: string; display_name: string };
  tweaks?: Record<string, Record<string, unknown>>;
  v2Text?: string | null;
}

/** v1 run, v1 stream, v2 sync and v2 stream of one flow, with the same input. */
async function runFourWays(lf: LangflowClient, flow: Flow, e: Expected) {
  const session = `parity-${Math.random().toString(36).slice(2, 10)}`;
  const v1 = await lf.run(flow.id, { inputValue: e.input, tweaks: e.tweaks, sessionId: session });
  expect(v1.text).toBe(e.text);
  expect(v1.sessionId).toBe(session);
  const [first] = v1.outputs;
  expect(first?.component_id).toBe(e.output);
  // 1.13.0 doubles each lone newline in a result's `messages` (docs/server-quirks.md); `text` keeps the answer.
  const message = v1.messages[0];
  expect(message).toMatchObject({ sender: "Machine", senderName: "AI", sessionId: session });
  expect(message?.text).toBe(e.text.replace(/(?<!\n)\n(?!\n)/g, "\n\n"));
  if (e.source) {
    const results = first?.results as { message?: { properties?: { source?: unknown } } } | undefined;
    expect(results?.message?.properties?.source).toEqual({ ...e.source, source: e.source.display_name });
  }
  const v1Events = (await collect(lf.stream(flow.id, { inputValue: e.input, tweaks: e.tweaks }))).map(
    eventName,
  );
  expect(v1Events.at(-1)).toBe("end");
  const v2 = await lf.workflows.run(flow.id, { inputValue: e.input, tweaks: e.tweaks });
  expect(v2.status).toBe("completed");
  expect(v2.text).toBe(e.v2Text === undefined ? e.text : (e.v2Text ?? undefined));
  const v2Events = (
    await collect(lf.workflows.stream(flow.id, { inputValue: e.input, tweaks: e.tweaks }))
  ).map(eventName);
  expect(v2Events.at(-1)).toBe("end");
  expect(v2Events).toContain("output");
  return { v1, v2, v1Events, v2Events };
}

scenario(
  "parity: If-Else routes to the branch the text takes, the other is not built",
  ONLY_113,
  async (s) => {
    const flow = await create(s, "parity-if-else");
    const yes = await runFourWays(s.lf, flow, {
      input: "Yes please",
      text: "Yes please",
      output: "ChatOutput-yes01",
      source: { id: "ConditionalRouter-par01", display_name: "If-Else" },
    });
    expect(Object.keys(yes.v2.outputs).sort()).toEqual(["ChatOutput-no001", "ChatOutput-yes01"]);
    expect(yes.v2.outputs["ChatOutput-no001"]?.content).toBeNull();
    const no = await s.lf.run(flow.id, { inputValue: "no thanks" });
    expect(no.outputs.map((o) => o.component_id)).toEqual(["ChatOutput-no001"]);
  },
);

scenario("parity: Type Convert to JSON then Parser fills its template", ONLY_113, async (s) => {
  const flow = await create(s, "parity-convert-parse");
  await runFourWays(s.lf, flow, {
    input: "hello parity",
    text: "Got: hello parity",
    output: "ChatOutput-par01",
    source: { id: "ParserComponent-par01", display_name: "Parser" },
  });
});

scenario(
  "parity: Message History answers the session's earlier messages, not the current one",
  ONLY_113,
  async (s) => {
    const flow = await create(s, "parity-memory");
    const session = s.unique("memory");
    const first = await s.lf.run(flow.id, { inputValue: "first", sessionId: session });
    expect(first.text).toBe("History:\n\nNow: first");
    const second = await s.lf.run(flow.id, { inputValue: "second", sessionId: session });
    expect(second.text).toBe("History:\nUser: first\nAI: History:\n\nNow: first\nNow: second");
    const v2 = await s.lf.workflows.run(flow.id, { inputValue: "third", sessionId: s.unique("memory") });
    expect(v2.text).toBe("History:\n\nNow: third");
  },
);

scenario("parity: a Loop runs its body once per item and answers the joined results", ONLY_113, async (s) => {
  const flow = await create(s, "parity-loop");
  const { v1Events, v2Events } = await runFourWays(s.lf, flow, {
    input: "alpha beta gamma",
    text: "item alpha, item beta, item gamma",
    output: "ChatOutput-par01",
  });
  expect(v1Events.filter((n) => n === "log")).toHaveLength(2);
  expect(v1Events.filter((n) => n === "end_vertex")).toHaveLength(3);
  expect(v2Events.filter((n) => n === "log")).toHaveLength(2);
});

scenario("parity: Combine Text joins the input and a constant", ONLY_113, async (s) => {
  const flow = await create(s, "parity-combine-text");
  await runFourWays(s.lf, flow, {
    input: "hello parity",
    text: "hello parity + world",
    output: "ChatOutput-par01",
  });
});

scenario("parity: Regex Extractor answers every match, one per line", ONLY_113, async (s) => {
  const flow = await create(s, "parity-regex");
  await runFourWays(s.lf, flow, {
    input: "call 555 or 1234 now",
    text: "555\n1234",
    output: "ChatOutput-par01",
  });
});

scenario("parity: a Chat Output shows JSON as a fenced block", ONLY_113, async (s) => {
  const flow = await create(s, "parity-json-output");
  await runFourWays(s.lf, flow, {
    input: "hello parity",
    text: '```json\n{\n  "text": "hello parity"\n}\n```',
    output: "ChatOutput-par01",
  });
});

scenario("parity: a Chat Output shows a table as Markdown", ONLY_113, async (s) => {
  const flow = await create(s, "parity-table-output");
  await runFourWays(s.lf, flow, {
    input: "hello parity",
    text: "| text         |\n|:-------------|\n| hello parity |",
    output: "ChatOutput-par01",
  });
});

scenario("parity: Pass forwards its message and waits for the ignored one", ONLY_113, async (s) => {
  const flow = await create(s, "parity-pass");
  await runFourWays(s.lf, flow, {
    input: "hello parity",
    text: "hello parity",
    output: "ChatOutput-par01",
    source: { id: "Pass-par01", display_name: "Pass" },
  });
});

scenario("parity: a Prompt Template with double brackets leaves single braces alone", ONLY_113, async (s) => {
  const flow = await create(s, "parity-mustache");
  await runFourWays(s.lf, flow, {
    input: "hello parity",
    text: "Hello hello parity! {not a variable}",
    output: "ChatOutput-par01",
  });
});

scenario("parity: a Webhook's payload is a Data object a Parser reads", ONLY_113, async (s) => {
  const flow = await create(s, "parity-webhook");
  await runFourWays(s.lf, flow, {
    input: "ignored",
    text: "order 7: tea",
    output: "ChatOutput-par01",
    tweaks: { "Webhook-par01": { data: '{"id": 7, "item": "tea"}' } },
  });
});

scenario(
  "parity: Text Input and Text Output take input_type text; v2 fills only chat inputs",
  ONLY_113,
  async (s) => {
    const flow = await create(s, "parity-text-io");
    const v1 = await s.lf.run(flow.id, { inputValue: "hello parity", inputType: "text", outputType: "text" });
    expect(v1.text).toBe("Text: hello parity");
    expect(v1.outputs.map((o) => o.component_id)).toEqual(["TextOutput-par01"]);
    const events = (await collect(s.lf.stream(flow.id, { inputValue: "x", inputType: "text" }))).map(
      eventName,
    );
    expect(events).toEqual(["end"]);
    const v2 = await s.lf.workflows.run(flow.id, { inputValue: "hello parity" });
    expect(v2.text).toBe("Text: ");
  },
);

scenario("parity: Split Text chunks on a separator, a Parser joins the chunks", ONLY_113, async (s) => {
  const flow = await create(s, "parity-split-parse");
  await runFourWays(s.lf, flow, {
    input: "ab,cd,efghij,k",
    text: "[ab,cd]|[efghij]|[k]",
    output: "ChatOutput-par01",
  });
});

scenario(
  "parity: a run starts at the chat input; what it does not reach is not built",
  ONLY_113,
  async (s) => {
    const flow = await create(s, "parity-create-list");
    const v1 = await s.lf.run(flow.id, { inputValue: "hello parity" });
    expect(v1.outputs).toEqual([]);
    const v2 = await s.lf.workflows.run(flow.id, { inputValue: "hello parity" });
    expect(v2.raw.output).toEqual({ reason: "non_string", text: null, source: null });
    expect(Object.keys(v2.outputs).sort()).toEqual(["ChatInput-par01", "ChatOutput-par01"]);
    const events = (await collect(s.lf.workflows.stream(flow.id, { inputValue: "x" }))).map(eventName);
    expect(events).toEqual(["vertices_sorted", "build_start", "add_message", "end_vertex", "output", "end"]);
  },
);
