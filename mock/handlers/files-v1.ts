// v1 files: flow-scoped uploads (`/api/v1/files/...`). Names are "<YYYY-MM-DD_HH-MM-SS>_<original name>".
import { http } from "msw";
import type { ApiArea, MockContext } from "../context";
import { authenticate } from "../http/auth";
import { bytesResponse } from "../http/download";
import { httpError, jsonResponse } from "../http/errors";
import { api } from "../http/paths";
import { route } from "../http/route";
import { readUploadFile } from "../http/upload";
import { uuidParam } from "../http/validation";
import type { FlowRecord } from "../state/flows";
import type { UserRecord } from "../state/users";

function ownedFlow(ctx: MockContext, user: UserRecord, rawId: unknown): FlowRecord {
  const id = uuidParam(String(rawId), ["path", "flow_id"]);
  const flow = ctx.state.flows.get(id);
  if (!flow) throw httpError(404, "Flow not found");
  if (flow.user_id !== user.id) throw httpError(403, "You don't have access to this flow");
  return flow;
}

/** "2026-11-22_09-38-17" (the server uses its local time; the mock uses UTC). */
function fileTimestamp(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19).replace("T", "_").replaceAll(":", "-");
}

const IMAGE_TYPES: Record<string, string> = {
  png: "image/png",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  svg: "image/svg+xml",
  bmp: "image/bmp",
};
const OTHER_TYPES: Record<string, string> = {
  csv: "text/csv",
  txt: "text/plain",
  json: "application/json",
  pdf: "application/pdf",
  md: "text/markdown",
  html: "text/html",
};

/** Content type from the extension, as the server's `mimetypes.guess_type` does. */
function guessType(fileName: string): string | null {
  const ext = fileName.split(".").pop()?.toLowerCase() ?? "";
  return IMAGE_TYPES[ext] ?? OTHER_TYPES[ext] ?? null;
}

export const filesV1Area: ApiArea = (ctx) => [
  http.post(
    api("/api/v1/files/upload/:flow_id"),
    route(async ({ request, params }) => {
      const user = authenticate(ctx, request);
      const flow = ownedFlow(ctx, user, params.flow_id);
      const file = await readUploadFile(request, "file", { maxSizeMb: ctx.options.maxFileSizeMb });
      const name = `${fileTimestamp(ctx.options.clock.now())}_${file.name}`;
      ctx.state.files.flowFolder(flow.id).set(name, { bytes: file.bytes, type: file.type });
      // Field `flowId` (the model aliases flow_id), as docs and server agree.
      return jsonResponse({ flowId: flow.id, file_path: `${flow.id}/${name}` }, 201);
    }),
  ),
  http.get(
    api("/api/v1/files/list/:flow_id"),
    route(({ request, params }) => {
      const user = authenticate(ctx, request);
      const flow = ownedFlow(ctx, user, params.flow_id);
      return jsonResponse({ files: [...(ctx.state.files.flowFiles.get(flow.id)?.keys() ?? [])] });
    }),
  ),
  http.get(
    api("/api/v1/files/download/:flow_id/:file_name"),
    route(({ request, params }) => {
      const user = authenticate(ctx, request);
      const flow = ownedFlow(ctx, user, params.flow_id);
      const name = String(params.file_name);
      const file = ctx.state.files.flowFiles.get(flow.id)?.get(name);
      // 1.13.0 answers a missing file with 500 (the storage error is re-raised), not 404.
      if (!file) throw httpError(500, `File ${name} not found in flow ${flow.id}`);
      return bytesResponse(file.bytes, name);
    }),
  ),
  http.get(
    api("/api/v1/files/images/:flow_id/:file_name"),
    route(({ request, params }) => {
      const user = authenticate(ctx, request);
      const flow = ownedFlow(ctx, user, params.flow_id);
      const name = String(params.file_name);
      const type = guessType(name);
      if (!type?.startsWith("image/")) throw httpError(500, `Content type ${type ?? "None"} is not an image`);
      const file = ctx.state.files.flowFiles.get(flow.id)?.get(name);
      if (!file) throw httpError(500, `File ${name} not found in flow ${flow.id}`);
      return new Response(file.bytes as BodyInit, {
        headers: {
          "content-type": type,
          "content-disposition": "attachment",
          "x-content-type-options": "nosniff",
        },
      });
    }),
  ),
  http.delete(
    api("/api/v1/files/delete/:flow_id/:file_name"),
    route(({ request, params }) => {
      const user = authenticate(ctx, request);
      const flow = ownedFlow(ctx, user, params.flow_id);
      const name = String(params.file_name);
      // 1.13.0 answers 200 even when the file does not exist (deleting is idempotent there).
      ctx.state.files.flowFiles.get(flow.id)?.delete(name);
      return jsonResponse({ message: `File ${name} deleted successfully` });
    }),
  ),
];
