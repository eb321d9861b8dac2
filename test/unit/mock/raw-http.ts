// A hostile HTTP client for the standalone mock's tests: node:http lets a test send what fetch will not (any Host
// header, a body streamed chunk by chunk and abandoned).
import { request } from "node:http";

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

export function rawRequest(
  url: string,
  {
    method = "GET",
    headers = {},
    body,
  }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        text += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

export interface StreamedUpload {
  status: number;
  text: string;
  /** Bytes the client had written when the answer arrived. */
  writtenAtAnswer: number;
}

/**
 * Streams `total` bytes (chunked, no Content-Length) in `chunk`-byte pieces, honouring backpressure, and stops
 * sending as soon as an answer arrives, as a well-behaved client does after an early 413.
 */
export function streamedUpload(
  url: string,
  {
    total,
    chunk = 64 * 1024,
    headers = {},
  }: { total: number; chunk?: number; headers?: Record<string, string> },
): Promise<StreamedUpload> {
  return new Promise((resolve, reject) => {
    const piece = Buffer.alloc(chunk, 0x61);
    let written = 0;
    let answered = false;
    const req = request(
      url,
      { method: "POST", headers: { ...headers, "transfer-encoding": "chunked" } },
      (res) => {
        answered = true;
        const writtenAtAnswer = written;
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (d: string) => {
          text += d;
        });
        res.on("end", () => {
          resolve({ status: res.statusCode ?? 0, text, writtenAtAnswer });
          req.destroy();
        });
      },
    );
    req.on("error", (error) => {
      if (!answered) reject(error);
    });
    const write = (): void => {
      while (!answered && written < total) {
        written += piece.length;
        if (!req.write(piece)) return void req.once("drain", write);
      }
      if (!answered) req.end();
    };
    write();
  });
}
