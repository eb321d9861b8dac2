// Review attack M11: negative or absurd page sizes and offsets are a 422 with pydantic's words, as on 1.13.0 (each
// expected body below is the pinned server's answer to the same query, taken with curl).
import { describe, expect, it } from "vitest";
import { useMock } from "./support";

const { lf, call } = useMock();

const ge = (name: string, bound: number) => ({
  type: "greater_than_equal",
  loc: ["query", name],
  msg: `Input should be greater than or equal to ${bound}`,
  ctx: { ge: bound },
});
const le = (name: string, bound: number) => ({
  type: "less_than_equal",
  loc: ["query", name],
  msg: `Input should be less than or equal to ${bound}`,
  ctx: { le: bound },
});
const notInt = (name: string) => ({
  type: "int_parsing",
  loc: ["query", name],
  msg: "Input should be a valid integer, unable to parse string as an integer",
});

async function detail(path: string): Promise<unknown> {
  const res = await call(path);
  expect(res.status, path).toBe(422);
  return (await res.json()).detail;
}

describe("paging parameters", () => {
  it("monitor messages and sessions: limit and offset >= 0 (negative ones used to slice from the end)", async () => {
    await call("/api/v1/run/echo-chat", { json: { input_value: "hello" } });
    expect(await detail("/api/v1/monitor/messages?limit=-1")).toEqual([ge("limit", 0)]);
    expect(await detail("/api/v1/monitor/messages?offset=-10")).toEqual([ge("offset", 0)]);
    expect(await detail("/api/v1/monitor/messages?limit=-1&offset=x")).toEqual([
      ge("limit", 0),
      notInt("offset"),
    ]);
    expect(await detail("/api/v1/monitor/messages?limit=")).toEqual([notInt("limit")]);
    expect(await detail("/api/v1/monitor/messages?limit=1.5")).toEqual([notInt("limit")]);
    expect(await detail("/api/v1/monitor/messages/sessions?limit=-1")).toEqual([ge("limit", 0)]);
    expect(await detail("/api/v1/monitor/messages/sessions?offset=-1")).toEqual([ge("offset", 0)]);
    // No upper bound on the server either: a huge limit is just "all".
    const all = await call("/api/v1/monitor/messages?limit=99999999999999999999999999");
    expect((await all.json()).length).toBe(2);
  });

  it("flows: page >= 1, 1 <= size <= 100, every bad parameter reported at once", async () => {
    expect(await detail("/api/v1/flows/?page=-1")).toEqual([ge("page", 1)]);
    expect(await detail("/api/v1/flows/?size=100000000000000000000")).toEqual([le("size", 100)]);
    expect(await detail("/api/v1/flows/?page=0&size=0")).toEqual([ge("page", 1), ge("size", 1)]);
    expect(await detail("/api/v1/flows/?page=abc")).toEqual([notInt("page")]);
  });

  it("traces: page >= 0 (page 0 reads as page 1), 1 <= size <= 200", async () => {
    expect(await detail("/api/v1/monitor/traces?page=-1&size=0")).toEqual([ge("page", 0), ge("size", 1)]);
    expect(await detail("/api/v1/monitor/traces?size=201")).toEqual([le("size", 200)]);
    const zero = await call("/api/v1/monitor/traces?page=0");
    expect(zero.status).toBe(200);
  });

  it("transactions and a project's page: each issue listed twice, as 1.13.0 does (docs/server-quirks.md)", async () => {
    const flow = lf.flow("echo-chat")?.id;
    expect(await detail(`/api/v1/monitor/transactions?flow_id=${flow}&page=0&size=0`)).toEqual([
      ge("page", 1),
      ge("size", 1),
      ge("page", 1),
      ge("size", 1),
    ]);
    expect(await detail(`/api/v1/monitor/transactions?flow_id=${flow}&size=101`)).toEqual([
      le("size", 100),
      le("size", 100),
    ]);
    const project = lf.state.projects.defaultProject.id;
    expect(await detail(`/api/v1/projects/${project}?page=-1`)).toEqual([ge("page", 1), ge("page", 1)]);
  });
});
