// /api/v1/flows/ beyond the seed examples: errors, headers, delete many, single-flow download, ownership.
import { describe, expect, it } from "vitest";
import { useMock } from "./support";

const { lf, call } = useMock();

describe("flows", () => {
  it("unknown id → 404 'Flow not found'; non-UUID → 422 uuid_parsing", async () => {
    const res = await call(`/api/v1/flows/${crypto.randomUUID()}`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ detail: "Flow not found" });
    const bad = await call("/api/v1/flows/not-a-uuid");
    expect(bad.status).toBe(422);
    expect((await bad.json()).detail[0]).toMatchObject({ type: "uuid_parsing", loc: ["path", "flow_id"] });
  });

  it("create validates: name required, endpoint name characters", async () => {
    expect((await (await call("/api/v1/flows/", { json: { description: "x" } })).json()).detail[0]).toEqual({
      type: "missing",
      loc: ["body", "name"],
      msg: "Field required",
    });
    const bad = await (
      await call("/api/v1/flows/", { json: { name: "n", endpoint_name: "bad name!" } })
    ).json();
    expect(bad.detail[0].msg).toBe(
      "Value error, Endpoint name must contain only letters, numbers, hyphens, and underscores",
    );
  });

  it("header_flows=true → summaries with data null", async () => {
    const list = await (await call("/api/v1/flows/?header_flows=true")).json();
    expect(list).toHaveLength(4);
    expect(list[0]).toMatchObject({ name: "Echo chat", endpoint_name: "echo-chat", data: null });
    expect(list[0]).not.toHaveProperty("user_id");
  });

  it("DELETE /flows/ with ids → {deleted: n}; the flows are gone", async () => {
    const ids = [lf.flow("echo-chat")?.id, lf.flow("two-outputs")?.id, crypto.randomUUID()];
    const res = await call("/api/v1/flows/", { method: "DELETE", json: ids });
    expect(await res.json()).toEqual({ deleted: 2 });
    expect(lf.flow("echo-chat")).toBeUndefined();
  });

  it("download of one flow → its JSON file", async () => {
    const res = await call("/api/v1/flows/download/", { json: [lf.flow("echo-chat")?.id] });
    expect(res.headers.get("content-disposition")).toContain('filename="Echo chat.json"');
    expect((await res.json()).endpoint_name).toBe("echo-chat");
  });

  it("other users' flows are invisible (404), and endpoint lookup is per user", async () => {
    const other = lf.state.users.addUser("other", "pw");
    const key = lf.state.users.addApiKey(other.id, "k").api_key;
    const flowId = lf.flow("echo-chat")?.id;
    expect((await call(`/api/v1/flows/${flowId}`, { headers: { "x-api-key": key } })).status).toBe(404);
    expect((await call("/api/v1/run/echo-chat", { headers: { "x-api-key": key }, json: {} })).status).toBe(
      404,
    );
    expect(await (await call("/api/v1/flows/", { headers: { "x-api-key": key } })).json()).toEqual([]);
  });
});
