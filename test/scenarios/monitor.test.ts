// Message history per session (`lf.monitor`), after runs of the example flows.
import { expect } from "vitest";
import { type Page, pollUntilDone, type Transaction, type VertexBuilds } from "../../src/index";
import { useTarget } from "./support/scenario";

const { scenario } = useTarget();

scenario("monitor: each session keeps its own message history", async ({ lf, createFlow, unique, defer }) => {
  const flow = await createFlow("echo-chat");
  const a = unique("session-a");
  const b = unique("session-b");
  defer(() => lf.monitor.deleteSession(a));
  defer(() => lf.monitor.deleteSession(b));
  await lf.run(flow.id, { inputValue: "a1", sessionId: a });
  await lf.run(flow.id, { inputValue: "a2", sessionId: a });
  await lf.workflows.run(flow.id, { inputValue: "b1", sessionId: b });
  const historyA = await lf.monitor.messages({ flowId: flow.id, sessionId: a, order: "ASC" });
  expect(historyA.map((m) => [m.sender, m.text])).toEqual([
    ["User", "a1"],
    ["Machine", "a1"],
    ["User", "a2"],
    ["Machine", "a2"],
  ]);
  const historyB = await lf.monitor.messages({ flowId: flow.id, sessionId: b });
  expect(historyB.map((m) => m.text)).toEqual(["b1", "b1"]);
  expect(historyB.every((m) => m.session_id === b)).toBe(true);
});

scenario("monitor: rename a session, then delete it", async ({ lf, createFlow, unique, defer }) => {
  const flow = await createFlow("prompt-chat");
  const before = unique("before");
  const after = unique("after");
  defer(() => lf.monitor.deleteSession(before));
  defer(() => lf.monitor.deleteSession(after));
  await lf.run(flow.id, { inputValue: "remember me", sessionId: before });
  const moved = await lf.monitor.renameSession(before, after);
  expect(moved.map((m) => m.session_id)).toEqual([after, after]);
  expect(await lf.monitor.messages({ flowId: flow.id, sessionId: before })).toEqual([]);
  await lf.monitor.deleteSession(after);
  expect(await lf.monitor.messages({ flowId: flow.id, sessionId: after })).toEqual([]);
});

scenario(
  "monitor: a streamed run leaves vertex builds and transactions",
  async ({ lf, createFlow, components }) => {
    const flow = await createFlow("echo-chat");
    await (await lf.stream(flow.id, { inputValue: "observe me" })).finalText();
    const vertices = [components["echo-chat"].input, components["echo-chat"].output].sort();
    // 1.13.0 writes vertex builds and transactions in the background (about 0.3 s after the run answered):
    // poll until the run's two vertices show up.
    const builds = await pollUntilDone<number, VertexBuilds>(
      async () => {
        const b = await lf.monitor.builds(flow.id);
        const n = Object.keys(b.vertex_builds).length;
        return n >= 2 ? { done: true, snapshot: n, value: b } : { done: false, snapshot: n };
      },
      { interval: 100, timeout: 20_000 },
    );
    expect(Object.keys(builds.vertex_builds).sort()).toEqual(vertices);
    const page = await pollUntilDone<number, Page<Transaction>>(
      async () => {
        const p = await lf.monitor.transactions(flow.id, { size: 10 });
        return p.total >= 2
          ? { done: true, snapshot: p.total, value: p }
          : { done: false, snapshot: p.total };
      },
      { interval: 100, timeout: 20_000 },
    );
    expect(page.items.every((t) => t.status === "success")).toBe(true);
    expect(page.items.map((t) => t.vertex_id).sort()).toEqual(vertices);
  },
);
