// `validate: true`: checks a JSON answer against the shape the SDK relies on. zod and the schemas are loaded on the
// first check, with a dynamic import, so an app that never turns validation on does not carry them: bundlers put
// them in a chunk of their own that is never fetched (`npm run size` measures the main chunk without it).
// The clients hand `validateResponse` to their transport (src/core knows only its signature, ResponseValidator).
import { LangflowError, ResponseValidationError } from "../core/errors";
import { redactUrl } from "../core/redact";

/**
 * Shown in the error: the server version the schemas are checked against (the contract suite runs with validate
 * on). It is the version pinned in scripts/langflow-server; test/scripts/pinned-version.test.ts keeps them equal.
 */
export const CHECKED_AGAINST = "Langflow 1.13.0";

export async function validateResponse(
  name: string,
  body: unknown,
  response: { status: number; method: string; url: string },
): Promise<void> {
  const { findIssues } = await import("./schemas").catch((cause: unknown) => {
    // Not a connection problem (the transport would say so): the answer came, the checker could not load.
    throw new LangflowError(
      `validate: true needs the zod package, which could not be loaded (${cause instanceof Error ? cause.message : String(cause)}). Install the SDK's dependencies (zod is one), or turn validate off.`,
      { cause },
    );
  });
  const issues = findIssues(name, body);
  if (issues.length === 0) return;
  const shown = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "(the body)"}: ${issue.message}`)
    .join("; ");
  const more = issues.length > 3 ? `; and ${issues.length - 3} more (error.issues)` : "";
  throw new ResponseValidationError({
    message:
      `${response.method} ${redactUrl(response.url)} answered ${response.status} with a body the SDK does not expect ` +
      `(${shown}${more}). The server may be a Langflow version this SDK does not know (it is checked against ` +
      `${CHECKED_AGAINST}); with validate: false the body is returned as it is.`,
    issues,
    ...response,
    body,
  });
}
