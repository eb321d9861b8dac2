// v2 files: the user's file library (`/api/v2/files`), both with and without the trailing slash as the spec lists.
import { http } from "msw";
import type { components } from "../../src/generated/openapi";
import type { ApiArea, MockContext } from "../context";
import { authenticate } from "../http/auth";
import { bytesResponse, compactTimestamp, zipResponse } from "../http/download";
import { httpError, jsonResponse } from "../http/errors";
import { api } from "../http/paths";
import { route } from "../http/route";
import { checkField, queryBool } from "../http/schema";
import { readUploadFile, splitExtension } from "../http/upload";
import { type FieldIssue, readJsonBody, uuidParam, validationError } from "../http/validation";
import type { UserFileRecord } from "../state/files";
import type { UserRecord } from "../state/users";

type UploadFileResponse = components["schemas"]["langflow__api__schemas__UploadFileResponse"];
type FileRow = components["schemas"]["langflow__services__database__models__file__model__File"];

function uploadResponse(f: UserFileRecord): UploadFileResponse {
  return { id: f.id, name: f.name, path: f.path, size: f.size, provider: f.provider };
}

/** "2026-11-22T09:38:26.543074Z", the File row timestamps of 1.13.0. */
function rowTime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$1000Z");
}

function fileRow(f: UserFileRecord): FileRow {
  return {
    path: f.path,
    name: f.name,
    provider: f.provider,
    updated_at: rowTime(f.updated_at),
    user_id: f.user_id,
    id: f.id,
    size: f.size,
    created_at: rowTime(f.created_at),
  };
}

function ownedFile(ctx: MockContext, user: UserRecord, rawId: unknown): UserFileRecord {
  const id = uuidParam(String(rawId), ["path", "file_id"]);
  const file = ctx.state.files.userFiles.get(id);
  if (!file) throw httpError(404, "File not found");
  if (file.user_id !== user.id) throw httpError(403, "You don't have access to this file");
  return file;
}

/** The caller's files named by a JSON body `["<uuid>", ...]` (FastAPI `list[UUID]`, or 422); others' ids are skipped. */
async function requestedFiles(
  ctx: MockContext,
  request: Request,
  user: UserRecord,
): Promise<UserFileRecord[]> {
  const body = await readJsonBody(request);
  const issues: FieldIssue[] = [];
  const ids = checkField(body, { kind: "array", items: { kind: "uuid" } }, ["body"], issues) as string[];
  if (issues.length > 0) throw validationError(issues);
  return ids
    .map((id) => ctx.state.files.userFiles.get(id))
    .filter((f): f is UserFileRecord => f?.user_id === user.id);
}

export const filesV2Area: ApiArea = (ctx) => {
  const upload = route(async ({ request, url }) => {
    const user = authenticate(ctx, request);
    queryBool(url, "append", false);
    queryBool(url, "ephemeral", false);
    const file = await readUploadFile(request, "file", {
      nonMultipart: "missing",
      maxSizeMb: ctx.options.maxFileSizeMb,
    });
    const [base, ext] = splitExtension(file.name);
    const record = ctx.state.files.addUserFile(user.id, base, ext, { bytes: file.bytes, type: file.type });
    return jsonResponse(uploadResponse(record), 201);
  });
  const list = route(({ request }) => {
    const user = authenticate(ctx, request);
    return jsonResponse(ctx.state.files.userFilesOf(user.id).map(fileRow));
  });
  const deleteAll = route(({ request }) => {
    const user = authenticate(ctx, request);
    const mine = ctx.state.files.userFilesOf(user.id);
    for (const f of mine) ctx.state.files.userFiles.delete(f.id);
    // Docs: "All files deleted successfully"; 1.13.0 counts them.
    return jsonResponse({ message: `All ${mine.length} files deleted successfully` });
  });

  return [
    http.post(api("/api/v2/files"), upload),
    http.post(api("/api/v2/files/"), upload),
    http.get(api("/api/v2/files"), list),
    http.get(api("/api/v2/files/"), list),
    http.delete(api("/api/v2/files"), deleteAll),
    http.delete(api("/api/v2/files/"), deleteAll),
    http.post(
      api("/api/v2/files/batch/"),
      route(async ({ request }) => {
        const files = await requestedFiles(ctx, request, authenticate(ctx, request));
        // 1.13.0 wraps the inner 404 into a 500 with this text.
        if (files.length === 0) throw httpError(500, "Error downloading files: 404: No files found");
        const name = `${compactTimestamp(ctx.options.clock.now())}_langflow_files.zip`;
        return zipResponse(
          files.map((f) => [`${f.name}${f.ext}`, f.bytes]),
          name,
        );
      }),
    ),
    http.delete(
      api("/api/v2/files/batch/"),
      route(async ({ request }) => {
        const files = await requestedFiles(ctx, request, authenticate(ctx, request));
        if (files.length === 0) throw httpError(500, "Error deleting files: 404: No files found");
        for (const f of files) ctx.state.files.userFiles.delete(f.id);
        return jsonResponse({ message: `${files.length} files deleted successfully` });
      }),
    ),
    http.get(
      api("/api/v2/files/:file_id"),
      route(({ request, params, url }) => {
        const user = authenticate(ctx, request);
        const returnContent = queryBool(url, "return_content", false);
        const file = ownedFile(ctx, user, params.file_id);
        if (returnContent) return jsonResponse(new TextDecoder().decode(file.bytes));
        return bytesResponse(file.bytes, `${file.name}${file.ext}`);
      }),
    ),
    http.put(
      api("/api/v2/files/:file_id"),
      route(({ request, params, url }) => {
        const user = authenticate(ctx, request);
        const id = uuidParam(String(params.file_id), ["path", "file_id"]);
        const name = url.searchParams.get("name");
        if (name === null)
          throw validationError([{ type: "missing", loc: ["query", "name"], msg: "Field required" }]);
        const file = ownedFile(ctx, user, id);
        // Renaming changes the display name only; `path` keeps the stored name (checked on 1.13.0).
        file.name = name;
        file.updated_at = ctx.options.clock.now();
        return jsonResponse(uploadResponse(file));
      }),
    ),
    http.delete(
      api("/api/v2/files/:file_id"),
      route(({ request, params }) => {
        const user = authenticate(ctx, request);
        const file = ownedFile(ctx, user, params.file_id);
        ctx.state.files.userFiles.delete(file.id);
        return jsonResponse({ detail: `File ${file.name} deleted successfully` });
      }),
    ),
    // `/api/v2/files/{file_id}` has no POST, so e.g. POST /api/v2/files/batch (no slash) is 405 on the server.
    http.post(
      api("/api/v2/files/:file_id"),
      route(() => jsonResponse({ detail: "Method Not Allowed" }, 405)),
    ),
  ];
};
