// Python string behavior the components rely on: str.format / format_map, repr of dicts, Langflow's
// clean_string, pandas' DataFrame.to_markdown (tabulate "pipe"), orjson's indented JSON.

/** A Python KeyError raised by str.format for a missing field (message as Python prints it: `'name'`). */
export class PythonKeyError extends Error {
  readonly errorType = "KeyError";
  constructor(readonly key: string) {
    super(`'${key}'`);
  }
}

/**
 * Python `template.format_map(values)` for the `{name}` fields Langflow templates use (`{{`/`}}` escape braces,
 * `{a[b]}`/`{a.b}` look inside a value, a `!r`/`:spec` suffix is dropped). `missing` says what a field with no
 * value gives: an error (str.format) or a string (a defaultdict / __missing__).
 */
export function pyFormat(
  template: string,
  values: Record<string, unknown>,
  missing: "error" | { value: string } = "error",
): string {
  return template.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (whole, field: string | undefined) => {
    if (whole === "{{") return "{";
    if (whole === "}}") return "}";
    const expr = (field ?? "").replace(/![rsa]$/, "").split(":")[0] ?? "";
    const [head = "", ...path] = expr.split(/[.[]/).map((p) => p.replace(/\]$/, ""));
    let value: unknown;
    if (head in values) value = values[head];
    else if (missing === "error") throw new PythonKeyError(head);
    else return missing.value;
    for (const key of path) value = (value as Record<string, unknown> | null)?.[key];
    return pyStr(value);
  });
}

/** Python `str(value)` for JSON-like values. */
export function pyStr(value: unknown): string {
  if (typeof value === "string") return value;
  return pyRepr(value);
}

/** Python `repr(value)` for JSON-like values (dicts with single quotes, True/False/None). */
export function pyRepr(value: unknown): string {
  if (value === null || value === undefined) return "None";
  if (value === true) return "True";
  if (value === false) return "False";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : pyFloat(value);
  if (typeof value === "string") return pyStringRepr(value);
  if (Array.isArray(value)) return `[${value.map(pyRepr).join(", ")}]`;
  if (typeof value === "object")
    return `{${Object.entries(value)
      .map(([k, v]) => `${pyStringRepr(k)}: ${pyRepr(v)}`)
      .join(", ")}}`;
  return String(value);
}

function pyFloat(n: number): string {
  if (!Number.isFinite(n)) return Number.isNaN(n) ? "nan" : n > 0 ? "inf" : "-inf";
  const s = String(n);
  return s.includes(".") || s.includes("e") ? s : `${s}.0`;
}

function pyStringRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const body = s
    .replace(/\\/g, "\\\\")
    .replace(/\n/g, "\\n")
    .replace(/\r/g, "\\r")
    .replace(/\t/g, "\\t")
    .replaceAll(quote, `\\${quote}`);
  return `${quote}${body}${quote}`;
}

/** Langflow's `clean_string` (lfx/helpers/data.py): blank lines emptied, 3+ newlines squeezed to 2. */
export function cleanString(s: string): string {
  return s.replace(/^\s*$/gm, "").replace(/\n{3,}/g, "\n\n");
}

/** orjson.dumps(value, option=OPT_INDENT_2): two-space indent, non-ASCII kept. */
export function indentedJson(value: unknown): string {
  return JSON.stringify(value, null, 2) ?? "null";
}

/** Python's json.dumps(value, indent=4) (the `repr` of a Data artifact). */
export function pyJsonIndent4(value: unknown): string {
  return (JSON.stringify(value, null, 4) ?? "null").replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** pandas `DataFrame.to_markdown(index=False)`: tabulate's "pipe" table (text left, numbers right aligned). */
export function markdownTable(rows: Record<string, unknown>[], columns = columnsOf(rows)): string {
  if (columns.length === 0) return "";
  const cells = rows.map((row) => columns.map((c) => cellText(row[c])));
  const numeric = columns.map((c) => rows.length > 0 && rows.every((r) => typeof r[c] === "number"));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => (r[i] ?? "").length)));
  const pad = (text: string, i: number) =>
    numeric[i] ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0);
  const line = (values: string[]) => `| ${values.map(pad).join(" | ")} |`;
  const rule = `|${widths.map((w, i) => (numeric[i] ? `${"-".repeat(w + 1)}:` : `:${"-".repeat(w + 1)}`)).join("|")}|`;
  return [line(columns), rule, ...cells.map(line)].join("\n");
}

function columnsOf(rows: Record<string, unknown>[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) for (const key of Object.keys(row)) seen.add(key);
  return [...seen];
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "nan";
  if (typeof value === "number") return Number.isInteger(value) ? String(value) : String(value);
  return pyStr(value);
}

/**
 * The text of a chat artifact (and of a v1 result's `messages[].message`): 1.13.0 doubles every lone newline there
 * ("a\nb" → "a\n\nb"), while `results.message.text` keeps the text as sent.
 */
export function artifactText(text: string): string {
  return text.replace(/(?<!\n)\n(?!\n)/g, "\n\n");
}
