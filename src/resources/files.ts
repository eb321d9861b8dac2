// `lf.files`: the user's file library (v2 `/api/v2/files`) — upload, list, get/download, rename, delete.
import type { APIPromise } from "../core/api-promise";
import { StreamError } from "../core/errors";
import { path } from "../core/path";
import type { RequestOptions } from "../core/request-options";
import { APIResource } from "../core/resource";
import type { SpecSchema } from "../core/spec-types";
import { type Download, download, type FileSource, type FileUploadParams, uploadFile } from "./bytes-io";

/** A file of the user's v2 file library (`File`): `id`, `name`, `path`, `size`, ... */
export interface UserFile extends SpecSchema<"langflow__services__database__models__file__model__File"> {}
/** What `files.upload` answers (`UploadFileResponse`): `id`, `name`, `path`, `size`, `provider`. */
export interface UploadedUserFile extends SpecSchema<"langflow__api__schemas__UploadFileResponse"> {}

export class Files extends APIResource {
  /** Uploads a file (File, Blob, bytes or a byte stream) into the user's library. */
  upload(
    source: FileSource,
    params?: FileUploadParams,
    options?: RequestOptions,
  ): APIPromise<UploadedUserFile> {
    const spec = { path: "/api/v2/files", schema: "uploadedUserFile" };
    return uploadFile<UploadedUserFile>(this.transport, spec, source, params, options);
  }

  /** Every file of the user's library. */
  list(options?: RequestOptions): APIPromise<UserFile[]> {
    return this.transport.json<UserFile[]>(
      { method: "GET", path: "/api/v2/files", schema: "userFiles" },
      options,
    );
  }

  /** The file's bytes, filename and content type. */
  download(id: string, options?: RequestOptions): APIPromise<Download> {
    return download(this.transport, { method: "GET", path: path`/api/v2/files/${id}` }, options);
  }

  /** Same as `download`. */
  get(id: string, options?: RequestOptions): APIPromise<Download> {
    return this.download(id, options);
  }

  /** The file's body as a stream (still guarded by the call's timeout/idleTimeout/signal). */
  stream(id: string, options?: RequestOptions): Promise<ReadableStream<Uint8Array>> {
    return this.transport
      .request({ method: "GET", path: path`/api/v2/files/${id}`, accept: "*/*" }, options, true)
      .then((r) => {
        if (!r.body) throw new StreamError(`files.stream: the server sent no body for file ${id}.`);
        return r.body;
      });
  }

  /** Renames the display name; the stored `path` keeps the original name (as 1.13.0 does). */
  rename(id: string, name: string, options?: RequestOptions): APIPromise<UploadedUserFile> {
    return this.transport.json<UploadedUserFile>(
      { method: "PUT", path: path`/api/v2/files/${id}`, query: { name }, schema: "uploadedUserFile" },
      options,
    );
  }

  /** Deletes one file. */
  delete(id: string, options?: RequestOptions): APIPromise<{ detail?: string; message?: string }> {
    return this.transport.json({ method: "DELETE", path: path`/api/v2/files/${id}` }, options);
  }

  /** Deletes several files; the server answers 500 when none of the ids is found (1.13.0). */
  deleteMany(ids: string[], options?: RequestOptions): APIPromise<{ message: string }> {
    return this.transport.json({ method: "DELETE", path: "/api/v2/files/batch/", body: ids }, options);
  }

  /** Downloads several files as one zip. */
  downloadMany(ids: string[], options?: RequestOptions): APIPromise<Download> {
    return download(this.transport, { method: "POST", path: "/api/v2/files/batch/", body: ids }, options);
  }

  /** Deletes every file of the user's library. */
  deleteAll(options?: RequestOptions): APIPromise<{ message: string }> {
    return this.transport.json({ method: "DELETE", path: "/api/v2/files" }, options);
  }
}
