// Route patterns. `*` in front makes one handler set work in-process (any base URL), in the browser, behind the
// standalone server, and under DataStax's `/lf/{langflowId}` prefix.

/** `api("/api/v1/flows/")` → `"*\/api/v1/flows/"`. */
export function api(path: string): string {
  return `*${path}`;
}
