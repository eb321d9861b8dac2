// The contract runner's parity step: shapes without values, stream event names of every framing, and the
// differences it reports between a mock run and a real run of one scenario.
import { describe, expect, it } from "vitest";
import { parity } from "../../scripts/contract/parity";
import { readResults } from "../../scripts/contract/results";
import { collapseRepeats, eventNames, flatShape } from "../../scripts/contract/shape";
import { renderTable } from "../../scripts/contract/table";
import { normalizePath } from "../scenarios/support/recorder";

describe("flatShape", () => {
  it("keeps keys and types, drops values, merges array items, and names id keys {id}", () => {
    const shape = flatShape({
      id: "x",
      n: 1,
      items: [{ a: 1 }, { a: null, b: true }],
      byId: { "0b1c2d3e-0000-4000-8000-000000000009": [] },
    });
    expect(shape).toEqual({
      $: "object",
      "$.id": "string",
      "$.n": "number",
      "$.items": "array",
      "$.items[]": "object",
      "$.items[].a": "null|number",
      "$.items[].b": "boolean",
      "$.byId": "object",
      "$.byId.{id}": "array",
    });
  });
});

describe("eventNames", () => {
  it("reads SSE data lines, SSE event names, blank-line JSON and NDJSON", () => {
    expect(
      eventNames('id: 0\ndata: {"event":"vertices_sorted"}\n\ndata: {"type":"RUN_FINISHED"}\n\n'),
    ).toEqual(["vertices_sorted", "RUN_FINISHED"]);
    expect(eventNames('event: response.completed\ndata: {"x":1}\n\ndata: [DONE]\n\n')).toEqual([
      "response.completed",
      "[DONE]",
    ]);
    expect(eventNames('{"event":"add_message","data":{}}\n\n{"event":"end","data":{}}\n\n')).toEqual([
      "add_message",
      "end",
    ]);
    expect(eventNames('{"event":"token"}\n{"event":"end"}\n')).toEqual(["token", "end"]);
  });

  it("collapses repeats: how many tokens stream is a value", () => {
    expect(collapseRepeats(["a", "token", "token", "token", "end"])).toEqual(["a", "token+", "end"]);
  });
});

describe("normalizePath", () => {
  it("replaces ids and the run's unique names, keeps other query values", () => {
    expect(
      normalizePath(
        "http://h/api/v1/monitor/messages?session_id=sdkc-s-1&flow_id=0b1c2d3e-0000-4000-8000-000000000009&order=ASC",
      ),
    ).toBe("/api/v1/monitor/messages?flow_id={id}&order=ASC&session_id={name}");
  });
});

describe("parity", () => {
  const run = (
    target: "mock" | "real",
    body: unknown,
    status = 200,
    events?: string[],
    version = "1.13",
  ) => ({
    target,
    version,
    scenario: "s",
    result: "pass" as const,
    exchanges: [
      { method: "GET", path: "/x", status, kind: "json" as const, shape: flatShape(body) },
      ...(events ? [{ method: "POST", path: "/s", status: 200, kind: "stream" as const, events }] : []),
    ],
  });

  it("reports nothing when only values differ", () => {
    expect(parity([run("mock", { a: "1", n: 2 }), run("real", { a: "2", n: 3 })])[0]?.differences).toEqual(
      [],
    );
  });

  it("reports a missing key, a type change, a status change and a different event order", () => {
    const [diff] = parity([
      run("mock", { a: "x" }, 200, ["a", "b"]),
      run("real", { a: null, extra: 1 }, 200, ["b", "a"]),
    ]);
    expect(diff?.differences).toEqual([
      "GET /x -> 200: $.extra (number) only in real",
      "GET /x -> 200: $.a is null in real, string in mock",
      "POST /s stream #1: events real [b, a], mock [a, b]",
    ]);
    const [status] = parity([run("mock", {}, 200), run("real", {}, 404)]);
    expect(status?.differences[0]).toMatch(/status sequence differs at call 1/);
  });

  it("ignores what only data decides: overlapping merged types, rows of a list empty on one side", () => {
    const [diff] = parity([
      run("mock", [{ description: "x" }, { description: null }]),
      run("real", [{ description: null }]),
    ]);
    expect(diff?.differences).toEqual([]);
    const [empty] = parity([run("mock", { list: [{ id: "x" }] }), run("real", { list: [] })]);
    expect(empty?.differences).toEqual([]);
  });

  it("compares only scenarios that passed on both targets", () => {
    expect(parity([run("mock", {}), { ...run("real", {}), result: "fail" as const }])).toEqual([]);
  });

  it("compares each line's real server with the mock standing in for that line only", () => {
    const reports = parity([
      run("mock", { a: "x" }, 200, undefined, "1.10"),
      run("real", { a: "x", globals: {} }, 200, undefined, "1.10"),
      run("mock", { a: "x" }, 200, undefined, "1.13"),
      run("real", { a: "x" }, 200, undefined, "1.13"),
    ]);
    expect(reports.map((r) => [r.version, r.differences])).toEqual([
      ["1.10", ["GET /x -> 200: $.globals (object) only in real"]],
      ["1.13", []],
    ]);
  });
});

describe("results and table", () => {
  it("a missing report gives no results; the table numbers each reason once", () => {
    expect(readResults("mock", "1.13", "/nonexistent/report.json")).toEqual([]);
    const table = renderTable(
      [
        { target: "mock", version: "1.13", label: "mock" },
        { target: "prism", version: "1.13", label: "prism" },
      ],
      [
        { target: "mock", version: "1.13", scenario: "a", result: "pass" },
        { target: "prism", version: "1.13", scenario: "a", result: "n/a", reason: "why" },
        { target: "mock", version: "1.13", scenario: "b", result: "fail", reason: "boom" },
      ],
    );
    expect(table).toContain("| a        | pass     | n/a [1]        |");
    expect(table).toContain("FAIL (not run)");
    expect(table).toContain("[1] n/a: why");
    expect(table).toContain("[2] fail: boom");
  });
});
