// Bytes in and out of resource calls: a file part for multipart uploads, and downloads (zip/JSON exports)
// read into memory with their filename from Content-Disposition.
import { APIPromise } from "../core/api-promise";
import type { CallOptions, RequestSpec, Transport } from "../core/transport";

/** What an upload accepts: a File/Blob, bytes, or (flow JSON) an object serialized for you. */
export type UploadSource = Blob | Uint8Array | ArrayBuffer;

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
  throw new TypeError(
    `upload: expected a File, Blob, Uint8Array or ArrayBuffer (got ${source === null ? "null" : typeof source}).`,
  );
}

export function formWithFile(field: string, part: Blob, filename: string): FormData {
  const form = new FormData();
  form.append(field, part, filename);
  return form;
}

function filenameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ""));
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1];
}

export function download(t: Transport, spec: RequestSpec, opts?: CallOptions): APIPromise<Download> {
  return new APIPromise(
    t.request({ accept: "*/*", ...spec }, opts).then(async (response) => {
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
