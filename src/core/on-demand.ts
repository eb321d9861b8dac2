// The SDK's own modules that load on demand (a dynamic import, so bundlers give each a chunk fetched on first use): a
// module that cannot be loaded (a bundler that dropped the chunk, a network error while fetching it) is a LangflowError
// that names it, and a load started early (while a request is in flight) and awaited later is never an unhandled
// rejection.
import { LangflowError } from "./errors";

/** `load` (write `import("./module")` at the call, so bundlers see it), its failure said as "the SDK's `what`". */
export function onDemand<T>(load: Promise<T>, what: string): Promise<T> {
  const loading = load.catch((cause: unknown) => {
    throw new LangflowError(`Could not load the SDK's ${what} (${String(cause)}).`, { cause });
  });
  loading.catch(() => undefined);
  return loading;
}
