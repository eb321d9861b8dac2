// Legacy /api/v1/folders/... paths. 1.13.0 answers them with 307 redirects to /api/v1/projects/... (before auth,
// without the query string); a non-UUID folder id is still validated first (422, loc ["path","folder_id"]).
// Network fetch follows these for every method; msw's in-process fetch interceptor follows them correctly only for
// GET (it fails a 307 with a body and re-sends DELETE as GET), so in-process callers should use /api/v1/projects/.
import { http } from "msw";
import type { ApiArea } from "../context";
import { api } from "../http/paths";
import { route } from "../http/route";
import { uuidParam } from "../http/validation";

function redirect(url: URL): Response {
  const at = url.pathname.indexOf("/api/v1/folders");
  const location = `${url.pathname.slice(0, at)}/api/v1/projects${url.pathname.slice(at + "/api/v1/folders".length)}`;
  return new Response(null, { status: 307, headers: { location } });
}

export const foldersArea: ApiArea = () => [
  http.all(
    api("/api/v1/folders/"),
    route(({ url }) => redirect(url)),
  ),
  http.all(
    api("/api/v1/folders/upload/"),
    route(({ url }) => redirect(url)),
  ),
  http.all(
    api("/api/v1/folders/download/:folder_id"),
    route(({ url, params }) => {
      uuidParam(params.folder_id as string, ["path", "folder_id"]);
      return redirect(url);
    }),
  ),
  http.all(
    api("/api/v1/folders/:folder_id"),
    route(({ url, params }) => {
      uuidParam(params.folder_id as string, ["path", "folder_id"]);
      return redirect(url);
    }),
  ),
];
