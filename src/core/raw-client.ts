// The typed raw client: openapi-fetch over every operation of spec/langflow.openapi.json, sending through the SDK's
// transport (auth, timeout, retries, hooks), but returning HTTP errors as openapi-fetch's `error`.
// openapi-fetch is loaded on the first raw call (a dynamic import, as every call of it returns a promise): an app
// that never uses `lf.raw` does not load it, and bundlers put it in a chunk of its own (`npm run size`).
import type { Client, Middleware } from "openapi-fetch";
import type { paths } from "../generated/openapi";
import { LangflowConfigError, missingPackage } from "./errors";
import { setHeaders } from "./headers";
import { segment } from "./path";
import type { Transport } from "./transport";

/**
 * openapi-fetch client typed with every Langflow path. Response types are those of `application/json`
 * (stream and download endpoints are read through the SDK's wrappers or with `parseAs`).
 */
export type RawClient = Client<paths, "application/json">;

/**
 * Path parameters go through the SDK's segment check (src/core/path.ts): "", ".", ".." and ids with a "/" are refused
 * before anything is sent (they would reach another route), everything else is encoded. The Langflow spec has
 * simple-style path parameters only. Runs inside openapi-fetch's call, so a refusal rejects the call's promise.
 */
function pathSerializer(pathname: string, params: Record<string, unknown>): string {
  return pathname.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    if (params[name] === undefined || params[name] === null)
      throw new LangflowConfigError(name, `Missing path parameter "${name}" for ${pathname}.`);
    return segment(String(params[name]), pathname);
  });
}

/** For openapi-fetch: the transport's attempts, timeouts and hooks, but an HTTP error is returned, not thrown. */
async function fetchRaw(transport: Transport, request: Request): Promise<Response> {
  // The client's headers under the request's own (openapi-fetch's, a call's `headers`).
  const headers: Record<string, string> = {};
  setHeaders(headers, transport.options.headers);
  for (const [name, value] of request.headers) headers[name] = value;
  // openapi-fetch sends JSON strings, form data or nothing: read once, its bytes can be sent again on a retry.
  const body = request.body ? await request.arrayBuffer() : undefined;
  return transport.send(
    () => ({ url: request.url, headers, body }),
    request.method.toUpperCase(),
    { signal: request.signal },
    { throwOnHttpError: false },
  );
}

const METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

export function createRawClient(transport: Transport): RawClient {
  let client: Promise<RawClient> | undefined;
  const load = () =>
    (client ??= import("openapi-fetch").then(
      ({ default: createClient }) =>
        createClient<paths, "application/json">({
          baseUrl: transport.options.baseUrl,
          fetch: (request: Request) => fetchRaw(transport, request),
          pathSerializer,
        }),
      (cause: unknown) => {
        client = undefined;
        throw missingPackage("openapi-fetch", "lf.raw", cause);
      },
    ));
  // Middleware registered with use()/eject() is kept here and given to each call (openapi-fetch runs a call's
  // `middleware` after the client's own), so it works before the client is loaded too.
  const middleware: Middleware[] = [];
  const call =
    (method: (typeof METHODS)[number] | "request") =>
    (...args: unknown[]): Promise<unknown> => {
      const init = (method === "request" ? args[2] : args[1]) as { middleware?: Middleware[] } | undefined;
      const withMiddleware = { ...init, middleware: [...middleware, ...(init?.middleware ?? [])] };
      const rest = method === "request" ? [args[0], args[1], withMiddleware] : [args[0], withMiddleware];
      return load().then((c) => (c[method] as (...a: unknown[]) => Promise<unknown>)(...rest));
    };
  const raw: Record<string, unknown> = {
    request: call("request"),
    use: (...added: Middleware[]) => void middleware.push(...added),
    eject: (...removed: Middleware[]) => {
      for (const m of removed) if (middleware.includes(m)) middleware.splice(middleware.indexOf(m), 1);
    },
  };
  for (const method of METHODS) raw[method] = call(method);
  return raw as unknown as RawClient;
}
