import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { useMock } from "./support";

const { lf, call } = useMock();
const ZERO = "00000000-0000-0000-0000-000000000000";

function form(content: string | Uint8Array, name: string, field = "file"): FormData {
  const f = new FormData();
  f.set(field, new Blob([content as BlobPart]), name);
  return f;
}

function anyFlowId(): string {
  const flow = [...lf.state.flows.flows.values()][0];
  if (!flow) throw new Error("no flow");
  return flow.id;
}

describe("files v1 (flow-scoped)", () => {
  it("upload → 201 {flowId, file_path}; list; download; delete (statement 36)", async () => {
    const flowId = anyFlowId();
    const up = await call(`/api/v1/files/upload/${flowId}`, {
      method: "POST",
      body: form("a,b\n1,2\n", "oscar.csv"),
    });
    expect(up.status).toBe(201);
    const body = await up.json();
    expect(body.flowId).toBe(flowId);
    expect(body.file_path).toMatch(
      new RegExp(`^${flowId}/\\d{4}-\\d\\d-\\d\\d_\\d\\d-\\d\\d-\\d\\d_oscar\\.csv$`),
    );
    const name = body.file_path.split("/")[1];
    expect(await (await call(`/api/v1/files/list/${flowId}`)).json()).toEqual({ files: [name] });
    const dl = await call(`/api/v1/files/download/${flowId}/${name}`);
    expect(dl.headers.get("content-type")).toBe("application/octet-stream");
    expect(dl.headers.get("content-disposition")).toContain(`attachment; filename="${name}"`);
    expect(await dl.text()).toBe("a,b\n1,2\n");
    const del = await call(`/api/v1/files/delete/${flowId}/${name}`, { method: "DELETE" });
    expect(await del.json()).toEqual({ message: `File ${name} deleted successfully` });
    expect(await (await call(`/api/v1/files/list/${flowId}`)).json()).toEqual({ files: [] });
  });

  it("images: served with the image type; non-images → 500 as the server does", async () => {
    const flowId = anyFlowId();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);
    const up = await (
      await call(`/api/v1/files/upload/${flowId}`, { method: "POST", body: form(png, "img.png") })
    ).json();
    const name = up.file_path.split("/")[1];
    const img = await call(`/api/v1/files/images/${flowId}/${name}`);
    expect(img.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await img.arrayBuffer())).toEqual(png);
    const csv = await call(`/api/v1/files/images/${flowId}/x.csv`);
    expect(csv.status).toBe(500);
    expect(await csv.json()).toEqual({ detail: "Content type text/csv is not an image" });
  });

  it("errors: unknown flow 404, non-UUID 422, missing file part 422, missing file 500", async () => {
    expect(await (await call(`/api/v1/files/list/${ZERO}`)).json()).toEqual({ detail: "Flow not found" });
    const bad = await call("/api/v1/files/list/abc");
    expect(bad.status).toBe(422);
    expect((await bad.json()).detail[0].loc).toEqual(["path", "flow_id"]);
    const flowId = anyFlowId();
    const noPart = await call(`/api/v1/files/upload/${flowId}`, {
      method: "POST",
      body: form("x", "a.txt", "other"),
    });
    expect(await noPart.json()).toEqual({
      detail: [{ type: "missing", loc: ["body", "file"], msg: "Field required" }],
    });
    const notMultipart = await call(`/api/v1/files/upload/${flowId}`, { method: "POST" });
    expect(notMultipart.status).toBe(422);
    const gone = await call(`/api/v1/files/download/${flowId}/nope.csv`);
    expect(gone.status).toBe(500);
    expect(await gone.json()).toEqual({ detail: `File nope.csv not found in flow ${flowId}` });
  });
});

