import { LangflowConfigError } from "./errors";
import type { ResolvedOptions } from "./options";

/**
 * The fetch to call for this request: the configured one, else whatever `globalThis.fetch` is *now*. A configured
 * fetch (a FetchLike) is only ever given a Request: the transport builds one whenever that option is set.
 */
export function currentFetch(options: Pick<ResolvedOptions, "fetch">): typeof fetch {
  if (options.fetch) return options.fetch as typeof fetch;
  if (typeof globalThis.fetch !== "function") {
    throw new LangflowConfigError(
      "fetch",
      "No fetch is available in this runtime; pass one as the `fetch` option.",
    );
  }
  // Late-bound: msw (and any test double) replaces globalThis.fetch after the client may have been built.
  return (input, init) => globalThis.fetch(input, init);
}
