// `lf.auth`: login (OAuth2 password form), refresh, auto-login and logout. Hand-written types: 1.13.0
// leaves `/api/v1/login` etc. out of its OpenAPI spec. Use the tokens with
// `lf.withOptions({ apiKey: undefined, token: tokens.access_token })`.
import type { APIPromise } from "../core/api-promise";
import type { RequestOptions } from "../core/request-options";
import { APIResource } from "../core/resource";

export interface AuthTokens {
  access_token: string;
  refresh_token: string | null;
  token_type: string;
}

export class Auth extends APIResource {
  /** `POST /api/v1/login` with a form body; 401 "Incorrect username or password" on bad credentials. */
  login(username: string, password: string, options?: RequestOptions): APIPromise<AuthTokens> {
    const body = new URLSearchParams({ username, password });
    return this.transport.json<AuthTokens>(
      { method: "POST", path: "/api/v1/login", body, schema: "authTokens" },
      options,
    );
  }

  /**
   * New tokens from a refresh token. The server reads it from the `refresh_token_lf` cookie: in Node it is
   * sent for you; in a browser the cookie the login set is sent when `fetch` uses credentials.
   */
  refresh(refreshToken?: string, options?: RequestOptions): APIPromise<AuthTokens> {
    const headers = refreshToken ? { cookie: `refresh_token_lf=${refreshToken}` } : undefined;
    return this.transport.json<AuthTokens>(
      { method: "POST", path: "/api/v1/refresh", headers, schema: "authTokens" },
      options,
    );
  }

  /** Tokens without credentials, when the server runs with `LANGFLOW_AUTO_LOGIN` (else 400/403). */
  autoLogin(options?: RequestOptions): APIPromise<AuthTokens> {
    return this.transport.json<AuthTokens>(
      { method: "GET", path: "/api/v1/auto_login", schema: "authTokens" },
      options,
    );
  }

  /** Ends the session of the token this client uses (`POST /api/v1/logout`). */
  logout(options?: RequestOptions): APIPromise<{ message: string }> {
    return this.transport.json({ method: "POST", path: "/api/v1/logout" }, options);
  }
}
