// Server basics: version, health and config, the first thing an app checks.
import { expect } from "vitest";
import { useTarget } from "./support/scenario";

const { scenario } = useTarget();

scenario("version and health answer", async ({ lf }) => {
  const version = await lf.version();
  expect(version.version).toMatch(/^\d+\.\d+\.\d+/);
  expect(version.package).toBeTypeOf("string");
  expect(await lf.health()).toEqual({ status: "ok" });
});

scenario(
  "config: public subset without a key, full config with one",
  {
    na: {
      prism:
        "the 1.13.0 spec requires an API key for /api/v1/config, so Prism answers 401 to the anonymous request; the server answers its public config subset",
    },
  },
  async ({ lf, client }) => {
    const anonymous = await client({ apiKey: undefined }).config();
    expect(anonymous.type).toBe("public");
    const full = await lf.config();
    expect(full.type).toBe("full");
    expect(full).toHaveProperty("webhook_auth_enable");
  },
);
