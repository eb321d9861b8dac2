// FastAPI/pydantic-style request validation: 422 with `detail` as a list of `{type, loc, msg, ctx?}`.
// The pinned server sends exactly these keys (no `input`/`url`), e.g. `{"type":"missing","loc":["body","flow_id"],
// "msg":"Field required"}`.
import { HttpError } from "./errors";
import { parsesAsUuid, uuidParseError } from "./uuid";

export type Loc = (string | number)[];
export interface FieldIssue {
  type: string;
  loc: Loc;
  msg: string;
  ctx?: Record<string, unknown>;
}

export function validationError(issues: FieldIssue[]): HttpError {
  return new HttpError(422, { detail: issues });
}

export const issue = {
  missing: (loc: Loc): FieldIssue => ({ type: "missing", loc, msg: "Field required" }),
  extra: (loc: Loc): FieldIssue => ({ type: "extra_forbidden", loc, msg: "Extra inputs are not permitted" }),
  string: (loc: Loc): FieldIssue => ({ type: "string_type", loc, msg: "Input should be a valid string" }),
  bool: (loc: Loc): FieldIssue => ({ type: "bool_type", loc, msg: "Input should be a valid boolean" }),
  int: (loc: Loc): FieldIssue => ({ type: "int_type", loc, msg: "Input should be a valid integer" }),
  /** A string that is not an integer (every query parameter arrives as a string). */
  intParsing: (loc: Loc): FieldIssue => ({
    type: "int_parsing",
    loc,
    msg: "Input should be a valid integer, unable to parse string as an integer",
  }),
  dict: (loc: Loc): FieldIssue => ({ type: "dict_type", loc, msg: "Input should be a valid dictionary" }),
  list: (loc: Loc): FieldIssue => ({ type: "list_type", loc, msg: "Input should be a valid list" }),
  model: (loc: Loc): FieldIssue => ({
    type: "model_attributes_type",
    loc,
    msg: "Input should be a valid dictionary or object to extract fields from",
  }),
  valueError: (loc: Loc, message: string): FieldIssue => ({
    type: "value_error",
    loc,
    msg: `Value error, ${message}`,
  }),
  enum: (loc: Loc, values: readonly string[]): FieldIssue => {
    const expected = enumText(values);
    return { type: "enum", loc, msg: `Input should be ${expected}`, ctx: { expected } };
  },
  literal: (loc: Loc, values: readonly string[]): FieldIssue => {
    const expected = enumText(values);
    return { type: "literal_error", loc, msg: `Input should be ${expected}`, ctx: { expected } };
  },
  uuid: (loc: Loc, value: unknown): FieldIssue => uuidIssue(loc, value),
  jsonInvalid: (position: number): FieldIssue => ({
    type: "json_invalid",
    loc: ["body", position],
    msg: "JSON decode error",
  }),
};

function enumText(values: readonly string[]): string {
  const quoted = values.map((v) => `'${v}'`);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}`;
}

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && parsesAsUuid(value);
}

/** Canonical lower-case hyphenated form of a UUID accepted by isUuid. */
export function normalizeUuid(value: string): string {
  const hex = value
    .replace(/^urn:uuid:/i, "")
    .replace(/^\{(.*)\}$/, "$1")
    .replaceAll("-", "")
    .toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function uuidIssue(loc: Loc, value: unknown): FieldIssue {
  if (typeof value !== "string")
    return { type: "uuid_type", loc, msg: "UUID input should be a string, bytes or UUID object" };
  return { type: "uuid_parsing", loc, msg: `Input should be a valid UUID, ${uuidParseError(value)}` };
}

/** A path/query UUID parameter: returns the canonical id or throws 422. */
export function uuidParam(value: string | null | undefined, loc: Loc): string {
  if (value === null || value === undefined) throw validationError([issue.missing(loc)]);
  if (!isUuid(value)) throw validationError([issue.uuid(loc, value)]);
  return normalizeUuid(value);
}

function isJsonContentType(contentType: string | null): boolean {
  if (!contentType) return false;
  const mime = contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  return mime === "application/json" || (mime.startsWith("application/") && mime.endsWith("+json"));
}

/**
 * Reads a JSON request body the way FastAPI does: empty → 422 missing body (unless `optional`), malformed JSON →
 * 422 json_invalid, a non-JSON content type → the raw text (which then fails model validation, as on the server).
 */
export async function readJsonBody(request: Request, { optional = false } = {}): Promise<unknown> {
  let text: string;
  try {
    text = await request.text();
  } catch {
    throw validationError([issue.missing(["body"])]);
  }
  if (text.trim() === "") {
    if (optional) return undefined;
    throw validationError([issue.missing(["body"])]);
  }
  if (!isJsonContentType(request.headers.get("content-type"))) return text;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw validationError([issue.jsonInvalid(jsonErrorPosition(error, text))]);
  }
}

function jsonErrorPosition(error: unknown, text: string): number {
  const match = /position (\d+)/.exec(String((error as Error)?.message));
  return match ? Number(match[1]) : Math.max(0, text.length - 1);
}

// Moved to mock/guards.ts (the engine needs it too); re-exported until the engine imports it from there.
export { isPlainObject } from "../guards";
