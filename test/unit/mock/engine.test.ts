// The flow engine on its own (through the mock's host, mock/run-flow.ts): order, events, notes and groups, loops and
// routers, tweaks, unknown components, and the engine writing nothing itself.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { chainFlow, createLangflowMock } from "../../../mock";
import { pythonJson } from "../../../mock/engine/events";
import { executeFlow } from "../../../mock/engine/run";
import { ScriptBook } from "../../../mock/engine/script/book";
import type { EngineRunRequest } from "../../../mock/engine/types";
import { textOf } from "../../../mock/engine/values";
import { engineDeps, runFlow, TweaksRefusedError } from "../../../mock/run-flow";

const PARITY = resolve(import.meta.dirname, "../../fixtures/parity-flows");
const parityFlow = (name: string) => JSON.parse(readFileSync(resolve(PARITY, `${name}.json`), "utf8"));

function setup(options: Parameters<typeof createLangflowMock>[0] = {}) {
  const mock = createLangflowMock(options);
  const ctx = { options: mock.options, state: mock.state, script: mock.script, warnings: [] };
  const run = async (name: string, req: Partial<EngineRunRequest> = {}) => {
    const flow = mock.flow(name);
    if (!flow) throw new Error(name);
    const events: { event: string; data: Record<string, unknown> }[] = [];
    const o = await runFlow(ctx, {
      flow,
      inputValue: "hi",
      source: "run",
      emit: (e) => events.push(e),
      ...req,
    });
    const text = (id: string) => {
      const values = o.vertices.find((v) => v.id === id)?.values;
      return values ? textOf(Object.values(values)[0]) : undefined;
    };
    return { o, events, names: events.map((e) => e.event), text };
  };
  return { mock, ctx, run };
}

describe("order and events", () => {
  it("emits vertices_sorted, build_start, then each vertex's messages and end_vertex", async () => {
    const { run } = setup();
    const { o, names } = await run("prompt-chat");
    expect(o.status).toBe("success");
    expect(names).toEqual([
      "vertices_sorted",
      "build_start",
      "add_message",
      "end_vertex",
      "end_vertex",
      "add_message",
      "end_vertex",
    ]);
  });

  it("a run starts at the chat input: components no path from it reaches are not built (as 1.13.0)", async () => {
    const { mock, run } = setup();
    mock.addFlow({ ...parityFlow("parity-create-list"), endpoint_name: "cl" });
    const { o } = await run("cl");
    expect(o.vertices.map((v) => v.id)).toEqual(["ChatInput-par01"]);
  });

  it("the engine writes nothing itself: messages go through its host, the run log is the caller's", async () => {
    const { mock } = setup();
    const stored: unknown[] = [];
    const deps = { ...engineDeps({ ...mockCtx(mock) }), storeMessage: (m: unknown) => stored.push(m) };
    const flow = mock.flow("echo-chat");
    if (!flow) throw new Error("echo-chat");
    const o = await executeFlow(deps, { flow, inputValue: "quiet" });
    expect(o.status).toBe("success");
    expect(stored).toHaveLength(2);
    expect(mock.state.runs.list()).toHaveLength(0);
    expect(mock.state.messages.list()).toHaveLength(0);
  });

  it("the host records every run with its vertices", async () => {
    const { mock, run } = setup();
    await run("echo-chat");
    const [record] = mock.state.runs.list();
    expect(record).toMatchObject({ status: "success", source: "run", output_text: "hi" });
    expect(record?.vertices.map((v) => v.id)).toEqual(["ChatInput-echo1", "ChatOutput-echo1"]);
  });
});

function mockCtx(mock: ReturnType<typeof createLangflowMock>) {
  return { options: mock.options, state: mock.state, script: mock.script, warnings: [] };
}

describe("what Langflow leaves out or opens up", () => {
  it("sticky notes are skipped and nodes inside a group run as if ungrouped", async () => {
    const { mock, run } = setup();
    const echo = structuredClone(mock.flow("echo-chat")?.data) as {
      nodes: Record<string, unknown>[];
      edges: unknown[];
    };
    echo.nodes.push({
      id: "note-1",
      type: "noteNode",
      data: { id: "note-1", type: "note", node: { description: "hi" } },
    });
    const [input, output] = echo.nodes as [Record<string, unknown>, Record<string, unknown>];
    const group = {
      id: "Group-1",
      type: "genericNode",
      data: {
        id: "Group-1",
        type: "GroupNode",
        node: {
          display_name: "Group",
          template: {},
          outputs: [],
          flow: { data: { nodes: [input, output], edges: echo.edges } },
        },
      },
    };
    mock.addFlow({
      name: "noted",
      endpoint_name: "noted",
      data: { nodes: [echo.nodes[2], group], edges: [] },
    });
    const { o, text } = await run("noted", { inputValue: "inside" });
    expect(o.status).toBe("success");
    expect(o.vertices.map((v) => v.id)).toEqual(["ChatInput-echo1", "ChatOutput-echo1"]);
    expect(text("ChatOutput-echo1")).toBe("inside");
  });

  it("a loop runs its body once per item and answers the table of results on done", async () => {
    const { mock, run } = setup();
    mock.addFlow({ ...parityFlow("parity-loop"), endpoint_name: "loop" });
    const { o, names, events, text } = await run("loop", { inputValue: "a b c" });
    expect(o.status).toBe("success");
    expect(text("ChatOutput-par01")).toBe("item a, item b, item c");
    expect(names.filter((n) => n === "log")).toHaveLength(2);
    const bodyBuilds = events.filter(
      (e) => e.event === "build_start" && e.data.id === "ParserComponent-body1",
    );
    expect(bodyBuilds).toHaveLength(3);
    expect(o.vertices.map((v) => v.id)).not.toContain("ParserComponent-body1");
  });

  it("an If-Else builds only the branch taken", async () => {
    const { mock, run } = setup();
    mock.addFlow({ ...parityFlow("parity-if-else"), endpoint_name: "ifelse" });
    const yes = await run("ifelse", { inputValue: "YES sir" });
    expect(yes.o.vertices.map((v) => v.id)).toContain("ChatOutput-yes01");
    expect(yes.o.vertices.map((v) => v.id)).not.toContain("ChatOutput-no001");
    const no = await run("ifelse", { inputValue: "nope" });
    expect(no.text("ChatOutput-no001")).toBe("nope");
    expect(no.o.vertices.map((v) => v.id)).not.toContain("ChatOutput-yes01");
  });
});

