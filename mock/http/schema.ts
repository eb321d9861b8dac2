// A tiny declarative body validator producing pydantic-v2-style issues (lax mode coercions included).
import { isPlainObject } from "../guards";
import { type FieldIssue, issue, isUuid, type Loc, normalizeUuid, validationError } from "./validation";

export type FieldSpec = (
  | { kind: "string"; maxLength?: number }
  | { kind: "boolean" }
  | { kind: "integer"; min?: number; max?: number }
  | { kind: "number" }
  | { kind: "object"; values?: FieldSpec }
  | { kind: "array"; items?: FieldSpec }
  | { kind: "enum"; values: readonly string[] }
  | { kind: "literal"; values: readonly string[] }
  | { kind: "uuid" }
  | { kind: "any" }
) & { required?: boolean; nullable?: boolean; default?: unknown };

export interface ObjectSpec {
  fields: Record<string, FieldSpec>;
  /** pydantic `extra="forbid"` */
  forbidExtra?: boolean;
}

/** Validates `body` against `spec`; returns the coerced object (defaults applied) or throws 422. */
export function validateBody<T>(body: unknown, spec: ObjectSpec, loc: Loc = ["body"]): T {
  const issues: FieldIssue[] = [];
  const value = checkObject(body, spec, loc, issues);
  if (issues.length > 0) throw validationError(issues);
  return value as T;
}

export function checkObject(
  body: unknown,
  spec: ObjectSpec,
  loc: Loc,
  issues: FieldIssue[],
): Record<string, unknown> {
  if (!isPlainObject(body)) {
    issues.push(issue.model(loc));
    return {};
  }
  const out: Record<string, unknown> = {};
  for (const [name, field] of Object.entries(spec.fields)) {
    if (!(name in body) || body[name] === undefined) {
      if (field.required) issues.push(issue.missing([...loc, name]));
      else if (field.default !== undefined) out[name] = structuredClone(field.default);
      continue;
    }
    out[name] = checkField(body[name], field, [...loc, name], issues);
  }
  for (const name of Object.keys(body)) {
    if (name in spec.fields) continue;
    if (spec.forbidExtra) issues.push(issue.extra([...loc, name]));
    else out[name] = body[name];
  }
  return out;
}

export function checkField(value: unknown, field: FieldSpec, loc: Loc, issues: FieldIssue[]): unknown {
  if (value === null) {
    if (field.nullable || field.kind === "any") return null;
    issues.push(nullIssue(field, loc));
    return null;
  }
  switch (field.kind) {
    case "any":
      return value;
    case "string":
      if (typeof value !== "string") return push(issues, issue.string(loc));
      if (field.maxLength !== undefined && value.length > field.maxLength)
        return push(issues, {
          type: "string_too_long",
          loc,
          msg: `String should have at most ${field.maxLength} characters`,
          ctx: { max_length: field.maxLength },
        });
      return value;
    case "boolean":
      return coerceBool(value) ?? push(issues, issue.bool(loc));
    case "integer": {
      const n = coerceInt(value);
      if (n === undefined)
        return push(issues, typeof value === "string" ? issue.intParsing(loc) : issue.int(loc));
      if (field.min !== undefined && n < field.min)
        return push(issues, {
          type: "greater_than_equal",
          loc,
          msg: `Input should be greater than or equal to ${field.min}`,
          ctx: { ge: field.min },
        });
      if (field.max !== undefined && n > field.max)
        return push(issues, {
          type: "less_than_equal",
          loc,
          msg: `Input should be less than or equal to ${field.max}`,
          ctx: { le: field.max },
        });
      return n;
    }
    case "number":
      return typeof value === "number" && Number.isFinite(value)
        ? value
        : push(issues, { type: "float_type", loc, msg: "Input should be a valid number" });
    case "enum":
      return typeof value === "string" && field.values.includes(value)
        ? value
        : push(issues, issue.enum(loc, field.values));
    case "literal":
      return typeof value === "string" && field.values.includes(value)
        ? value
        : push(issues, issue.literal(loc, field.values));
    case "uuid":
      return isUuid(value) ? normalizeUuid(value) : push(issues, issue.uuid(loc, value));
    case "object": {
      if (!isPlainObject(value)) return push(issues, issue.dict(loc));
      if (!field.values) return value;
      const values = field.values;
      return Object.fromEntries(
        Object.entries(value).map(([k, v]) => [k, checkField(v, values, [...loc, k], issues)]),
      );
    }
    case "array": {
      if (!Array.isArray(value)) return push(issues, issue.list(loc));
      if (!field.items) return value;
      const items = field.items;
      return value.map((v, i) => checkField(v, items, [...loc, i], issues));
    }
  }
}

function push(issues: FieldIssue[], item: FieldIssue): undefined {
  issues.push(item);
  return undefined;
}

function nullIssue(field: FieldSpec, loc: Loc): FieldIssue {
  switch (field.kind) {
    case "string":
      return issue.string(loc);
    case "boolean":
      return issue.bool(loc);
    case "integer":
      return issue.int(loc);
    case "object":
      return issue.dict(loc);
    case "array":
      return issue.list(loc);
    case "enum":
      return issue.enum(loc, field.values);
    case "literal":
      return issue.literal(loc, field.values);
    case "uuid":
      return issue.uuid(loc, null);
    default:
      return { type: "float_type", loc, msg: "Input should be a valid number" };
  }
}

function coerceBool(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  if (value === 0 || value === 1) return value === 1;
  if (typeof value === "string") {
    const v = value.toLowerCase();
    if (["true", "1", "yes", "on", "t", "y"].includes(v)) return true;
    if (["false", "0", "no", "off", "f", "n"].includes(v)) return false;
  }
  return undefined;
}

function coerceInt(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/** Query parameter helper: integer with bounds, or 422 with loc ["query", name]. */
export function queryInt(
  url: URL,
  name: string,
  fallback: number,
  bounds: { min?: number; max?: number } = {},
): number {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  const issues: FieldIssue[] = [];
  const value = checkField(raw, { kind: "integer", ...bounds }, ["query", name], issues);
  if (issues.length > 0) throw validationError(issues);
  return value as number;
}

/**
 * Integer query parameters checked together (FastAPI reports every bad one in one 422); an absent one is undefined.
 * `twice`: 1.13.0 lists each issue twice on the routes that declare page/size and also take fastapi-pagination's
 * Params (`/projects/{id}`, `/monitor/transactions`).
 */
export function queryInts<K extends string>(
  url: URL,
  fields: Record<K, { min?: number; max?: number }>,
  { twice = false }: { twice?: boolean } = {},
): Partial<Record<K, number>> {
  const issues: FieldIssue[] = [];
  const values: Partial<Record<K, number>> = {};
  for (const name of Object.keys(fields) as K[]) {
    const raw = url.searchParams.get(name);
    if (raw === null) continue;
    const value = checkField(raw, { kind: "integer", ...fields[name] }, ["query", name], issues);
    if (typeof value === "number") values[name] = value;
  }
  if (issues.length > 0) throw validationError(twice ? [...issues, ...issues] : issues);
  return values;
}

/** Query parameter helper: boolean (pydantic lax), or 422. */
export function queryBool(url: URL, name: string, fallback: boolean): boolean {
  const raw = url.searchParams.get(name);
  if (raw === null) return fallback;
  const issues: FieldIssue[] = [];
  const value = checkField(raw, { kind: "boolean" }, ["query", name], issues);
  if (issues.length > 0) throw validationError(issues);
  return value as boolean;
}
