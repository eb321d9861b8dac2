// Wraps a handler so nothing a client sends can crash the mock: HttpError → its response, anything else → 500.
import type { DefaultBodyType, HttpResponseResolver, PathParams } from "msw";
import { HttpError, jsonResponse } from "./errors";

export type RouteInfo<P extends PathParams = PathParams> = {
  request: Request;
  params: P;
  url: URL;
};

export function route<P extends PathParams = PathParams>(
  fn: (info: RouteInfo<P>) => Response | Promise<Response>,
): HttpResponseResolver<P, DefaultBodyType, DefaultBodyType> {
  return async ({ request, params }) => {
    // Langflow's server (Starlette) decodes the path before routing, so an id with an encoded "/" in it splits into
    // segments that match no route: FastAPI's bare 404, as for any unknown path (docs/server-quirks.md).
    if (Object.entries(params).some(([name, value]) => !/^\d+$/.test(name) && /\/|%2f/i.test(String(value))))
      return jsonResponse({ detail: "Not Found" }, 404) as never;
    try {
      return (await fn({ request, params, url: new URL(request.url) })) as never;
    } catch (error) {
      if (error instanceof HttpError) return error.toResponse() as never;
      // Langflow answers unexpected errors with a plain 500; keep the message for debugging.
      const message = error instanceof Error ? error.message : String(error);
      return jsonResponse({ detail: `Internal Server Error: ${message}` }, 500) as never;
    }
  };
}
