// Flows: CRUD, batch create, JSON upload and download, lookup by endpoint name, paging, bad requests.
import { expect } from "vitest";
import { NotFoundError, UnprocessableEntityError } from "../../src/index";
import { exampleFlow } from "./support/flows";
import { useTarget } from "./support/scenario";

const { scenario } = useTarget();
const MISSING = "00000000-0000-4000-8000-000000000000";

scenario("flows: create from echo-chat JSON, read, update, delete", async ({ lf, unique, defer }) => {
  const json = exampleFlow("echo-chat");
  const name = unique("echo");
  const flow = await lf.flows.create({ name, data: json.data, endpoint_name: name });
  defer(() => lf.flows.delete(flow.id));
  expect(flow.name).toBe(name);
  expect(flow.data?.nodes).toHaveLength(2);
  const read = await lf.flows.get(flow.id);
  expect(read.endpoint_name).toBe(name);
  const updated = await lf.flows.update(flow.id, { description: "updated by a scenario" });
  expect(updated.description).toBe("updated by a scenario");
  expect((await lf.flows.listHeaders()).map((h) => h.id)).toContain(flow.id);
  await lf.flows.delete(flow.id);
  await expect(lf.flows.get(flow.id)).rejects.toBeInstanceOf(NotFoundError);
});

scenario("flows: createMany in a project", async ({ lf, unique, defer }) => {
  const project = await lf.projects.create({ name: unique("batch") });
  defer(() => lf.projects.delete(project.id));
  const names = [unique("b1"), unique("b2")];
  const flows = await lf.flows.createMany(
    names.map((name) => ({ name, data: exampleFlow("echo-chat").data, folder_id: project.id })),
  );
  for (const f of flows) defer(() => lf.flows.delete(f.id));
  expect(flows.map((f) => f.name)).toEqual(names);
  const inProject = await lf.flows.listAll({ projectId: project.id });
  expect(inProject.map((f) => f.name).sort()).toEqual([...names].sort());
});

scenario(
  "flows: upload a flow JSON file, download one as JSON and two as a zip",
  async ({ lf, unique, defer }) => {
    const json = exampleFlow("prompt-chat");
    const name = unique("uploaded");
    const [uploaded] = await lf.flows.upload(
      { ...json, name, endpoint_name: name },
      { filename: `${name}.json` },
    );
    if (!uploaded) throw new Error("upload created no flow");
    defer(() => lf.flows.delete(uploaded.id));
    expect(uploaded.name).toBe(name);
    const one = await lf.flows.download(uploaded.id);
    expect(JSON.parse(new TextDecoder().decode(one.bytes)).name).toBe(name);
    const [other] = await lf.flows.upload(new Blob([JSON.stringify({ ...json, name: unique("second") })]));
    if (!other) throw new Error("upload created no flow");
    defer(() => lf.flows.delete(other.id));
    const zip = await lf.flows.download([uploaded.id, other.id]);
    expect([...zip.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // "PK"
    expect(zip.filename).toMatch(/\.zip$/);
  },
);

scenario("flows: find a flow by its endpoint name and run it by that name", async ({ lf, createFlow }) => {
  const flow = await createFlow("echo-chat");
  const name = flow.endpoint_name ?? "";
  const found = await lf.flows.findByEndpointName(name);
  expect(found?.id).toBe(flow.id);
  expect(await lf.flows.findByEndpointName(`${name}-nope`)).toBeUndefined();
  const result = await lf.run(name, { inputValue: "by endpoint name" });
  expect(result.text).toBe("by endpoint name");
});

scenario(
  "flows: page through a project's flows (await a page, for await each flow)",
  async ({ lf, unique, defer, createFlow }) => {
    const project = await lf.projects.create({ name: unique("paged") });
    defer(() => lf.projects.delete(project.id));
    const created = [
      await createFlow("echo-chat", { projectId: project.id }),
      await createFlow("echo-chat", { projectId: project.id }),
      await createFlow("echo-chat", { projectId: project.id }),
    ];
    const page = await lf.flows.list({ projectId: project.id, page: 1, size: 2 });
    expect(page.total).toBe(3);
    expect(page.pages).toBe(2);
    expect(page.items).toHaveLength(2);
    const seen: string[] = [];
    for await (const flow of lf.flows.list({ projectId: project.id, size: 2 })) seen.push(flow.id);
    expect(seen.sort()).toEqual(created.map((f) => f.id).sort());
  },
);

scenario("flows: an unknown flow id is a NotFoundError", async ({ lf }) => {
  const error = await lf.flows.get(MISSING).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(NotFoundError);
  expect((error as NotFoundError).status).toBe(404);
});

scenario(
  "flows: a malformed body is a 422 with the field named",
  {
    na: {
      prism:
        "Prism validates the body against the 1.13.0 spec itself and answers its own 422 (problem+json, without FastAPI's field list) before the mock sees it",
    },
  },
  async ({ lf }) => {
    // `name` must be a string: FastAPI answers 422 with a field list.
    const error = await lf.flows.create({ name: 42 as unknown as string }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    const issues = (error as UnprocessableEntityError).issues;
    expect(issues.map((i) => i.loc.join("."))).toContain("body.name");
  },
);
