// Project download (zip of the project's flows) and upload (zip of flow JSON files, or one project JSON file).
import { unzipSync } from "fflate";
import { http } from "msw";
import type { ApiArea, MockContext } from "../context";
import { isPlainObject } from "../guards";
import { authenticate } from "../http/auth";
import { compactTimestamp, zipResponse } from "../http/download";
import { httpError, jsonResponse } from "../http/errors";
import { api } from "../http/paths";
import { route } from "../http/route";
import { readUploadFile, splitExtension } from "../http/upload";
import { uuidParam } from "../http/validation";
import type { FlowInput, FlowRecord } from "../state/flows";
import type { UserRecord } from "../state/users";
import { flowsOf, projectOr404, uniqueProjectName } from "./shared/projects";

/** The flow fields the server writes into an exported flow file (no user/folder/time fields). */
const EXPORT_DROP = new Set(["user_id", "folder_id", "updated_at", "access_type", "gradient"]);

function exportFlow(flow: FlowRecord): Uint8Array {
  const entries = Object.entries(flow).filter(([k]) => !EXPORT_DROP.has(k));
  entries.sort(([a], [b]) => a.localeCompare(b));
  return new TextEncoder().encode(JSON.stringify(Object.fromEntries(entries), null, 2));
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** Parses the upload into a project name/description and flow inputs, or throws the server's 400s. */
function parseUpload(
  name: string,
  bytes: Uint8Array,
): { name: string; description: string; flows: FlowInput[] } {
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b)) {
    let entries: Record<string, Uint8Array>;
    try {
      entries = unzipSync(bytes);
    } catch (error) {
      throw httpError(400, `Invalid zip file: ${(error as Error).message}`);
    }
    const flows: FlowInput[] = [];
    for (const [entry, content] of Object.entries(entries)) {
      if (!entry.toLowerCase().endsWith(".json")) continue;
      const parsed = parseJson(content);
      if (isPlainObject(parsed)) flows.push(parsed as FlowInput);
    }
    // The project is named after the zip file ("p.zip" → "p"), checked on 1.13.0.
    return { name: splitExtension(name)[0], description: "", flows };
  }
  const data = parseJson(bytes);
  if (!isPlainObject(data)) throw httpError(400, "Invalid JSON file: expected an object");
  if (typeof data.folder_name !== "string") throw httpError(400, "Missing required field(s): folder_name");
  const flows = Array.isArray(data.flows) ? (data.flows.filter(isPlainObject) as FlowInput[]) : [];
  const description = typeof data.folder_description === "string" ? data.folder_description : "";
  return { name: data.folder_name, description, flows };
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    // Python's wording differs; the status and prefix are what clients see on 1.13.0.
    throw httpError(400, `Invalid JSON file: ${(error as Error).message}`);
  }
}

function importProject(
  ctx: MockContext,
  user: UserRecord,
  upload: ReturnType<typeof parseUpload>,
): FlowRecord[] {
  // Validate before writing: ids already taken fail the whole upload (422 string detail on 1.13.0).
  const taken = upload.flows
    .map((f) => f.id)
    .filter((id): id is string => typeof id === "string" && !!ctx.state.flows.get(id));
  if (taken.length > 0) {
    throw httpError(
      422,
      `Flow(s) with the following IDs already exist: ${taken.join(", ")}. Use the update endpoint or upload_file() for upsert semantics.`,
    );
  }
  const project = ctx.state.projects.add({
    name: uniqueProjectName(ctx, user.id, upload.name),
    description: upload.description,
    user_id: user.id,
    auth_settings: { auth_type: "apikey" },
  });
  // Imported flows have no version token on 1.13.0 (version_token: null).
  return upload.flows.map((flow) =>
    Object.assign(
      ctx.state.flows.add(
        { ...structuredClone(flow), folder_id: project.id },
        { userId: user.id, folderId: project.id },
      ),
      { version_token: null },
    ),
  );
}

export const projectsTransferArea: ApiArea = (ctx) => [
  http.get(
    api("/api/v1/projects/download/:project_id"),
    route(({ request, params }) => {
      const user = authenticate(ctx, request);
      const id = uuidParam(params.project_id as string, ["path", "project_id"]);
      const project = projectOr404(ctx, user, id);
      const flows = flowsOf(ctx, project);
      if (flows.length === 0) throw httpError(404, "No flows found in project");
      const name = `${compactTimestamp(ctx.options.clock.now())}_${project.name}_flows.zip`;
      return zipResponse(
        flows.map((f) => [`${f.name}.json`, exportFlow(f)]),
        name,
      );
    }),
  ),
  http.post(
    api("/api/v1/projects/upload/"),
    route(async ({ request }) => {
      const user = authenticate(ctx, request);
      // With no multipart body at all the server answers 400 "No file provided" (the parameter is optional there).
      if (!/^multipart\/form-data/i.test(request.headers.get("content-type") ?? ""))
        throw httpError(400, "No file provided");
      const file = await readUploadFile(request, "file", { maxSizeMb: ctx.options.maxFileSizeMb });
      const flows = importProject(ctx, user, parseUpload(file.name, file.bytes));
      return jsonResponse(flows, 201);
    }),
  ),
];
