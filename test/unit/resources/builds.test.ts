// lf.builds through the public client, against the in-process mock.
import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../../src/index";
import { parsePolledEvents } from "../../../src/streaming/decoders";
import { useMockedClient } from "./support";

const { mock, client, flowId } = useMockedClient();
type Graph = { nodes: Record<string, unknown>[]; edges: Record<string, unknown>[] };
const graphOf = (name: string) => (mock.flow(name)?.data ?? { nodes: [], edges: [] }) as Graph;

describe("lf.builds", () => {
  it("starts a build and streams its events to the end", async () => {
    const lf = client();
    const { jobId } = await lf.builds.start(flowId("echo-chat"), { inputValue: "built" });
    const stream = lf.builds.events(jobId);
    const names: string[] = [];
    for await (const e of stream) names.push(e.event);
    expect(names[0]).toBe("vertices_sorted");
    expect(names).toContain("end_vertex");
    expect(names.at(-1)).toBe("end");
  });

  it("finalText of a build stream", async () => {
    const lf = client();
    const { jobId } = await lf.builds.start(flowId("echo-chat"), {
      inputs: { input_value: "txt", session: "s" },
    });
    expect(await lf.builds.events(jobId).finalText()).toBe("txt");
  });

  it("delivers by polling until end", async () => {
    const lf = client();
    const { jobId } = await lf.builds.start(flowId("prompt-chat"), { inputValue: "poll" });
    const names: string[] = [];
    for await (const e of lf.builds.pollEvents(jobId, { interval: 5 })) names.push(e.event);
    expect(names.at(-1)).toBe("end");
    expect(names).toContain("add_message");
  });

  it("stops at stopComponentId and builds inline data", async () => {
    const lf = client();
    const flow = mock.flow("prompt-chat");
    const chatInput = String(
      graphOf("prompt-chat").nodes.find((n) => String(n.id).startsWith("ChatInput"))?.id,
    );
    const { jobId } = await lf.builds.start(flow?.id ?? "", { inputValue: "x", stopComponentId: chatInput });
    const ended: string[] = [];
    for await (const e of lf.builds.events(jobId))
      if (e.event === "end_vertex")
        ended.push(String((e.data as { build_data?: { id?: string } }).build_data?.id));
    expect(ended).toEqual([chatInput]);
    const echo = graphOf("echo-chat");
    const inline = await lf.builds.start(flow?.id ?? "", {
      inputValue: "inline",
      data: { nodes: echo.nodes, edges: echo.edges },
    });
    expect(await lf.builds.events(inline.jobId).finalText()).toBe("inline");
  });

  it("cancels a build", async () => {
    const lf = client();
    const { jobId } = await lf.builds.start(flowId("model-chat"), { inputValue: "c" });
    const result = await lf.builds.cancel(jobId);
    expect(result.success).toBe(true);
  });

  it("404 for an unknown flow or job", async () => {
    const lf = client();
    await expect(lf.builds.start(crypto.randomUUID())).rejects.toBeInstanceOf(NotFoundError);
    await expect(lf.builds.cancel("no-such-job")).rejects.toBeInstanceOf(NotFoundError);
    await expect(lf.builds.events("no-such-job").finalText()).rejects.toBeInstanceOf(NotFoundError);
  });

  it("parses polled bodies with extra blank lines (1.13.0)", () => {
    const body = '{"event": "end_vertex", "data": {}}\n\n\n{"event": "end", "data": {}}\n\n';
    expect(parsePolledEvents(body).map((e) => e.event)).toEqual(["end_vertex", "end"]);
    expect(parsePolledEvents("")).toEqual([]);
  });

  it("refuses empty ids", () => {
    expect(() => client().builds.start("")).toThrow(/Invalid id ""/);
    expect(() => client().builds.cancel("")).toThrow(/Invalid id ""/);
  });
});
