// Every example request of the Langflow docs' "API examples" page (api-reference-api-examples.md, March 2025) in
// the areas folders/projects, files, logs and monitor, sent as the docs write them (through fetch), checked against
// the documented response shape.
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { TRANSACTION_ITEM } from "../../fixtures/seed-004";
import { useMock } from "./support";

const { lf, call } = useMock({ logRetrieval: true });
const flowId = () => lf.flow("prompt-chat")?.id as string;
const json = { accept: "application/json" };

/**
 * Non-GET requests to /api/v1/folders/...: the server answers 307 to /api/v1/projects/...; fetch over the network
 * repeats the method and body there, but msw's in-process fetch interceptor does not (a 307 with a body fails with
 * "Failed to fetch", a DELETE is re-sent as GET), so this helper follows the redirect itself.
 */
async function folders(path: string, init: Parameters<typeof call>[1] & { method: string }) {
  const first = await call(path, { ...init, redirect: "manual" });
  expect(first.status).toBe(307);
  const location = first.headers.get("location") as string;
  expect(location).toBe(path.replace("/api/v1/folders", "/api/v1/projects").replace(/\?.*$/, ""));
  return call(location, init);
}

describe("docs API examples: folders", () => {
  it("read folders → [{name, description, id, parent_id}]", async () => {
    const res = await call("/api/v1/folders/", { headers: json });
    const list = await res.json();
    for (const f of list)
      expect(f).toMatchObject({ name: expect.any(String), id: expect.any(String), parent_id: null });
    expect(list[0]).toHaveProperty("description");
  });

  it("create folder (empty lists, then with flows that move) → {name, description, id, parent_id}", async () => {
    const body = { name: "new_folder_name", description: "string", components_list: [], flows_list: [] };
    const res = await folders("/api/v1/folders/", { method: "POST", headers: json, json: body });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      name: "new_folder_name",
      description: "string",
      id: expect.any(String),
      parent_id: null,
    });
    const moved = await folders("/api/v1/folders/", {
      method: "POST",
      json: { ...body, components_list: [crypto.randomUUID()], flows_list: [flowId()] },
    });
    const folder = await moved.json();
    expect(lf.state.flows.get(flowId())?.folder_id).toBe(folder.id);
  });

  it("read / update / download / delete folder, upload folder", async () => {
    const folder = await (await folders("/api/v1/folders/", { method: "POST", json: { name: "f" } })).json();
    // Docs show a one-element array; the server (and the mock) answer the folder object with its flows.
    expect(await (await call(`/api/v1/folders/${folder.id}`, { headers: json })).json()).toMatchObject({
      id: folder.id,
      flows: [],
    });
    const patch = {
      name: "string",
      description: "string",
      parent_id: null,
      components: [crypto.randomUUID()],
      flows: [flowId()],
    };
    const updated = await folders(`/api/v1/folders/${folder.id}`, { method: "PATCH", json: patch });
    expect(await updated.json()).toMatchObject({
      name: "string",
      description: "string",
      id: folder.id,
      parent_id: null,
    });
    const zip = await call(`/api/v1/folders/download/${folder.id}`, { headers: json });
    expect(zip.status).toBe(200);
    expect(zip.headers.get("content-disposition")).toContain(".zip");
    const form = new FormData();
    const archive = zipSync({
      "flow.json": strToU8(JSON.stringify({ name: "uploaded", data: { nodes: [], edges: [] } })),
    });
    form.set(
      "file",
      new Blob([archive as BlobPart], { type: "application/zip" }),
      "20241230_135006_langflow_flows.zip",
    );
    const up = await folders("/api/v1/folders/upload/", { method: "POST", headers: json, body: form });
    expect(up.status).toBe(201);
    expect((await up.json())[0]).toMatchObject({ name: "uploaded" });
    const del = await folders(`/api/v1/folders/${folder.id}`, {
      method: "DELETE",
      headers: { accept: "*/*" },
    });
    expect(del.status).toBe(204);
  });
});

describe("docs API examples: files", () => {
  it("upload → {flowId, file_path}; image upload; list; download; image download; delete", async () => {
    const csv = new FormData();
    csv.set("file", new Blob(["year,film\n"], { type: "text/csv" }), "the_oscar_award.csv");
    const up = await (
      await call(`/api/v1/files/upload/${flowId()}`, { method: "POST", headers: json, body: csv })
    ).json();
    expect(up).toEqual({
      flowId: flowId(),
      file_path: expect.stringMatching(new RegExp(`^${flowId()}/.+_the_oscar_award\\.csv$`)),
    });
    const png = new FormData();
    png.set("file", new Blob([new Uint8Array([0x89, 0x50])], { type: "image/png" }), "image-file.png");
    const img = await (await call(`/api/v1/files/upload/${flowId()}`, { method: "POST", body: png })).json();
    expect(img.file_path).toMatch(/_image-file\.png$/);
    const { files } = await (await call(`/api/v1/files/list/${flowId()}`, { headers: json })).json();
    expect(files).toHaveLength(2);
    const csvName = up.file_path.split("/")[1];
    const imgName = img.file_path.split("/")[1];
    expect(
      await (await call(`/api/v1/files/download/${flowId()}/${csvName}`, { headers: json })).text(),
    ).toBe("year,film\n");
    expect(
      (await call(`/api/v1/files/images/${flowId()}/${imgName}`, { headers: json })).headers.get(
        "content-type",
      ),
    ).toBe("image/png");
    const del = await call(`/api/v1/files/delete/${flowId()}/${imgName}`, {
      method: "DELETE",
      headers: json,
    });
    expect(await del.json()).toEqual({ message: `File ${imgName} deleted successfully` });
  });
});