describe("tweaks", () => {
  it("a tweak that is not an object applies to every node that has the field", async () => {
    const { run } = setup();
    const { o } = await run("echo-chat", { tweaks: { sender_name: "Global Bot" } });
    expect(o.vertices.at(-1)?.sent[0]?.sender_name).toBe("Global Bot");
    expect(o.vertices[0]?.sent[0]?.sender_name).toBe("Global Bot");
  });

  it("the request's session id wins over a component's session_id tweak", async () => {
    const { run } = setup();
    const { o } = await run("echo-chat", {
      sessionId: "opt-sess",
      tweaks: { "ChatOutput-echo1": { session_id: "tweak-sess" } },
    });
    expect(o.vertices.at(-1)?.sent[0]?.session_id).toBe("opt-sess");
  });

  it("a protected field (code, code-execution, SQL query) is refused before anything runs", async () => {
    const { mock, run } = setup();
    const error = await run("echo-chat", { tweaks: { "ChatOutput-echo1": { code: "print(1)" } } }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(TweaksRefusedError);
    expect(error.fields).toEqual(["code"]);
    expect(error.message).toBe(
      "Refused tweak keys ['code']: The field is protected and keeps the value set by the flow author.",
    );
    expect(mock.state.messages.list()).toHaveLength(0);
  });

  it("a key the template does not declare is skipped", async () => {
    const { run } = setup();
    const { o, text } = await run("prompt-chat", { tweaks: { "Prompt-prmt1": { no_such_field: "x" } } });
    expect(o.status).toBe("success");
    expect(text("ChatOutput-prmt1")).toBe("You asked: hi");
  });
});

describe("unknown components", () => {
  const customFlow = () =>
    chainFlow("Custom", ["ChatInput", { type: "MyCustomComponent" }, "ChatOutput"], {
      endpoint_name: "custom",
    });

  it("pass their first input's text through, with a warning a test can read", async () => {
    const { mock, run } = setup();
    mock.addFlow(customFlow());
    const { o, text } = await run("custom", { inputValue: "through" });
    expect(o.status).toBe("success");
    expect(text("ChatOutput-002")).toBe("through");
    expect(o.warnings).toEqual([
      expect.objectContaining({
        componentType: "MyCustomComponent",
        message: expect.stringContaining("passed"),
      }),
    ]);
  });

  it("fail under strict with the component, its type and how to script it", async () => {
    const { mock, run } = setup({ strict: true });
    mock.addFlow(customFlow());
    const { o } = await run("custom");
    expect(o.status).toBe("error");
    expect(o.error?.message).toContain('Component "MyCustomComponent" (MyCustomComponent-001)');
    expect(o.error?.message).toMatch(/type "MyCustomComponent".*createLangflowMock\(\{ script/s);
  });

  it("answer a script rule that names them, strict or not", async () => {
    const { mock, run } = setup({
      strict: true,
      script: [{ component: "MyCustomComponent", text: "scripted" }],
    });
    mock.addFlow(customFlow());
    const { text } = await run("custom");
    expect(text("ChatOutput-002")).toBe("scripted");
  });
});

describe("engine helpers", () => {
  it("pythonJson prints Python json.dumps spacing and escapes non-ASCII like ensure_ascii", () => {
    expect(pythonJson({ a: [1, "é"], b: { c: null }, d: "🌟" })).toBe(
      '{"a": [1, "\\u00e9"], "b": {"c": null}, "d": "\\ud83c\\udf1f"}',
    );
  });

  it("a script book refuses a rule without an answer and unknown fields", () => {
    expect(() => new ScriptBook([{ component: "Agent" }])).toThrow(/needs an answer/);
    expect(() => new ScriptBook([{ component: "Agent", text: "x", answer: "y" } as never])).toThrow(
      /Unknown script rule field "answer"/,
    );
  });
});
