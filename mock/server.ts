/**
 * The mock as a real HTTP server (node:http): `startLangflowMockServer()`. Binds 127.0.0.1 by default, answers
 * browsers on loopback origins only and requests to its own address or a loopback name only (see
 * {@link LangflowMockServerOptions}), serves the API at the root and under `/lf/{id}`, and refuses bodies over the
 * upload limit as they arrive.
 * @module langflow-sdk/mock/server
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createLangflowMock, type LangflowMock } from "./create-mock";
import type { LangflowMockOptions } from "./options";
import { AccessPolicy, invalidOrigins, isLoopbackHost } from "./transports/access";
import { createRequestListener } from "./transports/node-http";

export interface LangflowMockServerOptions extends LangflowMockOptions {
  /** Default 0 (a free port). */
  port?: number;
  /**
   * Default "127.0.0.1". Any other address than a loopback one (e.g. "0.0.0.0") makes the mock reachable from the
   * network, so it then requires `apiKeys` (the default key is public).
   */
  host?: string;
  /**
   * Browser origins answered besides loopback ones (`http(s)://localhost|127.0.0.1|[::1]:<any port>`), e.g.
   * `["https://app.example"]`; `["*"]` answers any origin. A request from another origin gets 403.
   */
  corsOrigins?: string[];
  /**
   * Host names accepted in the `Host` header besides the bound address and loopback names (DNS rebinding
   * protection), e.g. `["langflow-mock.internal"]`; `["*"]` accepts any. Another Host gets 403.
   */
  allowedHosts?: string[];
}

export interface LangflowMockServer extends LangflowMock {
  /** e.g. "http://127.0.0.1:7860" (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

/**
 * The mock as a real HTTP server (what `npx langflow-mock` runs), for other processes, other languages or a browser
 * page. Resolves once it listens, with its `url`, `apiKey` and `close()`. Binds 127.0.0.1 on a free port by default.
 * @example
 * const server = await startLangflowMockServer({ port: 0 });
 * const lf = new LangflowClient({ baseUrl: server.url, apiKey: server.apiKey });
 * await server.close();
 */
export async function startLangflowMockServer(
  options: LangflowMockServerOptions = {},
): Promise<LangflowMockServer> {
  const { port = 0, host = "127.0.0.1", corsOrigins, allowedHosts, ...mockOptions } = options;
  if (!isLoopbackHost(host) && !mockOptions.apiKeys?.length) {
    throw new TypeError(
      `host ${JSON.stringify(host)} makes the mock reachable from other machines: give it an API key of your own ` +
        "(apiKeys, CLI --api-key), the default one is public.",
    );
  }
  const notOrigins = invalidOrigins(corsOrigins ?? []);
  if (notOrigins.length > 0) {
    throw new TypeError(
      `corsOrigins: ${JSON.stringify(notOrigins)} ${notOrigins.length === 1 ? "is not an origin" : "are not origins"}: ` +
        'give scheme://host[:port] without a path, e.g. "https://app.example:3000" (or "*" for any).',
    );
  }
  const mock = createLangflowMock(mockOptions);
  let url = "";
  // Until listen() says which address the host resolved to, the policy knows the host as given; then both.
  let access = new AccessPolicy({ corsOrigins, allowedHosts }, [host]);
  const server = createServer(
    createRequestListener({
      handlers: mock.handlers,
      baseUrl: () => url,
      access: { checkHost: (h) => access.checkHost(h), checkOrigin: (o, h) => access.checkOrigin(o, h) },
      maxBodyMb: mock.options.maxFileSizeMb,
    }),
  );
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // A deep accept queue: a burst of connections (a load test, a parallel suite) must wait, not be reset.
    server.listen({ port, host, backlog: 4096 }, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  access = new AccessPolicy({ corsOrigins, allowedHosts }, [host, address.address]);
  const shownHost = address.family === "IPv6" ? `[${address.address}]` : address.address;
  url = `http://${shownHost}:${address.port}`;
  return {
    ...mock,
    url,
    port: address.port,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        mock.state.reset(); // stops running jobs and their timers
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

export { createLangflowMock } from "./create-mock";
export type { LangflowMockOptions } from "./options";
