// fetch follows redirects by default and sends `x-api-key` (a header it does not know is a credential) to any
// origin, https -> http included, and replays a POST's body on a 307/308. So every request says
// `redirect: "manual"` and each answer passes here: the rare redirect is handed to redirects.ts, loaded when one
// arrives (a dynamic import keeps it out of the bundle every app loads).
import { RedirectError } from "./errors";
import type { FetchLike } from "./options";

/** The redirect mode of every request the SDK sends. */
export const MANUAL = { redirect: "manual" } as const;

/** `response`, or the answer of the redirect the SDK follows; throws RedirectError for one it does not follow. */
export async function checkRedirect(
  fetch: FetchLike,
  request: Request,
  response: Response,
): Promise<Response> {
  // A browser gives an "opaqueredirect" answer (status 0) for a redirect, and hides where it leads.
  if (response.type !== "opaqueredirect" && ![301, 302, 303, 307, 308].includes(response.status))
    return response;
  const follow = await import("./redirects").then(
    (m) => m.followRedirect,
    () => undefined,
  );
  if (follow) return follow(fetch, request, response);
  throw new RedirectError(`${request.method} was redirected; set baseUrl to the server's final URL.`, {
    status: response.status,
    method: request.method,
    url: request.url,
  });
}
