// The shapes the SDK relies on in Langflow's JSON answers, by name; checked when the client has `validate: true`.
// Loaded lazily by validate-response.ts (with zod/mini), so clients without validation never load this module. It
// imports nothing of the SDK at run time (types only), so bundlers split no shared module out of the eager code.
import type * as z from "zod/mini";
import type { ResponseIssue } from "../core/errors";
import { accountSchemas } from "./schemas/account";
import { fileSchemas } from "./schemas/files";
import { flowSchemas } from "./schemas/flows";
import { monitorSchemas } from "./schemas/monitor";
import { projectSchemas } from "./schemas/projects";
import { runSchemas } from "./schemas/runs";
import { serverSchemas } from "./schemas/server";
import { workflowSchemas } from "./schemas/workflows";

const responseSchemas = {
  ...serverSchemas,
  ...flowSchemas,
  ...projectSchemas,
  ...monitorSchemas,
  ...fileSchemas,
  ...accountSchemas,
  ...runSchemas,
  ...workflowSchemas,
};

type ResponseSchemaName = keyof typeof responseSchemas;

/**
 * Shown in the error: the server version the schemas are checked against (the contract suite runs with validate
 * on). It is the version pinned in scripts/langflow-server; test/scripts/pinned-version.test.ts keeps them equal.
 */
export const CHECKED_AGAINST = "Langflow 1.13.0";

/**
 * Where `body` differs from the named schema, with the message of the error to throw; undefined when it matches.
 * `response.url` comes redacted.
 */
export function checkResponse(
  name: string,
  body: unknown,
  response: { status: number; method: string; url: string },
): { message: string; issues: ResponseIssue[] } | undefined {
  const issues = findIssues(name, body);
  if (issues.length === 0) return undefined;
  const shown = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "(the body)"}: ${issue.message}`)
    .join("; ");
  const more = issues.length > 3 ? `; and ${issues.length - 3} more (error.issues)` : "";
  const message =
    `${response.method} ${response.url} answered ${response.status} with a body the SDK does not expect ` +
    `(${shown}${more}). The server may be a Langflow version this SDK does not know (it is checked against ` +
    `${CHECKED_AGAINST}); with validate: false the body is returned as it is.`;
  return { message, issues };
}

/** Where and how `body` differs from the named schema; empty when it matches. */
function findIssues(name: string, body: unknown): ResponseIssue[] {
  const schema = responseSchemas[name as ResponseSchemaName];
  // A wrapper naming a schema that does not exist is a bug of the SDK, not of the server's answer.
  if (!schema)
    throw new Error(`langflow-sdk: no response schema named "${name}" (src/validation/schemas.ts).`);
  const result = schema.safeParse(body);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const path = issue.path.map((key) => (typeof key === "symbol" ? String(key) : key));
    return { path, message: describe(issue, valueAt(body, path)) };
  });
}

// zod/mini ships no message texts (the locales are large); these say what was expected and what came.
function describe(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}, got ${kindOf(value)}`;
    case "invalid_value":
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}, got ${JSON.stringify(value)}`;
    case "invalid_union":
      return `matches none of the shapes the SDK knows, got ${kindOf(value)}`;
    case "too_small":
      return `expected at least ${issue.minimum}, got ${JSON.stringify(value)}`;
    default:
      return `${issue.code.replace(/_/g, " ")}, got ${kindOf(value)}`;
  }
}

function valueAt(body: unknown, path: (string | number)[]): unknown {
  let value = body;
  for (const key of path) value = (value as Record<string | number, unknown> | null | undefined)?.[key];
  return value;
}

function kindOf(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : typeof value;
}
