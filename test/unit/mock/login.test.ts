// Login / refresh / logout / auto-login (statements 4, 6).
import { describe, expect, it } from "vitest";
import { BASE, useMock } from "./support";

const { lf, call } = useMock();

function login(username: string, password: string) {
  return fetch(`${BASE}/api/v1/login`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ username, password }),
  });
}

describe("login", () => {
  it("form login → tokens + cookies; the access token works as Bearer", async () => {
    const { username, password } = lf.options.superuser;
    const res = await login(username, password);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      access_token: expect.any(String),
      refresh_token: expect.any(String),
      token_type: "bearer",
    });
    const cookies = res.headers.getSetCookie();
    expect(cookies.some((c) => c.startsWith(`access_token_lf=${body.access_token}`))).toBe(true);
    expect(cookies.some((c) => c.startsWith(`refresh_token_lf=${body.refresh_token}`))).toBe(true);
    const projects = await call("/api/v1/projects/", {
      auth: false,
      headers: { authorization: `Bearer ${body.access_token}` },
    });
    expect(projects.status).toBe(200);
  });

  it("bad credentials → 401 with WWW-Authenticate; missing fields → 422", async () => {
    const res = await login("langflow", "wrong");
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toBe("Bearer");
    expect(await res.json()).toEqual({ detail: "Incorrect username or password" });
    const json = await call("/api/v1/login", { auth: false, json: { username: "langflow", password: "x" } });
    expect(json.status).toBe(422);
    expect((await json.json()).detail.map((d: { loc: string[] }) => d.loc)).toEqual([
      ["body", "username"],
      ["body", "password"],
    ]);
  });

  it("refresh reads the refresh_token_lf cookie; without it → 401 'Invalid refresh token'", async () => {
    const none = await call("/api/v1/refresh", { auth: false, method: "POST" });
    expect(none.status).toBe(401);
    expect(await none.json()).toEqual({ detail: "Invalid refresh token" });
    const { username, password } = lf.options.superuser;
    const { refresh_token, access_token } = await (await login(username, password)).json();
    const bearerAsRefresh = await call("/api/v1/refresh", {
      auth: false,
      method: "POST",
      headers: { cookie: `refresh_token_lf=${access_token}` },
    });
    expect(bearerAsRefresh.status).toBe(401);
    const res = await call("/api/v1/refresh", {
      auth: false,
      method: "POST",
      headers: { cookie: `refresh_token_lf=${refresh_token}` },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).token_type).toBe("bearer");
  });

  it("logout clears the cookies", async () => {
    const res = await call("/api/v1/logout", { auth: false, method: "POST" });
    expect(await res.json()).toEqual({ message: "Logout successful" });
    expect(res.headers.getSetCookie().every((c) => c.includes("Max-Age=0"))).toBe(true);
  });

  it("auto_login when disabled → 403 {message, auto_login:false} (as 1.13.0)", async () => {
    const res = await call("/api/v1/auto_login", { auth: false });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ detail: { message: "Auto login is disabled.", auto_login: false } });
  });
});
