import { describe, expect, it } from "vitest";
import { useMock } from "./support";

const { call } = useMock({ autoLogin: true });

describe("auto_login enabled", () => {
  it("hands out superuser tokens that work as Bearer", async () => {
    const res = await call("/api/v1/auto_login", { auth: false });
    expect(res.status).toBe(200);
    const { access_token, token_type } = await res.json();
    expect(token_type).toBe("bearer");
    const me = await call("/api/v1/projects/", {
      auth: false,
      headers: { authorization: `Bearer ${access_token}` },
    });
    expect(me.status).toBe(200);
  });
});
