// Prints a JSON-like value as a TypeScript literal the way a formatter would: on one line when it fits in the
// line width, else one entry per line with trailing commas. Keys are bare when they are identifiers.
import { propertyKey, quote } from "./identifiers";

export const LINE_WIDTH = 110;

type Literal = string | number | boolean | null | readonly Literal[] | { readonly [key: string]: Literal };

function inline(value: Literal): string {
  if (value === null || typeof value !== "object")
    return typeof value === "string" ? quote(value) : String(value);
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  const entries = Object.entries(value).map(([k, v]) => `${propertyKey(k)}: ${inline(v)}`);
  return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
}

/**
 * The literal for `value`, placed after `prefix` (e.g. `"  components: "`) on a line indented by `indent`
 * spaces; `suffix` ends the line (`","` or `";"`).
 */
export function formatLiteral(value: Literal, prefix: string, indent: number, suffix: string): string {
  const one = inline(value);
  if (
    prefix.length + one.length + suffix.length <= LINE_WIDTH ||
    value === null ||
    typeof value !== "object"
  ) {
    return `${prefix}${one}${suffix}`;
  }
  const pad = " ".repeat(indent + 2);
  const lines = Array.isArray(value)
    ? value.map((v) => formatLiteral(v, pad, indent + 2, ","))
    : Object.entries(value).map(([k, v]) => formatLiteral(v, `${pad}${propertyKey(k)}: `, indent + 2, ","));
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return `${prefix}${open}\n${lines.join("\n")}\n${" ".repeat(indent)}${close}${suffix}`;
}

export type { Literal };
