// `X-LANGFLOW-GLOBAL-VAR-<NAME>: value` request headers → request-scoped variables.

/** Header suffix upper-cased, hyphens kept (the server's behavior; the docs' `api-key` → `API_KEY` is not). */
export function globalsFromHeaders(request: Request): Record<string, string> {
  const out: Record<string, string> = {};
  request.headers.forEach((value, key) => {
    const prefix = "x-langflow-global-var-";
    if (key.toLowerCase().startsWith(prefix) && key.length > prefix.length) {
      out[key.slice(prefix.length).toUpperCase()] = value;
    }
  });
  return out;
}
