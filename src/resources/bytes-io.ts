// Bytes in and out of resource calls: file uploads (multipart) and downloads (zip/JSON exports, files) read into
// memory with their filename from Content-Disposition.
import { APIPromise } from "../core/api-promise";
import { LangflowConfigError } from "../core/errors";
import { checkParams, type WireNames } from "../core/params";
import { checkRequestOptions, type RequestOptions } from "../core/request-options";
import type { RequestSpec, Transport } from "../core/transport";

/** What a flow or project upload accepts: a File/Blob or bytes. */
export type UploadSource = Blob | Uint8Array | ArrayBuffer;

/**
 * What a file upload accepts: a File/Blob, bytes, or a byte stream. In Node, a file on disk is
 * `await fs.openAsBlob(path)` (with `{ filename }`), or `new File([await fs.readFile(path)], name)`.
 */
export type FileSource = Blob | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array>;

export interface FileUploadParams {
  /** The filename the server stores; default: the File's name, else `upload.bin`. */
  filename?: string;
  /** Default: the Blob's type, else `application/octet-stream`. */
  contentType?: string;
}

const UPLOAD: WireNames<FileUploadParams> = { filename: null, contentType: null };

export interface Download {
  /** The server's filename (Content-Disposition), when it gives one. */
  filename: string | undefined;
  contentType: string;
  bytes: Uint8Array;
  /** The same bytes as a Blob (for a browser download link or FormData). */
  blob(): Blob;
}

export function filePart(source: UploadSource, filename: string, contentType: string): Blob {
  if (typeof File !== "undefined" && source instanceof File) return source;
  if (source instanceof Blob) return new File([source], filename, { type: source.type || contentType });
  if (source instanceof ArrayBuffer || ArrayBuffer.isView(source))
    return new File([source as BlobPart], filename, { type: contentType });
  throw new LangflowConfigError(
    "source",
    `upload: expected a File, Blob, Uint8Array or ArrayBuffer (got ${source === null ? "null" : typeof source}).`,
  );
}

export function formWithFile(field: string, part: Blob, filename: string): FormData {
  const form = new FormData();
  form.append(field, part, filename);
  return form;
}

/** `source` as one multipart `file` field, named and typed as asked. */
async function fileForm(source: FileSource, params: FileUploadParams): Promise<FormData> {
  const name = typeof File !== "undefined" && source instanceof File ? source.name : undefined;
  const filename = params.filename ?? name ?? "upload.bin";
  const contentType =
    params.contentType ?? ((source instanceof Blob && source.type) || "application/octet-stream");
  const bytes =
    typeof ReadableStream !== "undefined" && source instanceof ReadableStream
      ? new Uint8Array(await new Response(source).arrayBuffer())
      : source;
  const part =
    name !== undefined && params.filename === undefined && params.contentType === undefined
      ? (source as File)
      : bytes instanceof Blob
        ? new File([bytes], filename, { type: contentType })
        : filePart(bytes as Uint8Array | ArrayBuffer, filename, contentType);
  return formWithFile("file", part, filename);
}

/** Uploads `source` as the `file` field of a multipart POST to `path`. */
export function uploadFile<T>(
  transport: Transport,
  spec: { path: string; schema: string },
  source: FileSource,
  params: FileUploadParams = {},
  options?: RequestOptions,
): APIPromise<T> {
  checkParams(params, UPLOAD);
  checkRequestOptions(options); // now, not after the file is read
  const inner = fileForm(source, params).then((form) =>
    transport.json<T>({ method: "POST", ...spec, body: form }, options).withResponse(),
  );
  return new APIPromise(inner);
}

/**
 * The server's filename as a bare name, safe to join to a folder: a path in it (`../../x`, `C:\\x`, `/etc/x`) is cut
 * to its last part, control characters dropped, `.`/`..` and an empty name read as none; a malformed
 * percent-encoding is kept as sent (decodeURIComponent would throw a URIError).
 */
function filenameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition)?.[1]?.trim().replace(/^"|"$/g, "");
  let name = star ?? /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  if (star) {
    try {
      name = decodeURIComponent(star);
    } catch {
      // keep it encoded
    }
  }
  name = name
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\p{Cc}/gu, "")
    .trim();
  return name && name !== "." && name !== ".." ? name : undefined;
}

export function download(t: Transport, spec: RequestSpec, options?: RequestOptions): APIPromise<Download> {
  return new APIPromise(
    t.request({ accept: "*/*", ...spec }, options).then(async (response) => {
      const bytes = new Uint8Array(await response.arrayBuffer());
      const contentType = response.headers.get("content-type") ?? "application/octet-stream";
      const data: Download = {
        filename: filenameOf(response.headers.get("content-disposition")),
        contentType,
        bytes,
        blob: () => new Blob([bytes], { type: contentType }),
      };
      return { data, response };
    }),
  );
}
