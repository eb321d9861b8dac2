// Monitor messages/sessions/builds/transactions: everything here comes from runs the engine did.
import { describe, expect, it } from "vitest";
import { useMock } from "./support";

const { lf, call } = useMock();

function echoId(): string {
  const flow = lf.flow("echo-chat");
  if (!flow) throw new Error("echo-chat missing");
  return flow.id;
}

async function run(input: string, session: string) {
  const res = await call(`/api/v1/run/${echoId()}`, { json: { input_value: input, session_id: session } });
  expect(res.status).toBe(200);
}

async function messages(query = "") {
  const res = await call(`/api/v1/monitor/messages${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as {
    id: string;
    text: string;
    sender: string;
    session_id: string;
    files: unknown;
  }[];
}

describe("monitor messages", () => {
  it("lists the messages runs stored, oldest first, with filters and DESC order", async () => {
    await run("hello", "s1");
    await run("second", "s2");
    const all = await messages();
    expect(all.map((m) => [m.sender, m.text, m.session_id])).toEqual([
      ["User", "hello", "s1"],
      ["Machine", "hello", "s1"],
      ["User", "second", "s2"],
      ["Machine", "second", "s2"],
    ]);
    expect(all[0]).toMatchObject({
      flow_id: echoId(),
      sender_name: "User",
      edit: false,
      category: "message",
    });
    const machine = await messages(
      `?flow_id=${echoId()}&session_id=s1&sender=Machine&sender_name=AI&order_by=timestamp`,
    );
    expect(machine.map((m) => m.text)).toEqual(["hello"]);
    const desc = await messages("?session_id=s1&order=DESC");
    expect(desc.map((m) => m.sender)).toEqual(["Machine", "User"]);
    expect((await messages("?limit=1&offset=1")).map((m) => m.text)).toEqual(["hello"]);
  });

  it("bad order/order_by → 400; bad limit or flow_id → 422", async () => {
    const order = await call("/api/v1/monitor/messages?order=BAD");
    expect(order.status).toBe(400);
    expect(await order.json()).toEqual({ detail: "Invalid order direction: BAD" });
    expect(await (await call("/api/v1/monitor/messages?order_by=nope")).json()).toEqual({
      detail: "Invalid order_by field: nope",
    });
    expect((await call("/api/v1/monitor/messages?limit=x")).status).toBe(422);
    expect((await call("/api/v1/monitor/messages?flow_id=abc")).status).toBe(422);
  });

  it("PUT updates a message (edit becomes true); unknown → 404; wrong types → 422", async () => {
    await run("hi", "s1");
    const [first] = await messages();
    const res = await call(`/api/v1/monitor/messages/${first?.id}`, {
      method: "PUT",
      json: { text: "testing 1234" },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: first?.id, text: "testing 1234", edit: true, files: [] });
    expect((await messages())[0]?.text).toBe("testing 1234");
    const missing = await call(`/api/v1/monitor/messages/${crypto.randomUUID()}`, {
      method: "PUT",
      json: { text: "x" },
    });
    expect(await missing.json()).toEqual({ detail: "Message not found" });
    const bad = await call(`/api/v1/monitor/messages/${first?.id}`, { method: "PUT", json: { text: 5 } });
    expect(bad.status).toBe(422);
    expect((await messages())[0]?.text).toBe("testing 1234");
  });

  it("DELETE by ids → 204", async () => {
    await run("a", "s1");
    const [first, second] = await messages();
    const res = await call("/api/v1/monitor/messages", { method: "DELETE", json: [first?.id] });
    expect(res.status).toBe(204);
    expect((await messages()).map((m) => m.id)).toEqual([second?.id]);
    expect((await call("/api/v1/monitor/messages", { method: "DELETE", json: ["x"] })).status).toBe(422);
  });

  it("sessions: list (newest first), rename, delete one, delete many", async () => {
    await run("a", "s1");
    await run("b", "s2");
    expect(await (await call(`/api/v1/monitor/messages/sessions?flow_id=${echoId()}`)).json()).toEqual([
      "s2",
      "s1",
    ]);
    const renamed = await call("/api/v1/monitor/messages/session/s1?new_session_id=renamed", {
      method: "PATCH",
    });
    expect((await renamed.json()).map((m: { session_id: string }) => m.session_id)).toEqual([
      "renamed",
      "renamed",
    ]);
    const none = await call("/api/v1/monitor/messages/session/nope?new_session_id=x", { method: "PATCH" });
    expect(none.status).toBe(404);
    expect(await none.json()).toEqual({ detail: "No messages found with the given session ID" });
    expect((await call("/api/v1/monitor/messages/session/renamed", { method: "DELETE" })).status).toBe(204);
    expect((await call("/api/v1/monitor/messages/session/never", { method: "DELETE" })).status).toBe(204);
    const many = await call("/api/v1/monitor/messages/sessions", { method: "DELETE", json: ["s2", "zz"] });
    expect(await many.json()).toEqual({
      message: "Messages deleted successfully for 1 session",
      deleted_count: 1,
    });
    expect(await messages()).toEqual([]);
  });
});

describe("monitor builds and transactions", () => {
  it("GET builds → {vertex_builds: {vertexId: [build]}}; DELETE → 204 and empty", async () => {
    await run("hello", "s1");
    const res = await call(`/api/v1/monitor/builds?flow_id=${echoId()}`);
    const { vertex_builds } = await res.json();
    const ids = Object.keys(vertex_builds);
    expect(ids.length).toBeGreaterThan(0);
    const build = vertex_builds[ids[0] as string][0];
    expect(build).toMatchObject({ id: ids[0], valid: true, flow_id: echoId(), data: expect.any(Object) });
    const del = await call(`/api/v1/monitor/builds?flow_id=${echoId()}`, { method: "DELETE" });
    expect(del.status).toBe(204);
    expect(await (await call(`/api/v1/monitor/builds?flow_id=${echoId()}`)).json()).toEqual({
      vertex_builds: {},
    });
    const noFlow = await call("/api/v1/monitor/builds");
    expect(await noFlow.json()).toEqual({
      detail: [{ type: "missing", loc: ["query", "flow_id"], msg: "Field required" }],
    });
  });

  it("transactions are paged {items,total,page,size,pages}, newest first", async () => {
    await run("one", "s1");
    await run("two", "s1");
    const res = await call(`/api/v1/monitor/transactions?flow_id=${echoId()}&page=1&size=1`);
    const body = await res.json();
    const perRun = lf.state.runs.list()[0]?.vertices.length ?? 0;
    expect(body).toMatchObject({ total: perRun * 2, page: 1, size: 1, pages: perRun * 2 });
    expect(body.items[0]).toMatchObject({
      vertex_id: expect.any(String),
      status: "success",
      target_id: null,
    });
    expect(JSON.stringify(body.items[0].outputs)).toContain("two");
    const empty = await call(`/api/v1/monitor/transactions?flow_id=${crypto.randomUUID()}`);
    expect(await empty.json()).toEqual({ items: [], total: 0, page: 1, size: 50, pages: 0 });
  });
});
