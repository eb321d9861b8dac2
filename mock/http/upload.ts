// Multipart uploads as FastAPI's `UploadFile = File(...)` reads them, plus Langflow's size limit (413).
import { HttpError, httpError } from "./errors";
import { issue, validationError } from "./validation";

export interface UploadedFile {
  /** The client's file name (`filename` of the part). */
  name: string;
  type: string;
  bytes: Uint8Array;
}

/**
 * Reads the multipart field `field` (default `file`). Errors as 1.13.0 answers them: a non-multipart body → 422 with
 * a string detail; no such part → 422 `missing`; a text part where a file is expected → 422 `value_error`.
 */
export async function readUploadFile(
  request: Request,
  field = "file",
  { nonMultipart = "contentTypeError" }: { nonMultipart?: "contentTypeError" | "missing" } = {},
): Promise<UploadedFile> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;.*boundary=/i.test(contentType)) {
    // v2 files (a route with query parameters too) report the missing part instead, as 1.13.0 does.
    if (nonMultipart === "missing") throw validationError([issue.missing(["body", field])]);
    // Server: Starlette refuses to parse the form before validation runs (checked with curl, no body).
    throw httpError(422, "Content-Type header must be 'multipart/form-data' with a boundary parameter.");
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw httpError(400, "There was an error parsing the body");
  }
  const part = form.get(field);
  if (part === null) throw validationError([issue.missing(["body", field])]);
  if (typeof part === "string") {
    throw validationError([
      issue.valueError(["body", field], "Expected UploadFile, received: <class 'str'>"),
    ]);
  }
  const bytes = new Uint8Array(await part.arrayBuffer());
  return { name: part.name || "upload", type: part.type || "application/octet-stream", bytes };
}

/** LANGFLOW_MAX_FILE_SIZE_UPLOAD (MB): larger files → 413 with Langflow's wording (v1 and v2 files, projects). */
export function checkUploadSize(file: UploadedFile, maxFileSizeMb: number): void {
  if (file.bytes.byteLength > maxFileSizeMb * 1024 * 1024) {
    throw new HttpError(413, {
      detail: `File size is larger than the maximum file size ${maxFileSizeMb}MB.`,
    });
  }
}

/** Splits "report.final.pdf" into ["report.final", ".pdf"]; no extension → [name, ""]. */
export function splitExtension(fileName: string): [string, string] {
  const dot = fileName.lastIndexOf(".");
  if (dot <= 0) return [fileName, ""];
  return [fileName.slice(0, dot), fileName.slice(dot)];
}
