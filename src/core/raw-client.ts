// The typed raw client: openapi-fetch over every operation of spec/langflow.openapi.json, sending through
// the SDK's transport (auth, timeout, retries, hooks), but returning HTTP errors as openapi-fetch's `error`.
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../generated/openapi";
import { LangflowConfigError } from "./errors";
import { segment } from "./path";
import type { Transport } from "./transport";

/**
 * openapi-fetch client typed with every Langflow path. Response types are those of `application/json`
 * (stream and download endpoints are read through the SDK's wrappers or with `parseAs`).
 */
export type RawClient = Client<paths, "application/json">;

/**
 * Path parameters go through the SDK's segment check (src/core/path.ts): "", "." and ".." are refused before anything
 * is sent (they would reach another route), everything else is encoded. The Langflow spec has simple-style path
 * parameters only. Runs inside openapi-fetch's call, so a refusal rejects the call's promise.
 */
function pathSerializer(pathname: string, params: Record<string, unknown>): string {
  return pathname.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    if (params[name] === undefined || params[name] === null)
      throw new LangflowConfigError(name, `Missing path parameter "${name}" for ${pathname}.`);
    return segment(String(params[name]), pathname);
  });
}

export function createRawClient(transport: Transport): RawClient {
  return createClient<paths, "application/json">({
    baseUrl: transport.options.baseUrl,
    fetch: (request: Request) => transport.fetchRaw(request),
    pathSerializer,
  });
}
