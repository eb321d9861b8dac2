// The typed raw client: openapi-fetch over every operation of spec/langflow.openapi.json, sending through
// the SDK's transport (auth, timeout, retries, hooks), but returning HTTP errors as openapi-fetch's `error`.
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../generated/openapi";
import type { Transport } from "./transport";

/**
 * openapi-fetch client typed with every Langflow path. Response types are those of `application/json`
 * (stream and download endpoints are read through the SDK's wrappers or with `parseAs`).
 */
export type RawClient = Client<paths, "application/json">;

export function createRawClient(transport: Transport): RawClient {
  return createClient<paths, "application/json">({
    baseUrl: transport.options.baseUrl,
    fetch: (request: Request) => transport.fetchRaw(request),
  });
}
