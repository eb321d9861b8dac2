// Script rules from JSON (the CLI's `--script FILE`): RegExps written as {"regex": "...", "flags": "i"}.
import type { ScriptRule, TextMatcher } from "./book";

type JsonMatcher = string | { regex: string; flags?: string };

function matcher(value: unknown, where: string): string | RegExp {
  if (typeof value === "string") return value;
  if (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { regex?: unknown }).regex === "string"
  ) {
    const { regex, flags } = value as { regex: string; flags?: string };
    try {
      return new RegExp(regex, flags);
    } catch (error) {
      throw new TypeError(`${where}: invalid regex ${JSON.stringify(regex)}: ${(error as Error).message}`);
    }
  }
  throw new TypeError(`${where} must be a string or {"regex": "...", "flags": "..."}`);
}

/** Parses a script file's content: a JSON array of rules, or `{ "rules": [...] }`. */
export function scriptFromJson(text: string, file = "script"): ScriptRule[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new TypeError(`${file}: not JSON (${(error as Error).message})`);
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { rules?: unknown })?.rules;
  if (!Array.isArray(list))
    throw new TypeError(`${file}: expected a JSON array of rules or {"rules": [...]}`);
  return list.map((raw, i) => {
    const where = `${file}: rule ${i + 1}`;
    if (typeof raw !== "object" || raw === null) throw new TypeError(`${where} must be an object`);
    const rule = { ...(raw as Record<string, unknown>) } as ScriptRule & Record<string, unknown>;
    for (const key of ["flow", "component", "input"] as const) {
      if (rule[key] !== undefined)
        (rule as Record<string, unknown>)[key] = matcher(rule[key] as JsonMatcher, `${where}.${key}`);
    }
    return rule as ScriptRule & { input?: TextMatcher };
  });
}
