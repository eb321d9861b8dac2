// Turns flow names into TypeScript identifiers ("Basic Prompting" -> BasicPrompting, "Document Q&A" -> DocumentQA)
// and quotes property keys and strings for the generated module.

/** Names the generated module declares for every flow identifier `X`. */
export const declaredNames = (x: string): string[] => [x, `${x}Components`, `${x}Schema`];

/** PascalCase of a flow name; "Flow" when nothing usable is left, a "Flow" prefix before a leading digit. */
export function pascalIdentifier(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "") // accents: "Résumé" -> "Resume"
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const joined = words.map((w) => (w[0] ?? "").toUpperCase() + w.slice(1)).join("");
  const id = joined.replace(/[^\p{ID_Continue}$]/gu, "");
  if (id === "") return "Flow";
  return /^\p{ID_Start}/u.test(id) ? id : `Flow${id}`;
}

/**
 * Assigns each flow a unique identifier: its PascalCase name, then `Name2`, `Name3`, ... in the given order, so
 * that none of the names declared for it (`X`, `XComponents`, `XSchema`) clashes with another flow's or with
 * `reserved`.
 */
export function uniqueIdentifiers(names: readonly string[], reserved: Iterable<string>): string[] {
  const taken = new Set(reserved);
  return names.map((name) => {
    const base = pascalIdentifier(name);
    let candidate = base;
    for (let n = 2; declaredNames(candidate).some((d) => taken.has(d)); n++) candidate = `${base}${n}`;
    for (const d of declaredNames(candidate)) taken.add(d);
    return candidate;
  });
}

/** A string literal (JSON quoting is valid TypeScript). */
export const quote = (value: string): string => JSON.stringify(value);

/** A property key: bare when it is a plain identifier, else quoted; `__proto__` computed (else it sets the prototype). */
export const propertyKey = (key: string): string =>
  key === "__proto__" ? `[${quote(key)}]` : /^[A-Za-z_$][\w$]*$/.test(key) ? key : quote(key);

/** Text safe inside a `/** ... *\/` comment on one line: no line breaks, no comment terminator. */
export function commentText(text: string, max = 200): string {
  const flat = text.replace(/\s+/g, " ").trim().replaceAll("*/", "*\\/");
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
}
