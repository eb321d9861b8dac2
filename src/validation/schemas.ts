// The shapes the SDK relies on in Langflow's JSON answers, by name; checked when the client has `validate: true`.
// Loaded lazily by validate-response.ts (with zod/mini), so clients without validation never load this module.
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

export type ResponseSchemaName = keyof typeof responseSchemas;

/** Where and how `body` differs from the named schema; empty when it matches. */
export function findIssues(name: string, body: unknown): ResponseIssue[] {
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
