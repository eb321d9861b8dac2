// A small JSON Schema checker (the subset the spec's overlay schemas use: $ref, anyOf/oneOf, type, required,
// properties, items, enum, const, nullable) for validating stream events, which Prism cannot see.
import { readFileSync } from "node:fs";

type Schema = Record<string, unknown>;
const spec = JSON.parse(readFileSync("spec/langflow.openapi.json", "utf8")) as {
  components: { schemas: Record<string, Schema> };
};

function resolve(schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== "string") return schema;
  const name = ref.split("/").at(-1) as string;
  return resolve(spec.components.schemas[name] as Schema);
}

function typeOk(type: unknown, value: unknown): boolean {
  if (type === undefined) return true;
  if (Array.isArray(type)) return type.some((t) => typeOk(t, value));
  switch (type) {
    case "object":
      return typeof value === "object" && value !== null && !Array.isArray(value);
    case "array":
      return Array.isArray(value);
    case "string":
      return typeof value === "string";
    case "integer":
      return Number.isInteger(value);
    case "number":
      return typeof value === "number";
    case "boolean":
      return typeof value === "boolean";
    case "null":
      return value === null;
    default:
      return true;
  }
}

/** Returns the problems found (empty = valid). */
export function check(schemaOrName: Schema | string, value: unknown, path = "$"): string[] {
  const schema = resolve(
    typeof schemaOrName === "string" ? { $ref: `#/components/schemas/${schemaOrName}` } : schemaOrName,
  );
  const problems: string[] = [];
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = schema[key] as Schema[] | undefined;
    if (options && !options.some((s) => check(s, value, path).length === 0))
      problems.push(`${path}: matches none of ${key}`);
  }
  if (value === null && schema.nullable) return problems;
  if (!typeOk(schema.type, value)) return [...problems, `${path}: expected ${String(schema.type)}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${path}: not in enum`);
  if ("const" in schema && schema.const !== value)
    problems.push(`${path}: expected const ${String(schema.const)}`);
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    for (const key of (schema.required as string[] | undefined) ?? [])
      if (!(key in obj)) problems.push(`${path}: missing ${key}`);
    for (const [key, sub] of Object.entries(
      (schema.properties as Record<string, Schema> | undefined) ?? {},
    )) {
      if (key in obj) problems.push(...check(sub, obj[key], `${path}.${key}`));
    }
  }
  if (Array.isArray(value) && schema.items)
    for (const [i, v] of value.entries()) problems.push(...check(schema.items as Schema, v, `${path}[${i}]`));
  return problems;
}
