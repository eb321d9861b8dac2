// Review attack M3 (finding F6): a web page must not drive the standalone mock, neither cross-origin (CORS) nor by
// DNS rebinding (a foreign Host header). Hostile requests are sent as a browser would send them.
import { networkInterfaces } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LangflowMockServer, startLangflowMockServer } from "../../../mock/server";
import { rawRequest } from "./raw-http";

let server: LangflowMockServer;
let port: number;
beforeAll(async () => {
  server = await startLangflowMockServer({ port: 0 }); // the library's default, public key
  port = server.port;
});
afterAll(async () => {
  await server.close();
});

describe("a page on another origin", () => {
  const evil = "https://evil.example";

  it("gets no CORS preflight: 403 and no Access-Control-Allow-* headers", async () => {
    const pre = await fetch(`${server.url}/api/v1/flows/`, {
      method: "OPTIONS",
      headers: {
        origin: evil,
        "access-control-request-method": "GET",
        "access-control-request-headers": "x-api-key",
      },
    });
    expect(pre.status).toBe(403);
    expect(pre.headers.get("access-control-allow-origin")).toBeNull();
    expect(pre.headers.get("access-control-allow-headers")).toBeNull();
  });

  it("cannot read flows with the public key, and is told how to allow an origin", async () => {
    const res = await fetch(`${server.url}/api/v1/flows/`, {
      headers: { origin: evil, "x-api-key": server.apiKey },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    const { detail } = await res.json();
    expect(detail).toContain('Origin "https://evil.example" is not allowed');
    expect(detail).toContain("--cors-origin https://evil.example");
    expect(detail).not.toContain(server.apiKey);
  });

  it("cannot change anything with a simple (no-preflight) request either", async () => {
    const before = server.state.messages.messages.size;
    const variables = server.state.variables.ofUser(server.state.users.superuser.id).length;
    const run = await fetch(`${server.url}/api/v1/run/echo-chat?x-api-key=${server.apiKey}`, {
      method: "POST",
      headers: { origin: evil, "content-type": "text/plain" },
      body: JSON.stringify({ input_value: "pwned" }),
    });
    expect(run.status).toBe(403);
    const variable = await fetch(`${server.url}/api/v1/variables/?x-api-key=${server.apiKey}`, {
      method: "POST",
      headers: { origin: "null", "content-type": "text/plain" }, // a sandboxed iframe or file:// page
      body: JSON.stringify({ name: "X", value: "1" }),
    });
    expect(variable.status).toBe(403);
    expect(server.state.messages.messages.size).toBe(before);
    expect(server.state.variables.ofUser(server.state.users.superuser.id)).toHaveLength(variables);
  });
});

describe("pages on loopback origins (any port)", () => {
  for (const origin of [
    "http://localhost:5173",
    "http://127.0.0.1:3000",
    "http://[::1]:8080",
    "https://localhost",
  ]) {
    it(`${origin}: preflight allowed, origin reflected`, async () => {
      const pre = await fetch(`${server.url}/api/v1/flows/`, {
        method: "OPTIONS",
        headers: {
          origin,
          "access-control-request-method": "GET",
          "access-control-request-headers": "x-api-key",
        },
      });
      expect(pre.status).toBe(200);
      expect(pre.headers.get("access-control-allow-origin")).toBe(origin);
      const res = await fetch(`${server.url}/api/v1/flows/`, {
        headers: { origin, "x-api-key": server.apiKey },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get("access-control-allow-origin")).toBe(origin);
    });
  }

  it("a look-alike is not loopback", async () => {
    for (const origin of [
      "http://localhost.evil.example",
      "http://127.0.0.1.evil.example:80",
      "http://evil.example/http://localhost",
    ]) {
      const res = await fetch(`${server.url}/api/v1/version`, { headers: { origin } });
      expect(res.status, origin).toBe(403);
    }
  });
});

describe("DNS rebinding: a foreign Host header", () => {
  it("is refused with a 403 that says why and how to allow it; no data, no change", async () => {
    const flowsBefore = server.state.flows.flows.size;
    // The rebinding page is same-origin with its own host: a GET carries no Origin at all.
    const read = await rawRequest(`${server.url}/api/v1/flows/`, {
      headers: { host: `attacker.example:${port}`, "x-api-key": server.apiKey },
    });
    expect(read.status).toBe(403);
    const { detail } = JSON.parse(read.text);
    expect(detail).toContain(`Host "attacker.example:${port}" is not allowed`);
    expect(detail).toContain("DNS rebinding");
    expect(detail).toContain("--allowed-host attacker.example");
    const write = await rawRequest(`${server.url}/api/v1/flows/`, {
      method: "POST",
      headers: {
        host: `attacker.example:${port}`,
        origin: `http://attacker.example:${port}`,
        "x-api-key": server.apiKey,
        "content-type": "application/json",
      },
      body: JSON.stringify({ name: "planted" }),
    });
    expect(write.status).toBe(403);
    expect(server.state.flows.flows.size).toBe(flowsBefore);
  });

  it("loopback names and the bound address are accepted, with or without port", async () => {
    for (const host of [
      `127.0.0.1:${port}`,
      `localhost:${port}`,
      `LOCALHOST:${port}`,
      `[::1]:${port}`,
      "localhost",
    ]) {
      const res = await rawRequest(`${server.url}/api/v1/version`, { headers: { host } });
      expect(res.status, host).toBe(200);
    }
  });
});

describe("options", () => {
  it("corsOrigins and allowedHosts add an origin and a host name", async () => {
    const mock = await startLangflowMockServer({
      corsOrigins: ["https://app.example"],
      allowedHosts: ["mock.internal"],
    });
    try {
      const res = await fetch(`${mock.url}/api/v1/version`, { headers: { origin: "https://app.example" } });
      expect(res.headers.get("access-control-allow-origin")).toBe("https://app.example");
      const viaName = await rawRequest(`${mock.url}/api/v1/version`, {
        headers: { host: `mock.internal:${mock.port}` },
      });
      expect(viaName.status).toBe(200);
      const other = await rawRequest(`${mock.url}/api/v1/version`, { headers: { host: "other.internal" } });
      expect(other.status).toBe(403);
    } finally {
      await mock.close();
    }
  });

  it("corsOrigins must be origins", async () => {
    await expect(
      startLangflowMockServer({ corsOrigins: ["app.example", "https://app.example/path"] }),
    ).rejects.toThrow(
      'corsOrigins: ["app.example","https://app.example/path"] are not origins: give scheme://host[:port] without a path',
    );
  });

  it("a non-loopback host needs an API key of one's own", async () => {
    await expect(startLangflowMockServer({ host: "0.0.0.0" })).rejects.toThrow(
      /host "0\.0\.0\.0" makes the mock reachable from other machines: give it an API key of your own/,
    );
    const mock = await startLangflowMockServer({ host: "0.0.0.0", apiKeys: ["sk-team-secret"] });
    try {
      // Bound to every address: each address of the machine is its own; names still need allowedHosts.
      const address = Object.values(networkInterfaces())
        .flat()
        .find((i) => i?.family === "IPv4")?.address as string;
      const byAddress = await rawRequest(`http://127.0.0.1:${mock.port}/api/v1/version`, {
        headers: { host: `${address}:${mock.port}` },
      });
      expect(byAddress.status).toBe(200);
      const byName = await rawRequest(`http://127.0.0.1:${mock.port}/api/v1/version`, {
        headers: { host: `attacker.example:${mock.port}` },
      });
      expect(byName.status).toBe(403);
    } finally {
      await mock.close();
    }
  });
});
