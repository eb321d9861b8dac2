import { LangflowConfigError } from "../core/errors";
import { checkKeys } from "../core/keys";

/**
 * Options of {@link normalizeFlow}: the Python SDK's `normalize_flow` keyword arguments in camelCase, with the
 * same defaults, plus `flow_to_json`'s `indent`.
 */
export interface NormalizeFlowOptions {
  /** Drop the top-level keys that hold one server's state: `updated_at`, `created_at`, `user_id`, `folder_id`, `access_type`, `gradient`. Default `true`. */
  stripVolatile?: boolean;
  /** Set `value` to `""` on every template field marked `password` or `load_from_db` (credentials, global variables). Default `true`. */
  stripSecrets?: boolean;
  /** Sort the keys of every object, at every depth (by code point, as Python does). Default `true`. */
  sortKeys?: boolean;
  /** Write the `value` of `type: "code"` template fields as a list of lines, for diffs line by line. Default `false`. */
  codeAsLines?: boolean;
  /** Drop `positionAbsolute`, `dragging` and `selected` from each node (they change when a node is moved). Default `true`. */
  stripNodeVolatile?: boolean;
  /** Spaces per indentation level of the JSON text (`flow_to_json(indent=)`). Default `2`. */
  indent?: number;
}

export type ResolvedNormalizeOptions = Required<NormalizeFlowOptions>;

const DEFAULTS: ResolvedNormalizeOptions = {
  stripVolatile: true,
  stripSecrets: true,
  sortKeys: true,
  codeAsLines: false,
  stripNodeVolatile: true,
  indent: 2,
};

// A literal (not Object.keys(DEFAULTS)): a call at the top level would stay in every bundle of the package's
// entry, used or not, since bundlers cannot tell it has no side effects.
const NAMES: (keyof NormalizeFlowOptions)[] = [
  "stripVolatile",
  "stripSecrets",
  "sortKeys",
  "codeAsLines",
  "stripNodeVolatile",
  "indent",
];

export function resolveNormalizeOptions(options: NormalizeFlowOptions | undefined): ResolvedNormalizeOptions {
  if (options === undefined) return DEFAULTS;
  // The one key check of the SDK: `strip_secrets` (the Python name) suggests `stripSecrets`.
  checkKeys("option", options, NAMES);
  const resolved = { ...DEFAULTS };
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined) continue;
    if (key === "indent") {
      if (typeof value !== "number" || !Number.isInteger(value) || value < 0) {
        throw new LangflowConfigError(
          key,
          `Invalid option "indent": expected a whole number >= 0, got ${JSON.stringify(value)}.`,
        );
      }
    } else if (typeof value !== "boolean") {
      throw new LangflowConfigError(
        key,
        `Invalid option "${key}": expected true or false, got ${JSON.stringify(value)}.`,
      );
    }
    Object.assign(resolved, { [key]: value });
  }
  return resolved;
}
