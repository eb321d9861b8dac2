// lf.monitor traces (list, get, delete one, delete a flow's) after runs produced them, against the in-process mock:
// one trace per run (its id is the run's graph_run_id on 1.13.0), one span per component, newest first.
import { describe, expect, it } from "vitest";
import { type LangflowClient, NotFoundError } from "../../../src/index";
import { useMockedClient } from "./support";

const { client, flowId } = useMockedClient();

async function twoRunsAndAnother(lf: LangflowClient) {
  await lf.run("prompt-chat", { inputValue: "first", sessionId: "s-1" });
  await lf.run("prompt-chat", { inputValue: "second", sessionId: "s-2" });
  await lf.run("echo-chat", { inputValue: "elsewhere", sessionId: "s-3" });
}

describe("lf.monitor traces", () => {
  it("lists a flow's traces newest first, with input, output, status and session", async () => {
    const lf = client();
    await twoRunsAndAnother(lf);
    const list = await lf.monitor.traces({ flowId: flowId("prompt-chat") });
    expect(list.total).toBe(2);
    expect(list.items.map((t) => t.sessionId)).toEqual(["s-2", "s-1"]);
    expect(list.items[0]).toMatchObject({
      flowId: flowId("prompt-chat"),
      status: "ok",
      input: { input_value: "second" },
      output: { message: "You asked: second" },
      name: expect.stringContaining("Prompt chat"),
    });
    expect((await lf.monitor.traces()).total).toBe(3);
    const bySession = await lf.monitor.traces({ sessionId: "s-1" });
    expect(bySession.items.map((t) => t.input)).toEqual([{ input_value: "first" }]);
    const paged = await lf.monitor.traces({ page: 2, size: 2 });
    expect(paged.items).toHaveLength(1);
    expect(paged.pages).toBe(2);
  });

  it("gets one trace with a span per component of the run", async () => {
    const lf = client();
    await twoRunsAndAnother(lf);
    const [latest] = (await lf.monitor.traces({ flowId: flowId("prompt-chat") })).items;
    const trace = await lf.monitor.trace(String(latest?.id));
    expect(trace).toMatchObject({ id: latest?.id, sessionId: "s-2", status: "ok" });
    expect(trace.spans?.map((s) => s.name)).toEqual(["Chat Input", "Prompt Template", "Chat Output"]);
    expect(trace.spans?.every((s) => s.status === "ok")).toBe(true);
  });

  it("deletes one trace (then 404 'Trace not found'), and every trace of a flow", async () => {
    const lf = client();
    await twoRunsAndAnother(lf);
    const prompt = flowId("prompt-chat");
    const [latest, older] = (await lf.monitor.traces({ flowId: prompt })).items;
    await lf.monitor.deleteTrace(String(latest?.id));
    expect((await lf.monitor.traces({ flowId: prompt })).items.map((t) => t.id)).toEqual([older?.id]);
    const gone = await lf.monitor.trace(String(latest?.id)).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(NotFoundError);
    expect(gone).toMatchObject({ detail: "Trace not found" });
    await expect(lf.monitor.deleteTrace(String(latest?.id))).rejects.toBeInstanceOf(NotFoundError);

    await lf.monitor.deleteTraces(prompt);
    expect(await lf.monitor.traces({ flowId: prompt })).toMatchObject({ items: [], total: 0 });
    // Other flows' traces stay.
    expect((await lf.monitor.traces({ flowId: flowId("echo-chat") })).total).toBe(1);
  });
});
