// fetch follows redirects by default and sends `x-api-key` (a header it does not know is a credential) to any
// origin, https -> http included, and replays a POST's body on a 307/308. So every request says
// `redirect: "manual"` and each answer passes here: the rare redirect is handed to redirects.ts, loaded when one
// arrives (a dynamic import keeps it out of the bundle every app loads).
import { RedirectError } from "./errors";
import type { FetchLike } from "./options";
import { redactUrl } from "./redact";
import type { Sent } from "./redirects";

/** The redirect mode of every request the SDK sends. */
export const MANUAL = { redirect: "manual" } as const;

/**
 * Whether `response` may be a redirect: 301-308 (redirects.ts picks the redirects among them), or status 0, a
 * browser's "opaqueredirect" answer, which hides where it leads. Checked inline: most answers are not.
 */
export const mayRedirect = ({ status }: { status: number }): boolean =>
  !status || (status > 300 && status < 309);

/**
 * The answer of the redirect the SDK follows; throws RedirectError for one it does not follow. `sent` is the Request
 * sent to `url`, or the init of a call sent without one (src/core/transport.ts).
 */
export async function onRedirect(
  fetch: FetchLike,
  url: string,
  sent: Sent,
  response: Response,
): Promise<Response> {
  const { followRedirect } = await import("./redirects");
  const outcome = await followRedirect(fetch, url, sent, response, redactUrl);
  if (outcome instanceof Response) return outcome;
  throw new RedirectError(outcome.message, { ...outcome, method: sent.method });
}
