// `lf.files`: the user's file library (v2 `/api/v2/files`) — upload, list, get/download, rename, delete.
import { APIPromise } from "../core/api-promise";
import type { CallOptions, Transport } from "../core/transport";
import type { components } from "../generated/openapi";
import { type Download, download } from "./bytes-io";
import { type FileSource, type FileUploadOptions, partName, toFilePart } from "./upload-source";

type Schemas = components["schemas"];
export type UserFile = Schemas["langflow__services__database__models__file__model__File"];
export type UploadedUserFile = Schemas["langflow__api__schemas__UploadFileResponse"];

export interface UserFileUploadOptions extends FileUploadOptions, CallOptions {}

function fileId(id: string): string {
  if (!id) throw new TypeError("files: pass a file id (got an empty string).");
  return encodeURIComponent(id);
}

export class Files {
  readonly #t: Transport;
  constructor(transport: Transport) {
    this.#t = transport;
  }

  /** Uploads a file (File, Blob, bytes, stream, or `{ path }` in Node) into the user's library. */
  upload(source: FileSource, opts: UserFileUploadOptions = {}): APIPromise<UploadedUserFile> {
    const { filename, contentType, ...call } = opts;
    const inner = toFilePart(source, { filename, contentType }).then((part) => {
      const form = new FormData();
      form.append("file", part, partName(part));
      return this.#t
        .json<UploadedUserFile>(
          { method: "POST", path: "/api/v2/files", body: form, schema: "uploadedUserFile" },
          call,
        )
        .withResponse();
    });
    return new APIPromise(inner);
  }

  /** Every file of the user's library. */
  list(opts?: CallOptions): APIPromise<UserFile[]> {
    return this.#t.json<UserFile[]>({ method: "GET", path: "/api/v2/files", schema: "userFiles" }, opts);
  }

  /** The file's bytes, filename and content type. */
  download(id: string, opts?: CallOptions): APIPromise<Download> {
    return download(this.#t, { method: "GET", path: `/api/v2/files/${fileId(id)}` }, opts);
  }

  /** Same as `download`. */
  get(id: string, opts?: CallOptions): APIPromise<Download> {
    return this.download(id, opts);
  }

  /** The file's body as a stream (still guarded by the call's timeout/idleTimeout/signal). */
  stream(id: string, opts?: CallOptions): Promise<ReadableStream<Uint8Array>> {
    return this.#t
      .request({ method: "GET", path: `/api/v2/files/${fileId(id)}`, accept: "*/*" }, opts)
      .then((r) => {
        if (!r.body) throw new TypeError(`files.stream: the server sent no body for file ${id}.`);
        return r.body;
      });
  }

  /** Renames the display name; the stored `path` keeps the original name (as 1.13.0 does). */
  rename(id: string, name: string, opts?: CallOptions): APIPromise<UploadedUserFile> {
    return this.#t.json<UploadedUserFile>(
      { method: "PUT", path: `/api/v2/files/${fileId(id)}`, query: { name }, schema: "uploadedUserFile" },
      opts,
    );
  }

  /** Deletes one file. */
  delete(id: string, opts?: CallOptions): APIPromise<{ detail?: string; message?: string }> {
    return this.#t.json({ method: "DELETE", path: `/api/v2/files/${fileId(id)}` }, opts);
  }

  /** Deletes several files; the server answers 500 when none of the ids is found (1.13.0). */
  deleteMany(ids: string[], opts?: CallOptions): APIPromise<{ message: string }> {
    return this.#t.json({ method: "DELETE", path: "/api/v2/files/batch/", body: ids }, opts);
  }

  /** Downloads several files as one zip. */
  downloadMany(ids: string[], opts?: CallOptions): APIPromise<Download> {
    return download(this.#t, { method: "POST", path: "/api/v2/files/batch/", body: ids }, opts);
  }

  /** Deletes every file of the user's library. */
  deleteAll(opts?: CallOptions): APIPromise<{ message: string }> {
    return this.#t.json({ method: "DELETE", path: "/api/v2/files" }, opts);
  }
}
