// What the SDK does with a redirect (loaded on demand by redirect-check.ts). It follows one only when that cannot
// leak or repeat anything: to the same origin as the request (scheme, host and port: https -> http is another
// origin, as is another port), for a GET or HEAD (a POST that runs a flow is never sent twice, and a 301/302/303
// would turn it into a GET that "succeeds" without running anything), at most MAX_HOPS times. Anything else is
// refused with a message that names both URLs (redacted) and the baseUrl to set instead.
// This file imports nothing at run time: a module shared with the eager bundle would split that bundle in two
// chunks (larger, see `npm run size`), so the caller passes `redact` and makes the RedirectError.
import type { FetchLike } from "./options";

const MAX_HOPS = 5;

/** Why a redirect is not followed: the RedirectError's message, and where it pointed (unknown in a browser). */
export interface Refusal {
  message: string;
  status: number;
  url: string;
  location?: string;
}

/** The server root to suggest for `url`: what comes before its API path (`/api/v1/...`), else its origin. */
function baseOf(url: URL): string {
  const api = url.pathname.search(/\/api\/v\d+(\/|$)/);
  return `${url.origin}${api > 0 ? url.pathname.slice(0, api) : ""}`;
}

/** What was sent: a Request, or a call's init (the transport sends most calls as fetch(url, init)). */
export type Sent = Pick<RequestInit, "headers" | "signal"> & { method: string };

export async function followRedirect(
  fetch: FetchLike,
  firstUrl: string,
  first: Sent,
  response: Response,
  redact: (url: string) => string,
): Promise<Response | Refusal> {
  const { method, headers, signal } = first;
  const origin = new URL(firstUrl).origin;
  let url = firstUrl;
  for (let hop = 1; ; hop++) {
    const from = `${method} ${redact(url)}`;
    const at = { status: response.status, url };
    if (response.type === "opaqueredirect") {
      return {
        ...at,
        message: `${from} was redirected, and the browser does not show the SDK where to, so it cannot check that your credentials stay with ${origin}. Set baseUrl to the server's final URL (the browser's network panel shows the redirect).`,
      };
    }
    const location = response.headers.get("location");
    let target: URL | undefined;
    try {
      if (location !== null) target = new URL(location, url);
    } catch {
      // not a URL: handled below
    }
    // No usable target, or not a redirect (304 Not Modified...): an HTTP answer like any other.
    if (!target || ![301, 302, 303, 307, 308].includes(response.status)) return response;
    let why: string | undefined;
    if (target.origin !== origin) why = "another origin: the SDK does not send your credentials there";
    else if (method !== "GET" && method !== "HEAD")
      why = `the SDK does not send a ${method} again to a new URL (it could run a flow twice, or turn it into a GET that runs nothing)`;
    else if (hop > MAX_HOPS) why = `more than ${MAX_HOPS} redirects in a row`;
    await response.body?.cancel().catch(() => undefined);
    if (why) {
      // An origin never holds credentials: the suggested baseUrl needs no redaction.
      return {
        ...at,
        location: target.href,
        message: `${from} was redirected (${response.status}) to ${redact(target.href)}; ${why}. If Langflow is there, set baseUrl to "${baseOf(target)}".`,
      };
    }
    // The same headers (the key: same origin only, checked above), never a body (GET and HEAD only).
    url = target.href;
    response = await fetch(new Request(url, { method, headers, signal, redirect: "manual" }));
    if (![301, 302, 303, 307, 308].includes(response.status)) return response;
  }
}
