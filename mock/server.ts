/**
 * The mock as a real HTTP server (node:http, CORS on): `startLangflowMockServer()`. Binds 127.0.0.1 by default.
 * @module langflow-sdk/mock/server
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createLangflowMock, type LangflowMock } from "./create-mock";
import type { LangflowMockOptions } from "./options";
import { createRequestListener } from "./transports/node-http";

export interface LangflowMockServerOptions extends LangflowMockOptions {
  /** Default 0 (a free port). */
  port?: number;
  /** Default "127.0.0.1". */
  host?: string;
}

export interface LangflowMockServer extends LangflowMock {
  /** e.g. "http://127.0.0.1:7860" (no trailing slash). */
  readonly url: string;
  readonly port: number;
  readonly server: Server;
  close(): Promise<void>;
}

export async function startLangflowMockServer(
  options: LangflowMockServerOptions = {},
): Promise<LangflowMockServer> {
  const { port = 0, host = "127.0.0.1", ...mockOptions } = options;
  const mock = createLangflowMock(mockOptions);
  let url = "";
  const server = createServer(createRequestListener(mock.handlers, () => url));
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
