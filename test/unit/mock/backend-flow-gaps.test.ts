// Gaps found by running Langflow's own backend test flows through the mock and the real 1.13.0
// (scripts/measure-flows.ts; docs/server-quirks.md, "Flow runs"). Each is checked here on a small flow of our own,
// through the public SDK, as a user runs it.
import { getResponse } from "msw";
import { describe, expect, it } from "vitest";
import { chainFlow, createLangflowMock } from "../../../mock";
import { BadRequestError, InternalServerError, LangflowClient } from "../../../src/index";

type Flow = ReturnType<typeof chainFlow> & { id: string };
type FlowData = { nodes: unknown[]; edges: unknown[] };
const dataOf = (flow: { data?: unknown }) => flow.data as FlowData;

function clientFor(flows: Flow[]) {
  const mock = createLangflowMock({ exampleFlows: false, flows });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) =>
    (await getResponse(mock.handlers, new Request(input, init))) ??
    new Response("Not Found", { status: 404 });
  return new LangflowClient({ baseUrl: "http://gaps.test", apiKey: mock.apiKey, maxRetries: 0, fetch });
}

async function names(stream: AsyncIterable<{ event?: string; type?: string }>): Promise<string[]> {
  const out: string[] = [];
  for await (const e of stream) out.push(String(e.event ?? e.type));
  return out;
}

describe("a flow saved before 1.0 (edges without data)", () => {
  // Handles as "Type|id|base classes" strings and no `data`: Graph._add_edge's KeyError on 1.13.0.
  const flow: Flow = {
    ...chainFlow("legacy edges", ["ChatInput", "ChatOutput"]),
    id: "6f0c1a52-0b7e-4b57-9d53-3c1f4b2a0001",
  };
  dataOf(flow).edges = [
    {
      id: "reactflow__edge-legacy",
      source: "ChatInput-000",
      target: "ChatOutput-001",
      sourceHandle: "ChatInput|ChatInput-000|str",
      targetHandle: "str|message|ChatOutput-001",
    },
  ] as never;
  const lf = clientFor([flow]);

  it("fails on v1 with the server's 500 and on v2 with its 400", async () => {
    const v1 = await lf.run(flow.id, { inputValue: "hi" }).catch((e: unknown) => e);
    expect(v1).toBeInstanceOf(InternalServerError);
    expect((v1 as Error).message).toContain("Error while creating graph from payload: 'data'");
    const v2 = await lf.workflows.run(flow.id, { inputValue: "hi" }).catch((e: unknown) => e);
    expect(v2).toBeInstanceOf(BadRequestError);
    expect((v2 as Error).message).toContain(
      "Workflow validation error: Failed to build graph from flow data: Error while creating graph from payload: 'data'",
    );
  });
});

describe("a message that is not stored", () => {
  const flow: Flow = {
    ...chainFlow("quiet output", [
      "ChatInput",
      { type: "ChatOutput", params: { should_store_message: false } },
    ]),
    id: "6f0c1a52-0b7e-4b57-9d53-3c1f4b2a0002",
  };
  const lf = clientFor([flow]);

  it("sends no add_message event (1.13.0 calls send_message only to store)", async () => {
    // The chat input's message is stored and sent; the chat output's is neither.
    expect(await names(lf.stream(flow.id, { inputValue: "hi" }))).toEqual(["add_message", "end"]);
    const result = await lf.run(flow.id, { inputValue: "hi" });
    expect(result.text).toBe("hi");
  });
});

describe("a flow with a webhook and a chat input", () => {
  const chat = chainFlow("chat part", ["ChatInput", "ChatOutput"]);
  const hook = JSON.parse(
    JSON.stringify(chainFlow("hook part", [{ type: "Webhook", params: { data: '{"a": 1}' } }, "TextOutput"]))
      .replaceAll("-000", "-100")
      .replaceAll("-001", "-101"),
  );
  const flow: Flow = {
    ...chat,
    name: "webhook and chat",
    id: "6f0c1a52-0b7e-4b57-9d53-3c1f4b2a0003",
    data: {
      nodes: [...dataOf(hook).nodes, ...dataOf(chat).nodes],
      edges: [...dataOf(hook).edges, ...dataOf(chat).edges],
    },
  };
  const lf = clientFor([flow]);

  it("v2 stream and background start at the chat input (the build path), not at the webhook", async () => {
    const events = await names(lf.workflows.stream(flow.id, { inputValue: "hi" }));
    // ChatInput and ChatOutput, each built and stored; the webhook branch is not built.
    expect(events.filter((e) => e === "end_vertex")).toHaveLength(2);
    expect(events.filter((e) => e === "add_message")).toHaveLength(2);
    const done = await (await lf.workflows.submit(flow.id, { inputValue: "hi" })).wait({ interval: 5 });
    expect(done.status).toBe("completed");
    expect(done.outputs["ChatOutput-001"]?.content).toBe("hi");
    expect(done.text).toBe("hi");
  });

  it("v1 run still starts at the webhook, as run_graph_internal does: the chat branch does not run", async () => {
    expect((await lf.run(flow.id, { inputValue: "hi" })).outputs).toEqual([]);
    expect(await names(lf.stream(flow.id, { inputValue: "hi" }))).toEqual(["end"]);
  });
});

describe("a Message History saved before 1.13 (the sender type in `sender`)", () => {
  const flow: Flow = {
    ...chainFlow("old memory", [
      {
        type: "Memory",
        params: { mode: "Retrieve", sender: "Machine and User", template: "{sender}: {text}" },
      },
      "ChatOutput",
    ]),
    id: "6f0c1a52-0b7e-4b57-9d53-3c1f4b2a0004",
  };
  // The Memory's text output (chainFlow names every output "output").
  (dataOf(flow).edges[0] as { data: { sourceHandle: { name: string } } }).data.sourceHandle.name =
    "messages_text";
  const lf = clientFor([flow]);

  it('reads "Machine and User" as no filter: the history of both senders', async () => {
    await lf.run(flow.id, { inputValue: "first", sessionId: "s1" });
    const second = await lf.run(flow.id, { inputValue: "second", sessionId: "s1" });
    expect(second.text).toContain("Machine: ");
  });
});
