// The hostile server of hostile.bench.ts, in a process of its own so that the bench's heap figures are the client's
// alone: in the same process, the server's write buffers for the endless bodies counted in them too.
// Sends its port to the parent over IPC.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

function endless(res: ServerResponse, chunk: string): void {
  const write = () => {
    while (!res.destroyed && res.write(chunk)) {
      // write while the socket takes it
    }
    if (!res.destroyed) res.once("drain", write);
  };
  write();
}

const server = createServer((req, res) => {
  req.resume();
  if (req.url?.startsWith("/api/v1/flows")) {
    res.writeHead(200, { "content-type": "application/json" });
    endless(res, `[${"1,".repeat(32 * 1024)}`);
  } else if (req.url?.startsWith("/api/v1/run")) {
    res.writeHead(200, { "content-type": "text/event-stream" });
    endless(res, "1".repeat(64 * 1024));
  } else {
    res.writeHead(200, { "content-type": "text/event-stream" });
    res.write("data: ");
    endless(res, "x".repeat(64 * 1024));
  }
});
server.listen(0, "127.0.0.1", () => process.send?.((server.address() as AddressInfo).port));
process.on("disconnect", () => process.exit(0));
