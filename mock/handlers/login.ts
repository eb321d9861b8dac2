// Login, token refresh, logout and auto-login (`/api/v1/login|refresh|logout|auto_login`).
// Tokens are opaque mock tokens from the user store, usable as `Authorization: Bearer` on user routes.
import { http } from "msw";
import type { ApiArea, MockContext } from "../context";
import { cookieOf } from "../http/auth";
import { httpError } from "../http/errors";
import { api } from "../http/paths";
import { route } from "../http/route";
import { type FieldIssue, issue, validationError } from "../http/validation";
import { ACCESS_TOKEN_SECONDS, REFRESH_TOKEN_SECONDS } from "../state/users";

type Tokens = { access_token: string; refresh_token: string; token_type: "bearer" };

function cookie(name: string, value: string, maxAge: number, now: number): string {
  const expires = new Date(now + maxAge * 1000).toUTCString();
  return `${name}=${value}; expires=${expires}; HttpOnly; Max-Age=${maxAge}; Path=/; SameSite=lax`;
}

/** The token body plus the cookies the server sets with it. */
function tokenResponse(ctx: MockContext, tokens: Tokens): Response {
  const now = ctx.options.clock.now();
  const headers = new Headers({ "content-type": "application/json" });
  headers.append("set-cookie", cookie("refresh_token_lf", tokens.refresh_token, REFRESH_TOKEN_SECONDS, now));
  headers.append("set-cookie", cookie("access_token_lf", tokens.access_token, ACCESS_TOKEN_SECONDS, now));
  // The server sets this one to Python's None when login is not by API key.
  headers.append("set-cookie", "apikey_tkn_lflw=None; HttpOnly; Path=/; SameSite=lax");
  return new Response(JSON.stringify(tokens), { status: 200, headers });
}

/** OAuth2PasswordRequestForm: urlencoded or multipart `username` + `password`, else 422 for each missing one. */
async function readLoginForm(request: Request): Promise<{ username: string; password: string }> {
  const type = request.headers.get("content-type") ?? "";
  let form: URLSearchParams | FormData | null = null;
  try {
    if (/application\/x-www-form-urlencoded/i.test(type)) form = new URLSearchParams(await request.text());
    else if (/multipart\/form-data/i.test(type)) form = await request.formData();
  } catch {
    form = null;
  }
  const username = form?.get("username");
  const password = form?.get("password");
  const issues: FieldIssue[] = [];
  if (typeof username !== "string") issues.push(issue.missing(["body", "username"]));
  if (typeof password !== "string") issues.push(issue.missing(["body", "password"]));
  if (issues.length > 0) throw validationError(issues);
  return { username: username as string, password: password as string };
}

export const loginArea: ApiArea = (ctx) => [
  http.post(
    api("/api/v1/login"),
    route(async ({ request }) => {
      const { username, password } = await readLoginForm(request);
      const user = ctx.state.users.findByUsername(username);
      if (!user || user.password !== password) {
        throw httpError(401, "Incorrect username or password", { "www-authenticate": "Bearer" });
      }
      if (!user.is_active) throw httpError(401, "Inactive user");
      user.last_login_at = ctx.options.clock.now();
      return tokenResponse(ctx, ctx.state.users.issueTokens(user.id));
    }),
  ),
  http.post(
    api("/api/v1/refresh"),
    route(({ request }) => {
      const token = cookieOf(request, "refresh_token_lf");
      const record = token ? ctx.state.users.checkToken(token) : undefined;
      if (!record || record === "expired" || record.type !== "refresh")
        throw httpError(401, "Invalid refresh token");
      return tokenResponse(ctx, ctx.state.users.issueTokens(record.userId));
    }),
  ),
  http.post(
    api("/api/v1/logout"),
    route(() => {
      const headers = new Headers({ "content-type": "application/json" });
      const gone = new Date(ctx.options.clock.now()).toUTCString();
      for (const name of ["refresh_token_lf", "access_token_lf", "apikey_tkn_lflw"]) {
        headers.append(
          "set-cookie",
          `${name}=""; expires=${gone}; HttpOnly; Max-Age=0; Path=/; SameSite=lax`,
        );
      }
      return new Response(JSON.stringify({ message: "Logout successful" }), { status: 200, headers });
    }),
  ),
  http.get(
    api("/api/v1/auto_login"),
    route(() => {
      if (!ctx.options.autoLogin) {
        // Docs: 400 with a longer message; 1.13.0 answers 403 with this body (docs/server-quirks.md).
        throw httpError(403, { message: "Auto login is disabled.", auto_login: false });
      }
      return tokenResponse(ctx, ctx.state.users.issueTokens(ctx.state.users.superuser.id));
    }),
  ),
];