describe("files v2 (user files)", () => {
  async function upload(content: string, name: string, path = "/api/v2/files") {
    const res = await call(path, { method: "POST", body: form(content, name) });
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; name: string; path: string; size: number; provider: null };
  }

  it("upload → 201 {id,name,path,size,provider:null}; duplicates get (1); both slash variants (statement 37)", async () => {
    const a = await upload("a,b\n", "oscar.csv");
    const userId = lf.state.users.superuser.id;
    expect(a).toEqual({
      id: expect.any(String),
      name: "oscar",
      path: `${userId}/oscar.csv`,
      size: 4,
      provider: null,
    });
    const b = await upload("x", "oscar.csv", "/api/v2/files/");
    expect(b.name).toBe("oscar (1)");
    expect(b.path).toBe(`${userId}/oscar (1).csv`);
    for (const path of ["/api/v2/files", "/api/v2/files/"]) {
      const list = await (await call(path)).json();
      expect(list.map((f: { id: string }) => f.id)).toEqual([a.id, b.id]);
      expect(list[0]).toMatchObject({ user_id: userId, created_at: expect.stringMatching(/Z$/) });
    }
  });

  it("download by id: bytes with attachment; return_content=true → JSON string", async () => {
    const a = await upload("hello", "greeting.txt");
    const res = await call(`/api/v2/files/${a.id}`);
    expect(res.headers.get("content-type")).toBe("application/octet-stream");
    expect(res.headers.get("content-disposition")).toContain('filename="greeting.txt"');
    expect(await res.text()).toBe("hello");
    expect(await (await call(`/api/v2/files/${a.id}?return_content=true`)).json()).toBe("hello");
  });

  it("PUT ?name= renames (path unchanged); DELETE → detail message; unknown → 404 File not found", async () => {
    const a = await upload("x", "doc.pdf");
    const put = await call(`/api/v2/files/${a.id}?name=renamed`, { method: "PUT" });
    expect(await put.json()).toEqual({ ...a, name: "renamed" });
    const noName = await call(`/api/v2/files/${a.id}`, { method: "PUT" });
    expect(noName.status).toBe(422);
    const del = await call(`/api/v2/files/${a.id}`, { method: "DELETE" });
    expect(await del.json()).toEqual({ detail: "File renamed deleted successfully" });
    const missing = await call(`/api/v2/files/${a.id}`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ detail: "File not found" });
    expect((await call("/api/v2/files/abc")).status).toBe(422);
  });

  it("batch download zip, batch delete, delete all", async () => {
    const a = await upload("1", "one.txt");
    const b = await upload("2", "two.txt");
    const zip = await call("/api/v2/files/batch/", { json: [a.id, b.id] });
    expect(zip.headers.get("content-type")).toBe("application/x-zip-compressed");
    expect(zip.headers.get("content-disposition")).toMatch(/_langflow_files\.zip"/);
    const entries = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(entries).sort()).toEqual(["one.txt", "two.txt"]);
    const none = await call("/api/v2/files/batch/", { json: [crypto.randomUUID()] });
    expect(none.status).toBe(500);
    const del = await call("/api/v2/files/batch/", { method: "DELETE", json: [a.id, crypto.randomUUID()] });
    expect(await del.json()).toEqual({ message: "1 files deleted successfully" });
    const badIds = await call("/api/v2/files/batch/", { method: "DELETE", json: ["x"] });
    expect((await badIds.json()).detail[0]).toMatchObject({ type: "uuid_parsing", loc: ["body", 0] });
    const all = await call("/api/v2/files", { method: "DELETE" });
    expect(await all.json()).toEqual({ message: "All 1 files deleted successfully" });
    expect(await (await call("/api/v2/files")).json()).toEqual([]);
  });

  it("no credentials → 403; missing file part → 422", async () => {
    expect((await call("/api/v2/files", { auth: false })).status).toBe(403);
    const res = await call("/api/v2/files", { method: "POST", body: form("x", "a", "nofile") });
    expect(res.status).toBe(422);
  });
});

describe("files v2 without a multipart body", () => {
  it("→ 422 missing body.file (v1 answers the content-type message instead)", async () => {
    const res = await call("/api/v2/files", { method: "POST" });
    expect(await res.json()).toEqual({
      detail: [{ type: "missing", loc: ["body", "file"], msg: "Field required" }],
    });
  });
});

describe("files of another user's flow", () => {
  it("v1 → 403 'You don't have access to this flow'; v2 ids of other users → 403", async () => {
    const bob = lf.state.users.addUser("bob", "pw");
    const bobKey = lf.state.users.addApiKey(bob.id, "bob").api_key;
    const flowId = anyFlowId();
    const res = await call(`/api/v1/files/list/${flowId}`, { headers: { "x-api-key": bobKey } });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ detail: "You don't have access to this flow" });
    const up = await (await call("/api/v2/files", { method: "POST", body: form("x", "mine.txt") })).json();
    const other = await call(`/api/v2/files/${up.id}`, { headers: { "x-api-key": bobKey } });
    expect(other.status).toBe(403);
    expect(await (await call("/api/v2/files", { headers: { "x-api-key": bobKey } })).json()).toEqual([]);
  });
});