describe("docs API examples: logs", () => {
  it("GET /logs?lines_before=0&lines_after=0&timestamp=0 → {epoch_ms: line} (last 10 at most)", async () => {
    const logs = await (
      await call("/logs?lines_before=0&lines_after=0&timestamp=0", { headers: json })
    ).json();
    expect(Object.keys(logs).length).toBeLessThanOrEqual(10);
    for (const [k, v] of Object.entries(logs)) {
      expect(k).toMatch(/^\d+$/);
      expect(String(v).endsWith("\n")).toBe(true);
    }
  });

  it("GET /logs-stream → text/event-stream of {epoch_ms: line} objects (keepalive: logs-stream.test.ts)", async () => {
    const res = await call("/logs-stream", { headers: { accept: "text/event-stream" } });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    await call(`/api/v1/run/${flowId()}`, { json: { input_value: "log me" } });
    const reader = res.body?.getReader();
    const frame = new TextDecoder().decode((await reader?.read())?.value).split("\n\n")[0] as string;
    const [ts, line] = Object.entries(JSON.parse(frame))[0] ?? [];
    expect(ts).toMatch(/^\d+$/);
    expect(String(line)).toContain("DEBUG");
    void reader?.cancel().catch(() => {});
  });
});

describe("docs API examples: monitor", () => {
  const session = "01ce083d-748b-4b8d-97b6-33adbb6a528a";
  async function chat() {
    await call(`/api/v1/run/${flowId()}`, { json: { input_value: "Hello", session_id: session } });
  }

  it("vertex builds: get → {vertex_builds}; delete → 204", async () => {
    await chat();
    const builds = await (await call(`/api/v1/monitor/builds?flow_id=${flowId()}`, { headers: json })).json();
    expect(Object.keys(builds.vertex_builds).length).toBeGreaterThan(0);
    expect(
      (
        await call(`/api/v1/monitor/builds?flow_id=${flowId()}`, {
          method: "DELETE",
          headers: { accept: "*/*" },
        })
      ).status,
    ).toBe(204);
  });

  it("messages: all, filtered (Machine/AI, order_by=timestamp), update text, rename session, delete", async () => {
    await chat();
    const all = await (await call("/api/v1/monitor/messages", { headers: json })).json();
    expect(all).toHaveLength(2);
    const q = `flow_id=${flowId()}&session_id=${session}&sender=Machine&sender_name=AI&order_by=timestamp`;
    const [machine] = await (await call(`/api/v1/monitor/messages?${q}`, { headers: json })).json();
    expect(machine).toMatchObject({
      flow_id: flowId(),
      sender: "Machine",
      sender_name: "AI",
      session_id: session,
      edit: false,
    });
    expect(machine.properties).toMatchObject({ state: "complete", targets: [] });
    const put = await call(`/api/v1/monitor/messages/${machine.id}`, {
      method: "PUT",
      json: { text: "testing 1234" },
    });
    expect(await put.json()).toMatchObject({ id: machine.id, text: "testing 1234", session_id: session });
    const renamed = await call(
      `/api/v1/monitor/messages/session/${session}?new_session_id=different_session_id`,
      {
        method: "PATCH",
        headers: json,
      },
    );
    expect(
      (await renamed.json()).every((m: { session_id: string }) => m.session_id === "different_session_id"),
    ).toBe(true);
    const ids = all.map((m: { id: string }) => m.id);
    const del = await call("/api/v1/monitor/messages", {
      method: "DELETE",
      headers: { accept: "*/*" },
      json: ids.slice(0, 1),
    });
    expect(del.status).toBe(204);
    const delSession = await call("/api/v1/monitor/messages/session/different_session_id", {
      method: "DELETE",
    });
    expect(delSession.status).toBe(204);
    expect(await (await call("/api/v1/monitor/messages")).json()).toEqual([]);
  });

  it("transactions?flow_id&page=1&size=50 → {items:[{timestamp,vertex_id,target_id,inputs,outputs,status,id}], total, page, size, pages}", async () => {
    await chat();
    const page = await (
      await call(`/api/v1/monitor/transactions?flow_id=${flowId()}&page=1&size=50`, { headers: json })
    ).json();
    expect(page).toMatchObject({ total: expect.any(Number), page: 1, size: 50, pages: 1 });
    expect(page.items[0]).toEqual(TRANSACTION_ITEM);
  });
});
