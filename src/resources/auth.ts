// `lf.auth`: login (OAuth2 password form), refresh, auto-login and logout. Hand-written types: 1.13.0
// leaves `/api/v1/login` etc. out of its OpenAPI spec. The returned tokens can make a client of their own.
import type { APIPromise } from "../core/api-promise";
import type { CallOptions, Transport } from "../core/transport";

export interface AuthTokens {
  access_token: string;
  refresh_token: string | null;
  token_type: string;
}

/** Tokens plus a way to use them: `const me = (await lf.auth.login(u, p)).client()`. */
export interface Session<C> extends AuthTokens {
  /** A client like this one, authenticated with `Authorization: Bearer <access_token>`. */
  client(): C;
}

export class Auth<C> {
  readonly #t: Transport;
  readonly #withToken: (token: string) => C;
  constructor(transport: Transport, withToken: (token: string) => C) {
    this.#t = transport;
    this.#withToken = withToken;
  }

  #session(tokens: AuthTokens): Session<C> {
    const withToken = this.#withToken;
    return { ...tokens, client: () => withToken(tokens.access_token) };
  }

  /** `POST /api/v1/login` with a form body; 401 "Incorrect username or password" on bad credentials. */
  login(username: string, password: string, opts?: CallOptions): APIPromise<Session<C>> {
    const body = new URLSearchParams({ username, password });
    return this.#t
      .json<AuthTokens>({ method: "POST", path: "/api/v1/login", body, schema: "authTokens" }, opts)
      .map((t) => this.#session(t));
  }

  /**
   * New tokens from a refresh token. The server reads it from the `refresh_token_lf` cookie: in Node it is
   * sent for you; in a browser the cookie the login set is sent when `fetch` uses credentials.
   */
  refresh(refreshToken?: string, opts: CallOptions = {}): APIPromise<Session<C>> {
    const headers = refreshToken
      ? { ...opts.headers, cookie: `refresh_token_lf=${refreshToken}` }
      : opts.headers;
    return this.#t
      .json<AuthTokens>(
        { method: "POST", path: "/api/v1/refresh", schema: "authTokens" },
        { ...opts, headers },
      )
      .map((t) => this.#session(t));
  }

  /** Tokens without credentials, when the server runs with `LANGFLOW_AUTO_LOGIN` (else 400/403). */
  autoLogin(opts?: CallOptions): APIPromise<Session<C>> {
    return this.#t
      .json<AuthTokens>({ method: "GET", path: "/api/v1/auto_login", schema: "authTokens" }, opts)
      .map((t) => this.#session(t));
  }

  /** Ends the session of the token this client uses (`POST /api/v1/logout`). */
  logout(opts?: CallOptions): APIPromise<{ message: string }> {
    return this.#t.json({ method: "POST", path: "/api/v1/logout" }, opts);
  }
}
