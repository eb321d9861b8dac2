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
