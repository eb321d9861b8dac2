import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { useMock } from "./support";

const { lf, call } = useMock();
const ZERO = "00000000-0000-0000-0000-000000000000";

async function createProject(name: string, extra: Record<string, unknown> = {}) {
  const res = await call("/api/v1/projects/", { json: { name, ...extra } });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; name: string };
}

describe("projects", () => {
  it("lists the Starter Project with owner fields (statement 46)", async () => {
    const res = await call("/api/v1/projects/");
    expect(res.status).toBe(200);
    const list = await res.json();
    expect(list).toEqual([
      expect.objectContaining({
        name: "Starter Project",
        parent_id: null,
        is_owner: true,
        owner_username: "langflow",
      }),
    ]);
  });

  it("creates a project: 201 {name, description, id, parent_id}; duplicate names get (1)", async () => {
    const res = await call("/api/v1/projects/", {
      json: { name: "P", description: "d", components_list: [], flows_list: [] },
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({
      name: "P",
      description: "d",
      auth_settings: { auth_type: "apikey" },
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      parent_id: null,
    });
    expect((await createProject("P")).name).toBe("P (1)");
  });

  it("adding flows at creation moves them (not a copy)", async () => {
    const flow = lf.flow("echo-chat") ?? [...lf.state.flows.flows.values()][0];
    if (!flow) throw new Error("no example flow");
    const p = await createProject("Moved", { flows_list: [flow.id] });
    expect(lf.state.flows.get(flow.id)?.folder_id).toBe(p.id);
    const body = await (await call(`/api/v1/projects/${p.id}`)).json();
    expect(body.flows.map((f: { id: string }) => f.id)).toEqual([flow.id]);
  });

  it("GET with page/size answers {folder, flows: Page}", async () => {
    const starter = lf.state.projects.defaultProject.id;
    const total = lf.state.flows.list(lf.state.users.superuser.id).length;
    const res = await call(`/api/v1/projects/${starter}?page=1&size=1`);
    const body = await res.json();
    expect(body.folder).toMatchObject({ id: starter, name: "Starter Project" });
    expect(body.flows).toMatchObject({ total, page: 1, size: 1, pages: total });
    expect(body.flows.items).toHaveLength(1);
    // Only page or only size → the plain shape.
    expect(await (await call(`/api/v1/projects/${starter}?page=1`)).json()).toMatchObject({
      id: starter,
      flows: expect.any(Array),
    });
  });

  it("PATCH renames; DELETE → 204 and removes the project's flows", async () => {
    const p = await createProject("Old");
    const flow = lf.addFlow({ name: "inside", data: { nodes: [], edges: [] }, folder_id: p.id });
    const patched = await call(`/api/v1/projects/${p.id}`, { method: "PATCH", json: { name: "New" } });
    expect(await patched.json()).toMatchObject({ id: p.id, name: "New" });
    const del = await call(`/api/v1/projects/${p.id}`, { method: "DELETE" });
    expect(del.status).toBe(204);
    expect(lf.state.flows.get(flow.id)).toBeUndefined();
    expect((await call(`/api/v1/projects/${p.id}`)).status).toBe(404);
  });

  it("errors: 404 Project not found, 422 non-UUID, 422 missing name, 403 without credentials", async () => {
    const missing = await call(`/api/v1/projects/${ZERO}`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ detail: "Project not found" });
    const bad = await call("/api/v1/projects/abc");
    expect(bad.status).toBe(422);
    expect((await bad.json()).detail[0]).toMatchObject({ type: "uuid_parsing", loc: ["path", "project_id"] });
    const noName = await call("/api/v1/projects/", { json: {} });
    expect(await noName.json()).toEqual({
      detail: [{ type: "missing", loc: ["body", "name"], msg: "Field required" }],
    });
    const anon = await call("/api/v1/projects/", { auth: false });
    expect(anon.status).toBe(403);
  });

  it("downloads a project as a zip of flow JSON files; an empty project → 404", async () => {
    const p = await createProject("Zipped");
    const empty = await call(`/api/v1/projects/download/${p.id}`);
    expect(empty.status).toBe(404);
    expect(await empty.json()).toEqual({ detail: "No flows found in project" });
    lf.addFlow({ name: "zf", data: { nodes: [], edges: [] }, folder_id: p.id });
    const res = await call(`/api/v1/projects/download/${p.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/x-zip-compressed");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="\d{8}_\d{6}_Zipped_flows\.zip"/,
    );
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    expect(Object.keys(files)).toEqual(["zf.json"]);
    expect(JSON.parse(new TextDecoder().decode(files["zf.json"]))).toMatchObject({
      name: "zf",
      data: { nodes: [] },
    });
  });

  it("uploads a zip: new project named after the file, flows inside it; existing ids → 422", async () => {
    const zip = zipSync({
      "a.json": strToU8(JSON.stringify({ name: "fa", data: { nodes: [], edges: [] } })),
    });
    const form = new FormData();
    form.set("file", new Blob([zip as BlobPart], { type: "application/zip" }), "import.zip");
    const res = await call("/api/v1/projects/upload/", { method: "POST", body: form });
    expect(res.status).toBe(201);
    const flows = await res.json();
    expect(flows).toHaveLength(1);
    const project = lf.state.projects.get(flows[0].folder_id);
    expect(project?.name).toBe("import");
    const again = new FormData();
    const existing = [...lf.state.flows.flows.values()][0];
    again.set(
      "file",
      new Blob([zipSync({ "x.json": strToU8(JSON.stringify(existing)) }) as BlobPart]),
      "again.zip",
    );
    const dup = await call("/api/v1/projects/upload/", { method: "POST", body: again });
    expect(dup.status).toBe(422);
    expect((await dup.json()).detail).toContain("already exist");
  });

  it("uploads a project JSON file; without folder_name → 400; no file → 400", async () => {
    const form = new FormData();
    const json = {
      folder_name: "jp",
      folder_description: "desc",
      flows: [{ name: "jf", data: { nodes: [], edges: [] } }],
    };
    form.set("file", new Blob([JSON.stringify(json)]), "p.json");
    const res = await call("/api/v1/projects/upload/", { method: "POST", body: form });
    expect(res.status).toBe(201);
    const [flow] = await res.json();
    expect(lf.state.projects.get(flow.folder_id)).toMatchObject({ name: "jp", description: "desc" });
    const bad = new FormData();
    bad.set("file", new Blob([JSON.stringify({ flows: [] })]), "p.json");
    expect(await (await call("/api/v1/projects/upload/", { method: "POST", body: bad })).json()).toEqual({
      detail: "Missing required field(s): folder_name",
    });
    const none = await call("/api/v1/projects/upload/", { method: "POST" });
    expect(none.status).toBe(400);
    expect(await none.json()).toEqual({ detail: "No file provided" });
  });
});

describe("legacy /api/v1/folders/ paths", () => {
  it("307-redirect to /api/v1/projects/ (no auth needed for the redirect itself)", async () => {
    const res = await call("/api/v1/folders/", { auth: false, redirect: "manual" });
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe("/api/v1/projects/");
  });

  it("a client that follows redirects reads projects through /folders/", async () => {
    const res = await call("/api/v1/folders/");
    expect(res.status).toBe(200);
    expect((await res.json())[0]).toMatchObject({ name: "Starter Project" });
  });

  it("validates the folder id before redirecting", async () => {
    const bad = await call("/api/v1/folders/abc", { redirect: "manual" });
    expect(bad.status).toBe(422);
    expect((await bad.json()).detail[0].loc).toEqual(["path", "folder_id"]);
    const id = lf.state.projects.defaultProject.id;
    const ok = await call(`/api/v1/folders/download/${id}`, { redirect: "manual" });
    expect(ok.headers.get("location")).toBe(`/api/v1/projects/download/${id}`);
  });
});
