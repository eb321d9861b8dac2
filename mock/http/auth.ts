// Authentication as Langflow 1.13.0 does it.
//  - "apiKey" routes (/run, /webhook, /responses): only an API key (header `x-api-key` or query `?x-api-key=`).
//  - "user" routes (most of v1, v2): Bearer token / `access_token_lf` cookie, or an API key.
// 403 for missing credentials or an unknown key, 401 for a bad/expired token.
import type { MockContext } from "../context";
import type { UserRecord } from "../state/users";
import { httpError } from "./errors";

export type AuthMode = "user" | "apiKey";

export const AUTO_LOGIN_ERROR =
  "Since v1.5, LANGFLOW_AUTO_LOGIN requires a valid API key. Set LANGFLOW_SKIP_AUTH_AUTO_LOGIN=true to skip this " +
  "check. Please update your authentication method.";

/** The API key sent with the request: header first, then the `x-api-key` query parameter. */
export function apiKeyOf(request: Request): string | null {
  const header = request.headers.get("x-api-key");
  if (header) return header;
  return new URL(request.url).searchParams.get("x-api-key") || null;
}

function bearerOf(request: Request): string | null {
  const header = request.headers.get("authorization");
  if (header && /^bearer\s+/i.test(header)) return header.replace(/^bearer\s+/i, "").trim();
  return cookieOf(request, "access_token_lf");
}

/**
 * A cookie as Starlette reads it (its cookie_parser): chunks split on ";", name and value at the first "=", both
 * trimmed, a quoted value unquoted as Python's http.cookies does, and no percent-decoding (so `%ZZ` is just an
 * invalid token: 401, never a 500). The last cookie of a name wins.
 */
export function cookieOf(request: Request, name: string): string | null {
  const header = request.headers.get("cookie");
  if (!header) return null;
  let found: string | null = null;
  for (const chunk of header.split(";")) {
    const eq = chunk.indexOf("=");
    const key = eq < 0 ? "" : chunk.slice(0, eq).trim();
    if (key === name) found = unquote(chunk.slice(eq + 1).trim());
  }
  return found;
}

/** Python's `http.cookies._unquote`: `"a\"b\073"` → `a"b;`; an unquoted value stays as it is. */
function unquote(value: string): string {
  if (value.length < 2 || !value.startsWith('"') || !value.endsWith('"')) return value;
  return value
    .slice(1, -1)
    .replace(/\\(?:([0-3][0-7]{2})|(.))/g, (_, octal: string | undefined, char: string | undefined) =>
      octal ? String.fromCharCode(Number.parseInt(octal, 8)) : (char ?? ""),
    );
}

/** Returns the calling user or throws the 401/403 Langflow answers. */
export function authenticate(ctx: MockContext, request: Request, mode: AuthMode = "user"): UserRecord {
  const { options, state } = ctx;
  const key = apiKeyOf(request);
  if (mode === "user") {
    const token = bearerOf(request);
    if (token) return userFromToken(ctx, token);
  }
  if (key) {
    const user = state.users.useApiKey(key);
    if (!user) throw httpError(403, mode === "apiKey" ? "Invalid or missing API key" : "Invalid API key");
    return active(user);
  }
  if (options.autoLogin && options.skipAuthAutoLogin) return state.users.superuser;
  if (mode === "apiKey") {
    throw httpError(
      403,
      options.autoLogin ? AUTO_LOGIN_ERROR : "An API key must be passed as query or header",
    );
  }
  throw httpError(403, "No authentication credentials provided");
}

function userFromToken(ctx: MockContext, token: string): UserRecord {
  const record = ctx.state.users.checkToken(token);
  if (record === "expired") throw httpError(401, "Token has expired", { "www-authenticate": "Bearer" });
  if (!record) throw httpError(401, "Invalid token", { "www-authenticate": "Bearer" });
  if (record.type !== "access") throw httpError(401, "Invalid token type", { "www-authenticate": "Bearer" });
  const user = ctx.state.users.users.get(record.userId);
  if (!user) throw httpError(401, "Invalid token", { "www-authenticate": "Bearer" });
  return active(user);
}

function active(user: UserRecord): UserRecord {
  if (!user.is_active) throw httpError(403, "User account is inactive");
  return user;
}

/** Superuser-only routes. */
export function requireSuperuser(user: UserRecord): UserRecord {
  if (!user.is_superuser) throw httpError(403, "The user doesn't have enough privileges");
  return user;
}
