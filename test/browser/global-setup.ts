// Starts the standalone mock Langflow (real HTTP on 127.0.0.1, CORS for loopback pages) for the cross-origin browser tests and hands
// its URL and key to the browser through vitest's provide/inject. The page itself is served from "localhost:<port>",
// so every request to this server is cross-origin (other host and port) and goes through CORS preflights.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { TestProject } from "vitest/node";
import { startLangflowMockServer } from "../../mock/server";

// A key the in-page msw mock does not know: a request answered by the worker instead of this server would get 403.
export const CROSS_ORIGIN_API_KEY = "sk-cross-origin-standalone";

declare module "vitest" {
  export interface ProvidedContext {
    mockServerUrl: string;
    mockServerApiKey: string;
    /** A server that answers CORS preflights and redirects every other request to the mock server (issue 16). */
    redirectServerUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startLangflowMockServer({
    host: "127.0.0.1",
    port: 0,
    apiKeys: [CROSS_ORIGIN_API_KEY],
  });
  project.provide("mockServerUrl", server.url);
  project.provide("mockServerApiKey", CROSS_ORIGIN_API_KEY);
  const redirect = createServer((req, res) => {
    req.resume();
    const cors = { "access-control-allow-origin": req.headers.origin ?? "*" };
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        ...cors,
        "access-control-allow-headers": "*",
        "access-control-allow-methods": "*",
      });
      res.end();
    } else res.writeHead(302, { ...cors, location: `${server.url}${req.url}` }).end();
  });
  await new Promise<void>((resolve) => redirect.listen(0, "127.0.0.1", resolve));
  project.provide("redirectServerUrl", `http://127.0.0.1:${(redirect.address() as AddressInfo).port}`);
  return async () => {
    redirect.closeAllConnections();
    redirect.close();
    await server.close();
  };
}
