// What `lf.files` / `lf.flowFiles` uploads accept, turned into one multipart file part.
// A file path is read only in Node, through a dynamic import, so browser bundles never pull in `node:fs`.
import { filePart } from "./bytes-io";

/** A File/Blob, bytes, a byte stream, or (Node only) `{ path }` of a file on disk. */
export type FileSource = Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | { path: string };

export interface FileUploadOptions {
  /** The filename the server stores; default: the File's name, the path's basename, or `upload.bin`. */
  filename?: string;
  /** Default: the Blob's type, else `application/octet-stream`. */
  contentType?: string;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() || "upload.bin";
}

async function readPath(path: string): Promise<Uint8Array> {
  const isNode = typeof process !== "undefined" && !!process.versions?.node;
  if (!isNode) throw new TypeError("upload: a { path } source needs Node; in a browser pass a File or Blob.");
  // Dynamic and non-literal so bundlers for the browser leave it alone.
  const mod = "node:fs/promises";
  const fs = (await import(/* @vite-ignore */ mod)) as typeof import("node:fs/promises");
  return new Uint8Array(await fs.readFile(path));
}

/** Reads `source` into a File part named and typed as asked. */
export async function toFilePart(source: FileSource, opts: FileUploadOptions = {}): Promise<Blob> {
  const fromFile = typeof File !== "undefined" && source instanceof File ? source.name : undefined;
  const fromPath =
    source && typeof source === "object" && "path" in source && typeof source.path === "string"
      ? source.path
      : undefined;
  const filename = opts.filename ?? fromFile ?? (fromPath ? baseName(fromPath) : "upload.bin");
  const blobType = source instanceof Blob ? source.type : "";
  const contentType = opts.contentType ?? (blobType || "application/octet-stream");
  if (fromPath !== undefined) return filePart(await readPath(fromPath), filename, contentType);
  if (typeof ReadableStream !== "undefined" && source instanceof ReadableStream) {
    const bytes = new Uint8Array(await new Response(source).arrayBuffer());
    return filePart(bytes, filename, contentType);
  }
  if (fromFile !== undefined && opts.filename === undefined && opts.contentType === undefined)
    return source as Blob;
  if (source instanceof Blob) return new File([source], filename, { type: contentType });
  return filePart(source as Uint8Array | ArrayBuffer, filename, contentType);
}

/** The filename `toFilePart` gave the part. */
export function partName(part: Blob): string {
  return typeof File !== "undefined" && part instanceof File ? part.name : "upload.bin";
}
