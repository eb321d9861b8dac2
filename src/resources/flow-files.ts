// `lf.flowFiles`: files attached to one flow (v1 `/api/v1/files/...`) — upload, list, download, image, delete.
import type { APIPromise } from "../core/api-promise";
import { path } from "../core/path";
import type { RequestOptions } from "../core/request-options";
import { APIResource } from "../core/resource";
import { type Download, download, type FileSource, type FileUploadParams, uploadFile } from "./bytes-io";

/** `file_path` is `<flowId>/<stored name>`; the stored name gets a timestamp prefix. */
export interface UploadedFlowFile {
  flowId: string;
  file_path: string;
}

export class FlowFiles extends APIResource {
  /** Uploads a file (File, Blob, bytes or a byte stream) to a flow; `file_path` is `<flowId>/<stored name>`. */
  upload(
    flowId: string,
    source: FileSource,
    params?: FileUploadParams,
    options?: RequestOptions,
  ): APIPromise<UploadedFlowFile> {
    const spec = { path: path`/api/v1/files/upload/${flowId}`, schema: "uploadedFlowFile" };
    return uploadFile<UploadedFlowFile>(this.transport, spec, source, params, options);
  }

  /** The stored file names of a flow. */
  list(flowId: string, options?: RequestOptions): APIPromise<string[]> {
    return this.transport
      .json<{ files: string[] }>(
        { method: "GET", path: path`/api/v1/files/list/${flowId}`, schema: "flowFileList" },
        options,
      )
      .map((r) => r.files);
  }

  /** A missing file is a 500 on 1.13.0 (not 404). */
  download(flowId: string, fileName: string, options?: RequestOptions): APIPromise<Download> {
    const spec = { method: "GET", path: path`/api/v1/files/download/${flowId}/${fileName}` };
    return download(this.transport, spec, options);
  }

  /** An image file, served with its image content type. */
  image(flowId: string, fileName: string, options?: RequestOptions): APIPromise<Download> {
    const spec = { method: "GET", path: path`/api/v1/files/images/${flowId}/${fileName}` };
    return download(this.transport, spec, options);
  }

  /** Idempotent on 1.13.0: deleting a missing file also answers 200. */
  delete(flowId: string, fileName: string, options?: RequestOptions): APIPromise<{ message: string }> {
    return this.transport.json(
      { method: "DELETE", path: path`/api/v1/files/delete/${flowId}/${fileName}` },
      options,
    );
  }
}
