// normalizeFlow through its public entry (langflow-sdk/flows-as-code). The expected texts are what the Python SDK writes for the same input
// (langflow_sdk 0.4.0, checked in test/referee/, which compares every starter project byte for byte).
import { describe, expect, it } from "vitest";
import { normalizeFlow } from "../../../src/flows-as-code/index";
import { FlowFormatError, LangflowConfigError } from "../../../src/index";

const FLOW = JSON.stringify({
  name: "n",
  updated_at: "2026-12-01T10:00:00Z",
  gradient: "1",
  data: {
    nodes: [
      {
        id: "a",
        selected: true,
        data: {
          node: {
            template: {
              k: { password: true, value: "sk-1" },
              code: { type: "code", value: "a\nb" },
            },
          },
        },
      },
    ],
  },
});

describe("normalizeFlow", () => {
  it("drops volatile keys, clears secrets, sorts keys, indents by 2 and ends with a newline", () => {
    expect(normalizeFlow(FLOW)).toBe(
      [
        "{",
        '  "data": {',
        '    "nodes": [',
        "      {",
        '        "data": {',
        '          "node": {',
        '            "template": {',
        '              "code": {',
        '                "type": "code",',
        '                "value": "a\\nb"',
        "              },",
        '              "k": {',
        '                "password": true,',
        '                "value": ""',
        "              }",
        "            }",
        "          }",
        "        },",
        '        "id": "a"',
        "      }",
        "    ]",
        "  },",
        '  "name": "n"',
        "}",
        "",
      ].join("\n"),
    );
  });

  it("keeps what the options say to keep; code as lines; indent 0", () => {
    const text = normalizeFlow(FLOW, {
      codeAsLines: true,
      stripSecrets: false,
      stripVolatile: false,
      stripNodeVolatile: false,
      indent: 0,
    });
    expect(text).toContain('"value": [\n"a",\n"b"\n]');
    expect(text).toContain('"value": "sk-1"');
    expect(text).toContain('"selected": true');
    expect(text).toContain('"updated_at": "2026-12-01T10:00:00Z"');
  });

  it("writes numbers as Python does: floats from the text keep their repr (1.0, 1e-05, 1e+16, -0.0)", () => {
    const text = normalizeFlow(
      '{"n": [1.0, 1e-05, 0.00001, 1e16, -0.0, -0, 100, 0.1, 1E5, 12345678901234567890123]}',
      {
        indent: 0,
      },
    );
    expect(text).toBe(
      '{\n"data": {\n"nodes": []\n},\n"n": [\n1.0,\n1e-05,\n1e-05,\n1e+16,\n-0.0,\n0,\n100,\n0.1,\n100000.0,\n12345678901234567890123\n]\n}\n',
    );
  });

  it("an object input has lost the float-ness of whole numbers (1.0 is 1): give the text for identical bytes", () => {
    expect(normalizeFlow({ zoom: 1.0, x: 0.5 }, { indent: 0 })).toContain('"x": 0.5,\n"zoom": 1\n');
    expect(normalizeFlow('{"zoom": 1.0, "x": 0.5}', { indent: 0 })).toContain('"x": 0.5,\n"zoom": 1.0\n');
  });

  it("sorts keys by code point as Python does, and keeps the source order (integer-like keys too) when asked", () => {
    const text = '{"keys": {"b": 1, "10": 2, "9": 3, "B": 4, "é": 5, "！": 6, "😀": 7, "a": 8}}';
    const keysOf = (out: string) => [...out.matchAll(/^ {4}"([^"]+)": \d/gm)].map((m) => m[1]);
    expect(keysOf(normalizeFlow(text))).toEqual(["10", "9", "B", "a", "b", "é", "！", "😀"]);
    expect(keysOf(normalizeFlow(text, { sortKeys: false }))).toEqual([
      "b",
      "10",
      "9",
      "B",
      "é",
      "！",
      "😀",
      "a",
    ]);
  });

  it("writes non-ASCII as is and escapes control characters as Python does", () => {
    const out = normalizeFlow('{"s": "tab\\t \\u0001 \\u007f é \\ud83d\\ude00 \\"q\\" \\\\ \\/"}');
    expect(out).toContain('"s": "tab\\t \\u0001 \u007f é 😀 \\"q\\" \\\\ /"');
  });

  it("reads UTF-8 bytes (a file as read from disk)", () => {
    expect(normalizeFlow(new TextEncoder().encode(FLOW))).toBe(normalizeFlow(FLOW));
  });

  it("never changes the object it is given", () => {
    const flow = JSON.parse(FLOW);
    const before = structuredClone(flow);
    normalizeFlow(flow, { codeAsLines: true });
    expect(flow).toEqual(before);
  });

  it("gives the same text again for its own output (a normalized file stays as it is)", () => {
    const once = normalizeFlow(FLOW, { codeAsLines: true });
    expect(normalizeFlow(once, { codeAsLines: true })).toBe(once);
  });

  it("says where a file is not JSON", () => {
    expect(() => normalizeFlow('{\n  "a": 1,\n  "b": }')).toThrow(
      new FlowFormatError("line 3, column 8", "Invalid JSON: expecting a value"),
    );
    expect(() => normalizeFlow('{"a": "raw\ttab"}')).toThrow(/invalid control character/);
    expect(() => normalizeFlow("{} {}")).toThrow(/extra data/);
  });

  it("refuses what is not a flow where Python would fail or mangle it, naming the place", () => {
    expect(() => normalizeFlow("[1, 2]")).toThrow(FlowFormatError);
    expect(() => normalizeFlow('{"data": {"nodes": {"a": 1}}}')).toThrow(
      expect.objectContaining({ where: "data.nodes" }),
    );
    expect(() => normalizeFlow('{"data": {"nodes": [{"data": "x"}]}}')).toThrow(
      expect.objectContaining({ where: "data.nodes[0].data" }),
    );
  });

  it("refuses unknown options with the camelCase name of a Python keyword", () => {
    // @ts-expect-error: the Python spelling is not an option
    expect(() => normalizeFlow(FLOW, { strip_secrets: false })).toThrow(LangflowConfigError);
    // @ts-expect-error: idem
    expect(() => normalizeFlow(FLOW, { strip_secrets: false })).toThrow(/Did you mean "stripSecrets"\?/);
    expect(() => normalizeFlow(FLOW, { indent: -1 })).toThrow(/indent/);
    // @ts-expect-error: a boolean option
    expect(() => normalizeFlow(FLOW, { sortKeys: "yes" })).toThrow(/expected true or false/);
  });
});
