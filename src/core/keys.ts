// The one check for the keys of an object the caller hands in (client options, method parameters, request options):
// a key the SDK does not know would be dropped without a word (a misspelled `inputvalue` runs the flow with no
// input), so it is refused before anything is sent, with the closest known key.
import { LangflowConfigError } from "./errors";

/** What is being checked: names the kind of key in the message. */
export type KeyKind = "option" | "parameter" | "request option";

const fold = (key: string) => key.toLowerCase().replace(/[-_]/g, "");

/** Edit distance (insertions, deletions, substitutions) between two short strings. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = row;
  }
  return previous[b.length] ?? 0;
}

/**
 * The known key `key` most likely meant: the same key in another case or spelling (`input_value`, `InputValue`),
 * a name from another SDK or from Langflow's docs (`aliases`, by folded name), a known key it begins or that begins
 * it (`input` -> `inputValue`), or one a typo or two away.
 */
function closestKey(
  key: string,
  known: readonly string[],
  aliases: Readonly<Record<string, string>> = {},
): string | undefined {
  const folded = fold(key);
  const same = known.find((k) => fold(k) === folded) ?? aliases[folded];
  if (same || folded === "") return same;
  const prefix = known.find((k) => fold(k).startsWith(folded) || folded.startsWith(fold(k)));
  if (prefix) return prefix;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(folded.length / 3)) + 1;
  for (const k of known) {
    const d = distance(folded, fold(k));
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best;
}

/**
 * Throws LangflowConfigError unless `value` is an object (or undefined) whose keys are all in `known`. `elsewhere`
 * lists the keys that belong in the call's other argument (a request option among the parameters), so the message
 * can say where they go.
 */
export function checkKeys(
  kind: KeyKind,
  value: unknown,
  known: readonly string[],
  options: { aliases?: Readonly<Record<string, string>>; elsewhere?: readonly string[] } = {},
): void {
  if (value === undefined) return;
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    const got = value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;
    throw new LangflowConfigError(kind, `Expected an object of ${kind}s, got ${got}.`);
  }
  for (const key of Object.keys(value)) {
    if (known.includes(key)) continue;
    const match = closestKey(key, known, options.aliases);
    throw new LangflowConfigError(
      key,
      `Unknown ${kind} "${key}".${
        options.elsewhere?.includes(key)
          ? ` It is a request option: pass it in the last argument, e.g. (..., params, { ${key} }).`
          : match
            ? ` Did you mean "${match}"?`
            : ` Known ${kind}s: ${known.join(", ") || "none"}.`
      }`,
    );
  }
}
