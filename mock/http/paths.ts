// Route patterns. One handler set serves every transport: in-process (any origin), in the browser, behind the
// standalone server. A route matches at the root of any origin and under DataStax's `/lf/{langflowId}` prefix, and
// nowhere else: `http://x/foo/api/v1/version` is not a Langflow URL, so a wrong base URL fails in tests as it does
// in production (the real server answers its web page there, the in-process mock leaves the request unhandled).
//
// msw string paths cannot say that (a leading `*` matches any prefix, and their matching ignores case and a missing
// trailing slash), so each route is a RegExp: exact, case-sensitive, `:name` segments as named groups (msw passes
// them as `params`, percent-decoded as for string paths).

/** The origin msw matches against (`http://host:port`), then the optional DataStax prefix. */
const ORIGIN = String.raw`^[a-z][a-z\d+.-]*://[^/]+`;
const LANGFLOW_ID_PREFIX = "(?:/lf/[^/]+)?";

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The pattern of a server path (`/api/v1/flows/:flowId`), without the origin and prefix parts. */
function pathPattern(path: string): string {
  return path
    .split("/")
    .map((segment) => (segment.startsWith(":") ? `(?<${segment.slice(1)}>[^/]+)` : escapeRegExp(segment)))
    .join("/");
}

/**
 * A route of the server: `api("/api/v1/flows/:flowId")` matches `<any origin>[/lf/<id>]/api/v1/flows/<id>` exactly
 * (trailing slash as written, case-sensitive), as Starlette matches it.
 */
export function api(path: string): RegExp {
  const pattern = new RegExp(`${ORIGIN}${LANGFLOW_ID_PREFIX}${pathPattern(path)}$`);
  routePaths.set(pattern, path);
  return pattern;
}

const routePaths = new WeakMap<RegExp, string>();

/** The server path an `api()` pattern was made from (`"/api/v1/flows/:flowId"`), undefined for other patterns. */
export function routePath(pattern: RegExp): string | undefined {
  return routePaths.get(pattern);
}

/** Every path under the API root (`/api/...`, also `/api` itself), for the not-found answers. */
export const anyApiPath: RegExp = new RegExp(`${ORIGIN}${LANGFLOW_ID_PREFIX}/api(?:/.*)?$`);

/** The path a request names once the DataStax prefix is taken off (`/lf/abc/api/v1/x` → `/api/v1/x`). */
export function serverPath(pathname: string): string {
  return pathname.replace(/^\/lf\/[^/]+(?=\/)/, "");
}
