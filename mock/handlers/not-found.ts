// What 1.13.0 answers where no route of the API matches (its `api_not_found` catch-all and Starlette's routing):
//  - `/api`: 307 to `/api/` (Starlette adds the slash, any method);
//  - under `/api/`: GET and HEAD → 404 `{"detail":"Not Found"}`, even on a path another method serves (the catch-all
//    claims GET and HEAD); any other method → 405 with `Allow`: the methods of the route at that path, else
//    "GET, HEAD" (the catch-all's);
//  - a root route (`/health`, `/logs`, ...) with another method → 405 with its `Allow` (HEAD included).
// Other paths are not Langflow's API: in-process they stay unhandled (msw's onUnhandledRequest), the standalone
// server answers the web page (mock/transports/web-page.ts).
import { HttpHandler, http, type RequestHandler } from "msw";
import { httpError, notFound } from "../http/errors";
import { anyApiPath, routePath, serverPath } from "../http/paths";
import { route } from "../http/route";

interface Route {
  path: RegExp;
  method: string;
}

function allowHeader(methods: string[]): { allow: string } {
  return { allow: [...new Set(methods)].join(", ") };
}

export function notFoundHandlers(handlers: RequestHandler[]): RequestHandler[] {
  const routes: Route[] = handlers
    .filter((h): h is HttpHandler => h instanceof HttpHandler)
    .flatMap((h) =>
      h.info.path instanceof RegExp ? [{ path: h.info.path, method: String(h.info.method) }] : [],
    );
  const methodsAt = (url: URL) => {
    const clean = url.origin + url.pathname;
    return routes.filter((r) => r.path.test(clean)).map((r) => r.method);
  };

  const underApi = route(({ request, url }) => {
    const path = serverPath(url.pathname);
    if (path === "/api") {
      const location = new URL(`${url.pathname}/`, url.origin).href;
      return new Response(null, { status: 307, headers: { location } });
    }
    if (request.method === "GET" || request.method === "HEAD") throw notFound();
    const methods = methodsAt(url);
    throw httpError(405, "Method Not Allowed", allowHeader(methods.length > 0 ? methods : ["GET", "HEAD"]));
  });
  const atRootRoute = route(({ url }) => {
    throw httpError(405, "Method Not Allowed", allowHeader(methodsAt(url)));
  });

  const rootRoutes = new Map<string, RegExp>();
  for (const r of routes) {
    const path = routePath(r.path);
    if (path && !path.startsWith("/api/")) rootRoutes.set(path, r.path);
  }
  return [
    http.all(anyApiPath, underApi),
    ...[...rootRoutes.values()].map((path) => http.all(path, atRootRoute)),
  ];
}
