// The TypeScript type of a tweak value for one FieldSpec, as text for the generated module. It follows what the
// server does with the value (lfx `apply_tweaks`): the value replaces the field's `value` (`file_path` for
// files), so it has the type the component reads.
import type { FieldSpec } from "./descriptor";

/** Names the generated module imports from the SDK when a type uses them. */
export const SDK_TYPE_NAMES = ["GeneratedFlow", "ModelSelection", "VariableRef"] as const;

const RECORD = "Record<string, unknown>";

// Text fields also take a global variable: `{ value: "VAR_NAME", load_from_db: true }` (the server copies an
// object tweak's keys into the field). Not file fields: there the server writes every key to `file_path`.
const TEXT = "string | VariableRef";

const SCALARS: Record<string, string> = {
  str: TEXT,
  prompt: TEXT,
  mustache: TEXT,
  query: TEXT,
  link: TEXT,
  int: "number",
  float: "number",
  slider: "number",
  bool: "boolean",
  dict: RECORD,
  NestedDict: RECORD,
  mcp: RECORD,
};

const literal = (value: string | number) => JSON.stringify(value);

function union(spec: FieldSpec): string | undefined {
  if (!spec.options) return undefined;
  const members = spec.options.map(literal);
  // Open options are suggestions: they stay visible in the editor, and any string (or variable) is accepted.
  if (spec.open)
    members.push(
      SCALARS[spec.type] === "number"
        ? "number"
        : `(string & {})${SCALARS[spec.type] === TEXT ? " | VariableRef" : ""}`,
    );
  return members.join(" | ");
}

const arrayOf = (type: string) => (type.includes("|") ? `Array<${type}>` : `${type}[]`);

/** The value type of a field, e.g. `string | VariableRef`, `"Machine" | "User"`, `number`, `string[]`. */
export function tsTypeOf(spec: FieldSpec): string {
  switch (spec.type) {
    case "file": // one path, or several for a list field
      return spec.list ? "string | string[]" : "string";
    case "table":
    case "tools":
      return `${RECORD}[]`;
    case "model":
      return "ModelSelection";
    case "sortableList": // the chosen options, as objects named like the options
      return `Array<{ name: ${union(spec) ?? "string"}; [key: string]: unknown }>`;
  }
  const one = union(spec) ?? SCALARS[spec.type] ?? "unknown";
  if (!spec.list || one === "unknown") return one;
  return arrayOf(one === TEXT ? "string" : one);
}
