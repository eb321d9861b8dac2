// lf.apiKeys and lf.auth through the public client, against the in-process mock.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { setupLangflowMock } from "../../../mock/node";
import { AuthenticationError, LangflowClient } from "../../../src/index";

const mock = setupLangflowMock();
beforeAll(() => mock.listen({ onUnhandledRequest: "error" }));
afterEach(() => mock.reset());
afterAll(() => mock.close());
const client = () => new LangflowClient({ baseUrl: "http://langflow.test", apiKey: mock.apiKey });

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
    const me = session.client();
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
  });

  it("autoLogin answers per server setting", async () => {
    const r = await client()
      .auth.autoLogin()
      .then(
        (s) => s.access_token,
        (e: unknown) => e,
      );
    expect(r).toBeDefined();
  });
});
