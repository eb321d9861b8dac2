// How a vertex's output values appear in answers: `outputs` ({message, type}), `artifacts` ({repr, raw, type})
// of a build, and a v2 output's `content` (lfx/schema/schema.py build_output_logs, lfx/schema/artifact.py).
import { pyJsonIndent4 } from "./python-text";
import { type LfValue, textOf } from "./values";

function raw(value: LfValue): unknown {
  switch (value.kind) {
    case "message":
    case "text":
      return value.text;
    case "data":
      return value.data;
    case "table":
      return value.rows;
    case "list":
      return value.items.map(raw);
    case "handle":
      return "";
  }
}

function typeName(value: LfValue): string {
  switch (value.kind) {
    case "message":
    case "text":
      return "text";
    case "data":
      return "object";
    case "table":
    case "list":
      return "array";
    case "handle":
      return "unknown";
  }
}

/** `build_data.data.outputs[name]` / v1 result `outputs[name]`. */
export function outputLog(value: LfValue): { message: unknown; type: string } {
  return { message: raw(value), type: typeName(value) };
}

/** `artifacts[name]`. */
export function artifact(value: LfValue): { repr: string; raw: unknown; type: string } {
  const r = raw(value);
  const repr =
    value.kind === "data"
      ? pyJsonIndent4(r)
      : value.kind === "table" || value.kind === "list"
        ? "None"
        : textOf(value);
  return { repr, raw: r, type: typeName(value) };
}

/** A v2 output's `content`: the text of a message, the dict of a Data, the rows of a table. */
export function v2Content(value: LfValue | undefined): unknown {
  if (!value) return null;
  return raw(value);
}
