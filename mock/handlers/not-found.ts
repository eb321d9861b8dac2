// Unknown Langflow routes answer FastAPI's 404 JSON; a known path with another method answers 405 with `Allow`.
// Only Langflow paths are caught, so an app's other requests still reach msw's onUnhandledRequest in-process.
import { HttpHandler, http, matchRequestUrl, type RequestHandler } from "msw";
import { httpError, notFound } from "../http/errors";
import { route } from "../http/route";

export function notFoundHandlers(handlers: RequestHandler[]): RequestHandler[] {
  const routes = handlers
    .filter((h): h is HttpHandler => h instanceof HttpHandler)
    .flatMap((h) => {
      const path = h.info.path;
      return typeof path === "string" || path instanceof RegExp
        ? [{ path, method: String(h.info.method) }]
        : [];
    });
  const answer = route(({ request, url }) => {
    const allowed = routes.filter((r) => matchRequestUrl(url, r.path).matches).map((r) => r.method);
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      throw httpError(405, "Method Not Allowed", { allow: [...new Set(allowed)].join(", ") });
    }
    throw notFound();
  });
  return [http.all("*/api/*", answer), http.all("*/logs", answer), http.all("*/health*", answer)];
}
