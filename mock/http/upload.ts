// Multipart uploads as FastAPI's `UploadFile = File(...)` reads them, plus Langflow's size limit (413): its
// ContentSizeLimitMiddleware counts the whole request body against LANGFLOW_MAX_FILE_SIZE_UPLOAD, so a file of
// exactly the limit is already refused (the multipart framing adds bytes) and the routes' own "File size is larger
// than the maximum file size" check is never reached.
import { HttpError, httpError } from "./errors";
import { issue, validationError } from "./validation";

export interface UploadedFile {
  /** The client's file name (`filename` of the part). */
  name: string;
  type: string;
  bytes: Uint8Array;
}

const MB = 1024 * 1024;

/** 413 detail, worded as the middleware words it ("... Maximum allowed is 1MB and got 1.042MB."). */
export function contentSizeDetail(limitMb: number, receivedBytes: number): string {
  return `Content size limit exceeded. Maximum allowed is ${limitMb}MB and got ${pythonRound3(receivedBytes / MB)}MB.`;
}

/** `str(round(x, 3))` as Python prints it: 1.0, 1.042, 1024.001. */
function pythonRound3(x: number): string {
  const rounded = Math.round(x * 1000) / 1000;
  return Number.isInteger(rounded) ? rounded.toFixed(1) : String(rounded);
}

/**
 * Reads the multipart field `field` (default `file`). Errors as 1.13.0 answers them: a body over `maxSizeMb` → 413;
 * a non-multipart body → 422 with a string detail; no such part → 422 `missing`; a text part where a file is
 * expected → 422 `value_error`. (The standalone server refuses a body over the limit before any handler runs.)
 */
export async function readUploadFile(
  request: Request,
  field: string,
  {
    nonMultipart = "contentTypeError",
    maxSizeMb,
  }: { nonMultipart?: "contentTypeError" | "missing"; maxSizeMb: number },
): Promise<UploadedFile> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;.*boundary=/i.test(contentType)) {
    // v2 files (a route with query parameters too) report the missing part instead, as 1.13.0 does.
    if (nonMultipart === "missing") throw validationError([issue.missing(["body", field])]);
    // Server: Starlette refuses to parse the form before validation runs (checked with curl, no body).
    throw httpError(422, "Content-Type header must be 'multipart/form-data' with a boundary parameter.");
  }
  const body = await request.arrayBuffer();
  if (body.byteLength > maxSizeMb * MB)
    throw new HttpError(413, { detail: contentSizeDetail(maxSizeMb, body.byteLength) });
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
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

/** Splits "report.final.pdf" into ["report.final", ".pdf"]; no extension → [name, ""]. */
export function splitExtension(fileName: string): [string, string] {
  const dot = fileName.lastIndexOf(".");
  if (dot <= 0) return [fileName, ""];
  return [fileName.slice(0, dot), fileName.slice(dot)];
}
