// Reads a request body for the standalone server the way Langflow's ContentSizeLimitMiddleware does: counted as it
// arrives, refused with 413 as soon as it passes LANGFLOW_MAX_FILE_SIZE_UPLOAD (every route, not only uploads), and
// never held whole in memory before that decision: past `memoryBytes` the body goes to a temporary file (the
// server spools uploads to disk too), so a 1 GB upload against the 1024 MB default costs disk, not RAM.
import { randomUUID } from "node:crypto";
import { type FileHandle, open, readFile, rm } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Bodies up to this size stay in memory; larger ones are spooled to a temporary file until complete. */
export const DEFAULT_SPOOL_THRESHOLD = 8 * 1024 * 1024;

export type BodyResult = { ok: true; body: Uint8Array | undefined } | { ok: false; received: number };

/**
 * Reads `req` whole, or stops at the first chunk that takes it past `limitBytes` (`{ok: false}`; the rest of the
 * body is left unread: the caller answers 413 and closes the connection). A declared `Content-Length` over the
 * limit is refused before reading anything.
 */
export async function readRequestBody(
  req: IncomingMessage,
  limitBytes: number,
  memoryBytes = DEFAULT_SPOOL_THRESHOLD,
): Promise<BodyResult> {
  const declared = Number(req.headers["content-length"]);
  if (Number.isFinite(declared) && declared > limitBytes) return { ok: false, received: declared };
  const chunks: Buffer[] = [];
  let received = 0;
  let spool: { path: string; file: FileHandle } | undefined;
  try {
    // destroyOnReturn: false, so stopping early leaves the socket open for the 413.
    for await (const chunk of req.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      received += chunk.length;
      if (received > limitBytes) return { ok: false, received };
      if (spool) {
        await spool.file.write(chunk);
        continue;
      }
      chunks.push(chunk);
      if (received > memoryBytes) {
        const path = join(tmpdir(), `langflow-mock-body-${randomUUID()}`);
        spool = { path, file: await open(path, "wx", 0o600) };
        for (const buffered of chunks.splice(0)) await spool.file.write(buffered);
      }
    }
    if (received === 0) return { ok: true, body: undefined };
    if (!spool)
      return { ok: true, body: chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks) };
    await spool.file.close();
    return { ok: true, body: await readFile(spool.path) };
  } finally {
    if (spool) {
      await spool.file.close().catch(() => {});
      await rm(spool.path, { force: true });
    }
  }
}
