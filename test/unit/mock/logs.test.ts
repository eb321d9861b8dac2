// /logs and /logs-stream with log retrieval enabled (statement 44 for the disabled case in logs-disabled.test.ts).
import { describe, expect, it } from "vitest";
import { selectLogs } from "../../../mock/handlers/logs";
import { useMock } from "./support";

const { lf, call } = useMock({ logRetrieval: true });

async function run(input: string) {
  const flow = lf.flow("echo-chat");
  await call(`/api/v1/run/${flow?.id}`, { json: { input_value: input } });
}

describe("/logs", () => {
  it("defaults to the last 10 lines as {epoch_ms: line}", async () => {
    await run("a");
    await run("b");
    const res = await call("/logs?lines_before=0&lines_after=0&timestamp=0");
    expect(res.status).toBe(200);
    const logs = await res.json();
    const keys = Object.keys(logs);
    expect(keys.length).toBe(10);
    expect(keys.every((k) => /^\d+$/.test(k))).toBe(true);
    expect(Object.values(logs).some((l) => String(l).includes("DEBUG Building"))).toBe(true);
  });

  it("lines_before / lines_after around a timestamp; invalid combinations → 400; bad int → 422", async () => {
    await run("a");
    const keys = Object.keys(await (await call("/logs?lines_before=100")).json()).map(Number);
    const mid = keys[2] as number;
    expect(
      Object.keys(await (await call(`/logs?timestamp=${mid}&lines_after=2`)).json()).map(Number),
    ).toEqual(keys.slice(2, 4));
    expect(
      Object.keys(await (await call(`/logs?timestamp=${mid}&lines_before=2`)).json()).map(Number),
    ).toEqual(keys.slice(0, 2));
    const both = await call("/logs?lines_before=1&lines_after=1");
    expect(both.status).toBe(400);
    expect(await both.json()).toEqual({ detail: "Cannot request logs before and after the timestamp" });
    const noTs = await call("/logs?lines_after=1");
    expect(await noTs.json()).toEqual({
      detail: "Timestamp is required when requesting logs after the timestamp",
    });
    expect((await call("/logs?lines_before=x")).status).toBe(422);
    expect((await call("/logs", { auth: false })).status).toBe(403);
  });

  it("non-superusers → 403 (statement 44)", async () => {
    const user = lf.state.users.addUser("alice", "pw");
    const key = lf.state.users.addApiKey(user.id, "alice key");
    const res = await call("/logs", { headers: { "x-api-key": key.api_key } });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ detail: "The user doesn't have enough privileges" });
  });

  it("selectLogs picks entries by the server's rules", () => {
    const all = [1, 2, 3, 4, 5].map((ts) => ({ ts, line: `l${ts}` }));
    expect(selectLogs(all, 2, 0, 0).map((e) => e.ts)).toEqual([4, 5]);
    expect(selectLogs(all, 0, 2, 3).map((e) => e.ts)).toEqual([3, 4]);
    expect(selectLogs(all, 0, 0, 3).map((e) => e.ts)).toEqual([1, 2]);
  });
});
