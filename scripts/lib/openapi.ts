// Small helpers over plain OpenAPI JSON documents, shared by fetch-specs and build-spec.

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Recursively sorts object keys, so the same document always serializes to the same bytes. */
export function sortKeys(value: Json): Json {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) out[key] = sortKeys(value[key] as Json);
  return out;
}

/** Deterministic serialization: sorted keys, two-space indent, trailing newline. */
export function stableStringify(value: Json): string {
  return `${JSON.stringify(sortKeys(value), null, 2)}\n`;
}

export const SCHEMA_REF_PREFIX = "#/components/schemas/";

/** Calls `visit` for every `$ref` string anywhere in `value`. */
export function forEachRef(value: Json, visit: (ref: string) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) forEachRef(item, visit);
  } else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (key === "$ref" && typeof child === "string") visit(child);
      else forEachRef(child, visit);
    }
  }
}

/** Names of the component schemas reachable from `roots`, following refs between schemas. */
export function reachableSchemas(roots: Json, schemas: JsonObject): Set<string> {
  const seen = new Set<string>();
  const queue: Json[] = [roots];
  while (queue.length > 0) {
    forEachRef(queue.pop() as Json, (ref) => {
      if (!ref.startsWith(SCHEMA_REF_PREFIX)) return;
      const name = decodeURIComponent(ref.slice(SCHEMA_REF_PREFIX.length));
      if (seen.has(name)) return;
      seen.add(name);
      if (name in schemas) queue.push(schemas[name] as Json);
    });
  }
  return seen;
}

/** Every operation of a document as [path, method, operation]. */
export function* operations(doc: JsonObject): Generator<[string, string, JsonObject]> {
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (isObject(op)) yield [path, method, op];
    }
  }
}

/** Deep copy of plain JSON. */
export function clone<T extends Json>(value: T): T {
  return structuredClone(value);
}
