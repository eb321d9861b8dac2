// The flow engine on its own: ordering, parameters, events, failures.
import { describe, expect, it } from "vitest";
import { chainFlow, createLangflowMock } from "../../../mock";
import { pythonJson } from "../../../mock/engine/events";
import { buildGraph, GraphError, terminalIds } from "../../../mock/engine/graph";
import { type RunRequest, runFlow } from "../../../mock/engine/run";

function setup() {
  const mock = createLangflowMock();
  const ctx = { options: mock.options, state: mock.state };
  const run = (name: string, req: Partial<RunRequest> = {}) => {
    const flow = mock.flow(name);
    if (!flow) throw new Error(name);
    const events: string[] = [];
    return runFlow(ctx, {
      flow,
      inputValue: "hi",
      source: "run",
      emit: (e) => events.push(e.event),
      ...req,
    }).then((o) => ({ o, events }));
  };
  return { mock, run };
}

describe("graph", () => {
  it("sorts the example flows topologically and finds terminals", () => {
    const { mock } = setup();
    const graph = buildGraph(mock.flow("two-outputs")?.data);
    expect(graph.order[0]).toBe("ChatInput-two01");
    expect(graph.order.indexOf("Prompt-two01")).toBeLessThan(graph.order.indexOf("TextOutput-two01"));
    expect(terminalIds(graph).sort()).toEqual(["ChatOutput-two01", "TextOutput-two01"]);
  });

  it("rejects data without nodes and cycles", () => {
    expect(() => buildGraph(null)).toThrow(GraphError);
    const cyclic = chainFlow("c", ["TextInput", "TextOutput"]).data as {
      nodes: { id: string }[];
      edges: unknown[];
    };
    const [a, b] = cyclic.nodes;
    cyclic.edges.push({
      source: b?.id,
      target: a?.id,
      data: { targetHandle: { fieldName: "input_value" }, sourceHandle: { name: "text" } },
    });
    expect(() => buildGraph(cyclic)).toThrow(/cycle/);
  });
});

describe("runFlow", () => {
  it("emits vertices_sorted, build_start, then per-vertex events", async () => {
    const { run } = setup();
    const { o, events } = await run("prompt-chat");
    expect(o.status).toBe("success");
    expect(events).toEqual([
      "vertices_sorted",
      "build_start",
      "add_message",
      "end_vertex",
      "end_vertex",
      "add_message",
      "end_vertex",
    ]);
  });

  it("tweaks by display name or id; the prompt fills variables from edges", async () => {
    const { run } = setup();
    const byName = await run("prompt-chat", { tweaks: { "Prompt Template": { template: "N: {question}" } } });
    expect(byName.o.vertices.at(-1)?.result?.outputs.message?.text).toBe("N: hi");
  });

  it("the model stand-in answers deterministically; its template is a parameter", async () => {
    const { run } = setup();
    const a = await run("model-chat", { inputValue: "ping" });
    const b = await run("model-chat", {
      inputValue: "ping",
      tweaks: { "MockModel-model1": { template: "pong to {input}" } },
    });
    expect(a.o.vertices.at(-1)?.result?.outputs.message?.text).toBe("You said: ping");
    expect(b.o.vertices.at(-1)?.result?.outputs.message?.text).toBe("pong to ping");
    expect(a.events.filter((e) => e === "token")).toHaveLength(3);
  });

  it("an unsupported component fails the run with a clear message", async () => {
    const { mock, run } = setup();
    mock.addFlow(
      chainFlow("Unknown", ["ChatInput", { type: "OpenAIModel" }, "ChatOutput"], {
        endpoint_name: "unknown-comp",
      }),
    );
    const { o } = await run("unknown-comp");
    expect(o.status).toBe("error");
    expect(o.error?.message).toContain("Component type 'OpenAIModel' is not supported by the mock engine.");
  });

  it("chainFlow feeds a Prompt Template's default variable (text) from the previous step", async () => {
    const { mock, run } = setup();
    mock.addFlow(
      chainFlow("Prompted", ["ChatInput", { type: "Prompt Template", template: "Q: {text}" }, "ChatOutput"], {
        endpoint_name: "prompted-chain",
      }),
    );
    const { o } = await run("prompted-chain", { inputValue: "why?" });
    expect(o.status).toBe("success");
    expect(o.vertices.at(-1)?.result?.outputs.message?.text).toBe("Q: why?");
  });

  it("records every run with its vertices", async () => {
    const { mock, run } = setup();
    await run("echo-chat");
    const [record] = mock.state.runs.list();
    expect(record).toMatchObject({ status: "success", source: "run", output_text: "hi" });
    expect(record?.vertices.map((v) => v.id)).toEqual(["ChatInput-echo1", "ChatOutput-echo1"]);
  });
});

describe("pythonJson", () => {
  it("prints Python json.dumps spacing and escapes non-ASCII like ensure_ascii", () => {
    expect(pythonJson({ a: [1, "é"], b: { c: null }, d: "🌟" })).toBe(
      '{"a": [1, "\\u00e9"], "b": {"c": null}, "d": "\\ud83c\\udf1f"}',
    );
  });
});
