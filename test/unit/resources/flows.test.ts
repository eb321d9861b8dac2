// lf.flows through the public client, against the in-process mock.
import { describe, expect, it } from "vitest";
import { NotFoundError, UnprocessableEntityError } from "../../../src/index";
import { useMockedClient } from "./support";

const { client } = useMockedClient();
const flowData = { nodes: [], edges: [] };

describe("lf.flows", () => {
  it("lists every flow, headers, and one page", async () => {
    const lf = client();
    const flows = await lf.flows.listAll();
    expect(flows.map((f) => f.endpoint_name)).toEqual(expect.arrayContaining(["echo-chat", "prompt-chat"]));
    const headers = await lf.flows.listHeaders();
    expect(headers.length).toBe(flows.length);
    const page = await lf.flows.list({ page: 1, size: 2 });
    expect(page.items).toHaveLength(2);
    expect(page.total).toBe(flows.length);
  });

  it("iterates page by page with for await", async () => {
    const lf = client();
    const all = await lf.flows.listAll();
    const seen: string[] = [];
    for await (const flow of lf.flows.list({ size: 1 })) seen.push(flow.id);
    expect(seen.sort()).toEqual(all.map((f) => f.id).sort());
  });

  it("creates, gets, updates, finds by endpoint name and deletes", async () => {
    const lf = client();
    const created = await lf.flows.create({ name: "made", data: flowData, endpoint_name: "made-ep" });
    expect((await lf.flows.get(created.id)).name).toBe("made");
    const updated = await lf.flows.update(created.id, { description: "d" });
    expect(updated.description).toBe("d");
    expect((await lf.flows.findByEndpointName("made-ep"))?.id).toBe(created.id);
    expect(await lf.flows.findByEndpointName("nope")).toBeUndefined();
    await lf.flows.delete(created.id);
    await expect(lf.flows.get(created.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("createMany and deleteMany", async () => {
    const lf = client();
    const made = await lf.flows.createMany([
      { name: "a", data: flowData },
      { name: "b", data: flowData },
    ]);
    expect(made).toHaveLength(2);
    expect(await lf.flows.deleteMany(made.map((f) => f.id))).toEqual({ deleted: 2 });
  });

  it("filters by project", async () => {
    const lf = client();
    const project = await lf.projects.create({ name: "P" });
    const flow = await lf.flows.create({ name: "in-p", data: flowData, folder_id: project.id });
    const inProject = await lf.flows.listAll({ projectId: project.id });
    expect(inProject.map((f) => f.id)).toEqual([flow.id]);
  });

  it("uploads a flow object and bytes, and downloads", async () => {
    const lf = client();
    const [up] = await lf.flows.upload({ name: "uploaded", data: flowData });
    expect(up?.name).toBe("uploaded");
    const bytes = new TextEncoder().encode(JSON.stringify({ data: flowData }));
    const [named] = await lf.flows.upload(bytes, { filename: "from-file.json" });
    expect(named?.name).toBe("from-file");
    const one = await lf.flows.download(up?.id ?? "");
    expect(JSON.parse(new TextDecoder().decode(one.bytes)).name).toBe("uploaded");
    const zip = await lf.flows.download([up?.id ?? "", named?.id ?? ""]);
    expect(zip.contentType).toContain("zip");
    expect(zip.filename).toMatch(/\.zip$/);
    expect([...zip.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect(zip.blob().size).toBe(zip.bytes.length);
  });

  it("basic examples", async () => {
    expect(Array.isArray(await client().flows.basicExamples())).toBe(true);
  });

  it("surfaces validation errors with issues", async () => {
    const error = await client()
      .flows.get("not-a-uuid")
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
  });

  it("applies projectId itself: 1.13.0 ignores folder_id when get_all=true", async () => {
    const lf = client();
    const project = await lf.projects.create({ name: "filtered" });
    const inside = await lf.flows.create({ name: "inside", data: flowData, folder_id: project.id });
    // The server (and the mock, which follows it) answers every flow; only `inside` is in the project.
    expect(
      (await lf.raw.GET("/api/v1/flows/", { params: { query: { get_all: true, folder_id: project.id } } }))
        .data,
    ).toHaveLength((await lf.flows.listAll()).length);
    expect((await lf.flows.listAll({ projectId: project.id })).map((f) => f.id)).toEqual([inside.id]);
    expect((await lf.flows.listHeaders({ projectId: project.id })).map((f) => f.id)).toEqual([inside.id]);
  });

  it("refuses an empty id", () => {
    expect(() => client().flows.get("")).toThrow(/Invalid id ""/);
  });
});
