// Byte downloads with the headers Langflow sends (attachment + RFC 5987 filename), and zip archives.
import { zipSync } from "fflate";

/** `attachment; filename="a b.zip"; filename*=UTF-8''a%20b.zip`, the form 1.13.0 sends for every download. */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replaceAll('"', "'");
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function bytesResponse(
  bytes: Uint8Array,
  fileName: string,
  contentType = "application/octet-stream",
): Response {
  return new Response(bytes as BodyInit, {
    status: 200,
    headers: { "content-type": contentType, "content-disposition": attachment(fileName) },
  });
}

/** A zip of `files` (name → bytes); duplicate names get " (n)" before the extension so nothing is overwritten. */
export function zipResponse(files: [string, Uint8Array][], fileName: string): Response {
  const entries: Record<string, Uint8Array> = {};
  for (const [name, bytes] of files) {
    let unique = name;
    for (let n = 1; unique in entries; n++) {
      const dot = name.lastIndexOf(".");
      unique = dot > 0 ? `${name.slice(0, dot)} (${n})${name.slice(dot)}` : `${name} (${n})`;
    }
    entries[unique] = bytes;
  }
  // 1.13.0 labels its zips application/x-zip-compressed (projects download, v2 batch download).
  return bytesResponse(zipSync(entries), fileName, "application/x-zip-compressed");
}

/** "20261122_093744", the prefix of Langflow's zip names (UTC here; the server uses its local time). */
export function compactTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:]/g, "").replace("T", "_").slice(0, 15);
}
