// `lf.flowFiles`: files attached to one flow (v1 `/api/v1/files/...`) — upload, list, download, image, delete.
import { APIPromise } from "../core/api-promise";
import type { CallOptions, Transport } from "../core/transport";
import { type Download, download } from "./bytes-io";
import { type FileSource, type FileUploadOptions, partName, toFilePart } from "./upload-source";

/** `file_path` is `<flowId>/<stored name>`; the stored name gets a timestamp prefix. */
export interface UploadedFlowFile {
  flowId: string;
  file_path: string;
}

export interface FlowFileUploadOptions extends FileUploadOptions, CallOptions {}

function seg(what: string, v: string): string {
  if (!v) throw new TypeError(`flowFiles: pass a ${what} (got an empty string).`);
  return encodeURIComponent(v);
}

export class FlowFiles {
  readonly #t: Transport;
  constructor(transport: Transport) {
    this.#t = transport;
  }

  /** Uploads a file (File, Blob, bytes, stream, or `{ path }` in Node) to a flow; `file_path` is `<flowId>/<stored name>`. */
  upload(flowId: string, source: FileSource, opts: FlowFileUploadOptions = {}): APIPromise<UploadedFlowFile> {
    const { filename, contentType, ...call } = opts;
    const path = `/api/v1/files/upload/${seg("flow id", flowId)}`;
    const inner = toFilePart(source, { filename, contentType }).then((part) => {
      const form = new FormData();
      form.append("file", part, partName(part));
      return this.#t
        .json<UploadedFlowFile>({ method: "POST", path, body: form, schema: "uploadedFlowFile" }, call)
        .withResponse();
    });
    return new APIPromise(inner);
  }

  /** The stored file names of a flow. */
  list(flowId: string, opts?: CallOptions): APIPromise<string[]> {
    return this.#t
      .json<{ files: string[] }>(
        { method: "GET", path: `/api/v1/files/list/${seg("flow id", flowId)}`, schema: "flowFileList" },
        opts,
      )
      .map((r) => r.files);
  }

  /** A missing file is a 500 on 1.13.0 (not 404). */
  download(flowId: string, fileName: string, opts?: CallOptions): APIPromise<Download> {
    const path = `/api/v1/files/download/${seg("flow id", flowId)}/${seg("file name", fileName)}`;
    return download(this.#t, { method: "GET", path }, opts);
  }

  /** An image file, served with its image content type. */
  image(flowId: string, fileName: string, opts?: CallOptions): APIPromise<Download> {
    const path = `/api/v1/files/images/${seg("flow id", flowId)}/${seg("file name", fileName)}`;
    return download(this.#t, { method: "GET", path }, opts);
  }

  /** Idempotent on 1.13.0: deleting a missing file also answers 200. */
  delete(flowId: string, fileName: string, opts?: CallOptions): APIPromise<{ message: string }> {
    const path = `/api/v1/files/delete/${seg("flow id", flowId)}/${seg("file name", fileName)}`;
    return this.#t.json({ method: "DELETE", path }, opts);
  }
}
