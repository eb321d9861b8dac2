// What the SDK does with a redirect (loaded on demand by redirect-check.ts). It follows one only when that cannot
// leak or repeat anything: to the same origin as the request (scheme, host and port: https -> http is another
// origin, as is another port), for a GET or HEAD (a POST that runs a flow is never sent twice, and a 301/302/303
// would turn it into a GET that "succeeds" without running anything), at most MAX_HOPS times. Anything else is a
// RedirectError that names both URLs (redacted) and the baseUrl to set instead.
import { RedirectError } from "./errors";
import type { FetchLike } from "./options";
import { redactUrl } from "./redact";

const MAX_HOPS = 5;

/** The server root to suggest for `url`: what comes before its API path (`/api/v1/...`), else its origin. */
function baseOf(url: URL): string {
  const api = url.pathname.search(/\/api\/v\d+(\/|$)/);
  return `${url.origin}${api > 0 ? url.pathname.slice(0, api) : ""}`;
}

export async function followRedirect(
  fetch: FetchLike,
  first: Request,
  response: Response,
): Promise<Response> {
  const { method } = first;
  const origin = new URL(first.url).origin;
  let request = first;
  for (let hop = 1; ; hop++) {
    const from = redactUrl(request.url);
    const init = { status: response.status, method, url: request.url };
    if (response.type === "opaqueredirect") {
      throw new RedirectError(
        `${method} ${from} was redirected, and the browser does not show the SDK where to, so it cannot check that your credentials stay with ${origin}. Set baseUrl to the server's final URL (the browser's network panel shows the redirect).`,
        init,
      );
    }
    const location = response.headers.get("location");
    let target: URL | undefined;
    try {
      if (location !== null) target = new URL(location, request.url);
    } catch {
      // not a URL: handled below
    }
    if (!target) return response; // no usable target: an HTTP answer like any other
    const to = redactUrl(target.href);
    // An origin never holds credentials, so the suggestion needs no redaction.
    const fix = `If Langflow is there, set baseUrl to "${baseOf(target)}".`;
    let why: string | undefined;
    if (target.origin !== origin) why = `another origin: the SDK does not send your credentials there`;
    else if (method !== "GET" && method !== "HEAD")
      why = `the SDK does not send a ${method} again to a new URL (it could run a flow twice, or turn it into a GET that runs nothing)`;
    else if (hop > MAX_HOPS) why = `more than ${MAX_HOPS} redirects in a row`;
    if (why) {
      await response.body?.cancel().catch(() => undefined);
      throw new RedirectError(
        `${method} ${from} was redirected (${response.status}) to ${to}; ${why}. ${fix}`,
        {
          ...init,
          location: target.href,
        },
      );
    }
    await response.body?.cancel().catch(() => undefined);
    request = new Request(target, {
      method,
      headers: request.headers,
      signal: request.signal,
      redirect: "manual",
    });
    response = await fetch(request);
    if (![301, 302, 303, 307, 308].includes(response.status)) return response;
  }
}
