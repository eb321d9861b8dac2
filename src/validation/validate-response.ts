// `validate: true`: checks a JSON answer against the shape the SDK relies on. The check (zod and the schemas,
// src/validation/schemas.ts) is loaded on the first call, with a dynamic import, so an app that never turns
// validation on does not carry it: bundlers put it in a chunk of its own that is never fetched (`npm run size`
// measures what loads with the SDK, without it). That chunk imports nothing else of the SDK (it gets the URL
// already redacted and returns the message), so no module is split out to be shared with it.
// The clients hand `validateResponse` to their transport (src/core knows only its signature, ResponseValidator).
import { missingPackage, ResponseValidationError } from "../core/errors";
import { redactUrl } from "../core/redact";

export async function validateResponse(
  name: string,
  body: unknown,
  response: { status: number; method: string; url: string },
): Promise<void> {
  const { checkResponse } = await import("./schemas").catch((cause: unknown) => {
    throw missingPackage("zod", "validate: true", cause, " (zod is one), or turn validate off");
  });
  const problem = checkResponse(name, body, { ...response, url: redactUrl(response.url) });
  if (problem) throw new ResponseValidationError({ ...problem, ...response, body });
}
