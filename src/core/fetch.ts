import { LangflowConfigError } from "./errors";
import type { FetchLike, ResolvedOptions } from "./options";

/** The fetch to call for this request: the configured one, else whatever `globalThis.fetch` is *now*. */
export function currentFetch(options: Pick<ResolvedOptions, "fetch">): FetchLike {
  if (options.fetch) return options.fetch;
  if (typeof globalThis.fetch !== "function") {
    throw new LangflowConfigError(
      "fetch",
      "No fetch is available in this runtime; pass one as the `fetch` option.",
    );
  }
  // Late-bound: msw (and any test double) replaces globalThis.fetch after the client may have been built.
  return (request) => globalThis.fetch(request);
}
