// lf.apiKeys and lf.auth through the public client, against the in-process mock.
import { getResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createLangflowMock } from "../../../mock";
import { AuthenticationError, LangflowClient, PermissionDeniedError } from "../../../src/index";
import { useMockedClient } from "./support";

const { client } = useMockedClient();

describe("lf.apiKeys", () => {
  it("creates a key (full once), lists it masked, deletes it", async () => {
    const lf = client();
    const key = await lf.apiKeys.create({ name: "ci" });
    expect(key.api_key).toMatch(/^sk-/);
    const listed = (await lf.apiKeys.list()).api_keys.find((k) => k.id === key.id);
    expect(listed?.api_key).not.toBe(key.api_key);
    const other = new LangflowClient({ baseUrl: "http://langflow.test", apiKey: key.api_key });
    expect((await other.apiKeys.list()).total_count).toBeGreaterThan(0);
    await lf.apiKeys.delete(key.id);
    expect((await lf.apiKeys.list()).api_keys.some((k) => k.id === key.id)).toBe(false);
  });
});

describe("lf.auth", () => {
  it("logs in with a form body, uses the token, refreshes, logs out", async () => {
    const lf = client();
    const session = await lf.auth.login("langflow", "langflow-mock-password");
    expect(session.token_type).toBe("bearer");
    const me = lf.withOptions({ apiKey: undefined, token: session.access_token });
    expect(Array.isArray((await me.apiKeys.list()).api_keys)).toBe(true);
    const again = await lf.auth.refresh(session.refresh_token ?? "");
    expect(again.access_token).toBeTruthy();
    expect((await lf.auth.logout()).message).toMatch(/Logout/);
  });

  it("names bad credentials without echoing the password", async () => {
    const err = await client()
      .auth.login("langflow", "wrong-secret-pw")
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AuthenticationError);
    expect(String((err as Error).message)).not.toContain("wrong-secret-pw");
    // The hint is about what login sent, not about the client's API key.
    expect((err as Error).message).toMatch(/Check the username and password\.$/);
    expect((err as Error).message).not.toMatch(/API key/);
  });

  it("logout answers 'Logout successful' and expires the session cookies", async () => {
    const lf = client();
    const tokens = await lf.auth.login("langflow", "langflow-mock-password");
    const me = lf.withOptions({ apiKey: undefined, token: tokens.access_token });
    const { data, response } = await me.auth.logout().withResponse();
    expect(data).toEqual({ message: "Logout successful" });
    const cookies = response.headers.getSetCookie();
    expect(cookies.map((c) => c.split("=")[0]).sort()).toEqual([
      "access_token_lf",
      "apikey_tkn_lflw",
      "refresh_token_lf",
    ]);
    expect(cookies.every((c) => c.includes("Max-Age=0"))).toBe(true);
  });

  it("autoLogin with auto-login off: PermissionDeniedError 403 {message, auto_login: false} (1.13.0; docs: 400)", async () => {
    const err = await client()
      .auth.autoLogin()
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PermissionDeniedError);
    expect(err).toMatchObject({
      status: 403,
      detail: { message: "Auto login is disabled.", auto_login: false },
    });
  });

  it("autoLogin with auto-login on: tokens without credentials, and a client that uses them", async () => {
    // A second mock with LANGFLOW_AUTO_LOGIN on, reached through the client's fetch option (no second msw server).
    const auto = createLangflowMock({ autoLogin: true });
    const fetchAuto = async (input: RequestInfo | URL, init?: RequestInit) =>
      (await getResponse(auto.handlers, new Request(input, init))) ?? new Response(null, { status: 599 });
    const lf = new LangflowClient({ baseUrl: "http://langflow.test", fetch: fetchAuto });
    const session = await lf.auth.autoLogin();
    expect(session.token_type).toBe("bearer");
    expect(session.access_token).toEqual(expect.any(String));
    expect(session.refresh_token).toEqual(expect.any(String));
    const flows = await lf.withOptions({ token: session.access_token }).flows.listAll();
    expect(flows.map((f) => f.name).sort()).toEqual([
      "Echo chat",
      "Model chat",
      "Prompt chat",
      "Two outputs",
    ]);
    // Without the token the same server refuses (auto-login does not skip auth unless SKIP_AUTH_AUTO_LOGIN).
    await expect(lf.flows.listAll()).rejects.toMatchObject({ status: 403 });
  });
});

describe("403s: a refused API key is an AuthenticationError, anything else a PermissionDeniedError", () => {
  it("no API key (flows) and a wrong one (v1 run): AuthenticationError with status 403, and a hint about the key", async () => {
    const none = await client({ apiKey: undefined })
      .flows.list()
      .catch((e: unknown) => e);
    expect(none).toBeInstanceOf(AuthenticationError);
    expect(none).toMatchObject({ status: 403, detail: "No authentication credentials provided" });
    expect((none as Error).message).toMatch(/Check the API key/);
    const wrong = await client({ apiKey: "sk-wrong-0123456789" })
      .run("echo-chat", { inputValue: "x" })
      .catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(AuthenticationError);
    expect(wrong).not.toBeInstanceOf(PermissionDeniedError);
    expect(wrong).toMatchObject({ status: 403, detail: "Invalid or missing API key" });
  });

  it.each([
    ["An API key must be passed as query or header", AuthenticationError],
    ["Invalid API key", AuthenticationError],
    ["API key required when webhook authentication is enabled", AuthenticationError],
    ["The user doesn't have enough privileges", PermissionDeniedError],
    ["User account is inactive", PermissionDeniedError],
    ["You don't have access to this flow", PermissionDeniedError],
  ])("403 %j -> %o", async (detail, cls) => {
    const lf = new LangflowClient({
      baseUrl: "http://langflow.test",
      apiKey: "k",
      fetch: async () => Response.json({ detail }, { status: 403 }),
    });
    const error = await lf.flows.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(cls);
    expect(error).toMatchObject({ status: 403, detail });
  });
});
