// The typed raw client: openapi-fetch over every operation of spec/langflow.openapi.json.
import createClient, { type Client } from "openapi-fetch";
import type { paths } from "../generated/openapi";
import { applyAuth } from "./auth";
import type { ResolvedOptions } from "./options";

/**
 * openapi-fetch client typed with every Langflow path. Response types are those of `application/json`
 * (stream and download endpoints are read through the SDK's wrappers or with `parseAs`).
 */
export type RawClient = Client<paths, "application/json">;

/** The fetch to call for this request: the configured one, else whatever `globalThis.fetch` is *now*. */
export function currentFetch(
  options: Pick<ResolvedOptions, "fetch">,
): (request: Request) => Promise<Response> {
  if (options.fetch) return options.fetch;
  if (typeof globalThis.fetch !== "function") {
    throw new TypeError("No fetch is available in this runtime; pass one as the `fetch` option.");
  }
  return (request) => globalThis.fetch(request);
}

export function createRawClient(options: ResolvedOptions): RawClient {
  const client = createClient<paths, "application/json">({
    baseUrl: options.baseUrl,
    headers: options.headers,
    // Late-bound: msw (and any test double) replaces globalThis.fetch after the client may have been built.
    fetch: (request: Request) => currentFetch(options)(request),
  });
  client.use({
    async onRequest({ request }) {
      await applyAuth(request.headers, options);
      return request;
    },
  });
  return client;
}
