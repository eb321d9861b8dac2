// Real HTTP servers on 127.0.0.1 for transport tests: counting, failing, stalling.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Loopback {
  url: string;
  requests: { method: string; url: string; headers: IncomingMessage["headers"] }[];
  /** Sockets closed so far (to prove a timed-out call frees its connection). */
  closedSockets(): number;
  /** Connections accepted so far (to prove calls reuse one). */
  connections(): number;
  close(): Promise<void>;
}

export async function loopback(
  handler: (req: IncomingMessage, res: ServerResponse, n: number) => void,
): Promise<Loopback> {
  const requests: Loopback["requests"] = [];
  let closed = 0;
  let opened = 0;
  const server: Server = createServer((req, res) => {
    requests.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
    req.resume();
    handler(req, res, requests.length);
  });
  server.on("connection", (socket) => {
    opened++;
    socket.on("close", () => closed++);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    closedSockets: () => closed,
    connections: () => opened,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
