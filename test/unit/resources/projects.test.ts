// lf.projects through the public client, against the in-process mock.
import { describe, expect, it } from "vitest";
import { LangflowClient, NotFoundError } from "../../../src/index";
import { useMockedClient } from "./support";

const { client } = useMockedClient();
const flowData = { nodes: [], edges: [] };

describe("lf.projects", () => {
  it("creates, lists, gets, updates and deletes (with its flows)", async () => {
    const lf = client();
    const p = await lf.projects.create({ name: "Proj", description: "x" });
    expect((await lf.projects.list()).map((x) => x.id)).toContain(p.id);
    const flow = await lf.flows.create({ name: "f", data: flowData, folder_id: p.id });
    const got = await lf.projects.get(p.id);
    expect(got.flows?.map((f) => f.id)).toEqual([flow.id]);
    expect((await lf.projects.update(p.id, { name: "Renamed" })).name).toBe("Renamed");
    await lf.projects.delete(p.id);
    await expect(lf.projects.get(p.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(lf.flows.get(flow.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("pages a project's flows, and iterates them with for await", async () => {
    const lf = client();
    const p = await lf.projects.create({ name: "Paged" });
    for (const name of ["a", "b", "c"]) await lf.flows.create({ name, data: flowData, folder_id: p.id });
    const page = await lf.projects.listFlows(p.id, { page: 1, size: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBe(3);
    const names: string[] = [];
    for await (const f of lf.projects.listFlows(p.id, { size: 2 })) names.push(f.name);
    expect(names.sort()).toEqual(["a", "b", "c"]);
  });

  it("downloads a zip and uploads it back as a new project", async () => {
    const lf = client();
    const p = await lf.projects.create({ name: "Zip" });
    await lf.flows.create({ name: "zipped", data: flowData, folder_id: p.id });
    const zip = await lf.projects.download(p.id);
    expect([...zip.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    await lf.projects.delete(p.id);
    const flows = await lf.projects.upload(zip.blob(), { filename: "Imported.zip" });
    expect(flows.map((f) => f.name)).toContain("zipped");
    expect((await lf.projects.list()).map((x) => x.name)).toContain("Imported");
  });

  it("404 for an empty project's download", async () => {
    const lf = client();
    const p = await lf.projects.create({ name: "Empty" });
    await expect(lf.projects.download(p.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("falls back to /folders/ when the server lacks /projects/", async () => {
    const paths: string[] = [];
    const old = async (input: RequestInfo | URL) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      paths.push(url.pathname);
      if (url.pathname.startsWith("/api/v1/projects/"))
        return Response.json({ detail: "Not Found" }, { status: 404 });
      return Response.json([{ id: "f1", name: "Old", description: null, parent_id: null }]);
    };
    const lf = new LangflowClient({ baseUrl: "http://old.test", apiKey: "k", fetch: old });
    expect((await lf.projects.list())[0]?.name).toBe("Old");
    await lf.projects.list();
    expect(paths).toEqual(["/api/v1/projects/", "/api/v1/folders/", "/api/v1/folders/"]);
  });

  it("refuses an empty id", () => {
    expect(() => client().projects.get("")).toThrow(/Invalid id ""/);
  });
});
