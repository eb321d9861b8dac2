// lf.monitor through the public client, against the in-process mock (messages come from real runs).
import { describe, expect, it } from "vitest";
import { NotFoundError, type Transaction } from "../../../src/index";
import { useMockedClient } from "./support";

const { mock, client } = useMockedClient();
const flowId = () => mock.flow("echo-chat")?.id ?? "";

describe("lf.monitor", () => {
  it("lists messages with filters and order, updates, renames and deletes sessions", async () => {
    const lf = client();
    await lf.run("echo-chat", { inputValue: "one", sessionId: "s1" });
    await lf.run("echo-chat", { inputValue: "two", sessionId: "s2" });
    const s1 = await lf.monitor.messages({ flowId: flowId(), sessionId: "s1", order: "DESC" });
    expect(s1.length).toBeGreaterThan(0);
    expect(s1.every((m) => m.session_id === "s1")).toBe(true);
    const first = s1[0];
    if (!first) throw new Error("no message");
    expect((await lf.monitor.updateMessage(String(first.id), { text: "edited" })).text).toBe("edited");
    expect((await lf.monitor.renameSession("s1", "s1b")).every((m) => m.session_id === "s1b")).toBe(true);
    await lf.monitor.deleteSession("s1b");
    expect(await lf.monitor.messages({ sessionId: "s1b" })).toEqual([]);
    const s2 = await lf.monitor.messages({ sessionId: "s2", limit: 1 });
    expect(s2.length).toBe(1);
    await lf.monitor.deleteMessages(s2.map((m) => String(m.id)));
    await expect(lf.monitor.renameSession("missing", "x")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("reads and deletes builds, pages transactions with for await, lists/gets/deletes traces", async () => {
    const lf = client();
    await lf.run("echo-chat", { inputValue: "a" });
    await lf.run("echo-chat", { inputValue: "b" });
    const builds = await lf.monitor.builds(flowId());
    expect(builds).toHaveProperty("vertex_builds");
    const page = await lf.monitor.transactions(flowId(), { size: 1 });
    expect(page.items.length).toBe(1);
    const all: Transaction[] = [];
    for await (const tx of lf.monitor.transactions(flowId(), { size: 1 })) all.push(tx);
    expect(all.length).toBe(page.total);
    const traces = await lf.monitor.traces({ flowId: flowId() });
    const t = traces.items[0];
    if (t) {
      expect((await lf.monitor.trace(t.id)).id).toBe(t.id);
      await lf.monitor.deleteTrace(t.id);
    }
    await lf.monitor.deleteTraces(flowId());
    await lf.monitor.deleteBuilds(flowId());
  });
});
