// Projects (formerly folders): CRUD, a project's flows, zip export and import.
import { expect } from "vitest";
import { NotFoundError } from "../../src/index";
import { useTarget } from "./support/scenario";

const { scenario } = useTarget();

scenario("projects: create, read, rename, list, delete", async ({ lf, unique, defer }) => {
  const name = unique("project");
  const project = await lf.projects.create({ name, description: "contract scenario" });
  defer(() => lf.projects.delete(project.id));
  expect(project.name).toBe(name);
  const read = await lf.projects.get(project.id);
  expect(read.id).toBe(project.id);
  expect(read.flows).toEqual([]);
  const renamed = unique("renamed");
  expect((await lf.projects.update(project.id, { name: renamed })).name).toBe(renamed);
  expect((await lf.projects.list()).map((p) => p.name)).toContain(renamed);
  await lf.projects.delete(project.id);
  await expect(lf.projects.get(project.id)).rejects.toBeInstanceOf(NotFoundError);
});

scenario(
  "a project's flows: paged, and deleted with the project",
  async ({ lf, unique, defer, createFlow }) => {
    const project = await lf.projects.create({ name: unique("project") });
    defer(() => lf.projects.delete(project.id));
    const a = await createFlow("echo-chat", { projectId: project.id });
    const b = await createFlow("prompt-chat", { projectId: project.id });
    const page = await lf.projects.listFlows(project.id, { page: 1, size: 1 });
    expect(page.total).toBe(2);
    expect(page.items).toHaveLength(1);
    const all: string[] = [];
    for await (const flow of lf.projects.listFlows(project.id, { size: 1 })) all.push(flow.id);
    expect(all.sort()).toEqual([a.id, b.id].sort());
    await lf.projects.delete(project.id);
    await expect(lf.flows.get(a.id)).rejects.toBeInstanceOf(NotFoundError);
  },
);

scenario(
  "project zip: download a project and upload it as a new one",
  {
    na: {
      prism:
        "prism proxy hands binary response bodies through as text: the zip of GET /api/v1/projects/download/{id} arrives corrupted, and uploading it back fails with 400 Invalid zip file",
    },
  },
  async ({ lf, unique, defer, createFlow }) => {
    const project = await lf.projects.create({ name: unique("project") });
    defer(() => lf.projects.delete(project.id));
    const flow = await createFlow("echo-chat", { projectId: project.id });
    const zip = await lf.projects.download(project.id);
    expect([...zip.bytes.slice(0, 2)]).toEqual([0x50, 0x4b]); // "PK"
    // The zip's flows keep their ids, which exist: delete the original first, as a move between servers would.
    await lf.flows.delete(flow.id);
    const filename = `${unique("imported")}.zip`;
    const flows = await lf.projects.upload(zip.bytes, { filename });
    const imported = flows[0]?.folder_id;
    if (imported) defer(() => lf.projects.delete(imported));
    expect(flows.map((f) => f.name)).toEqual([flow.name]);
    const created = (await lf.projects.list()).find((p) => p.id === imported);
    expect(created?.name).toBe(filename.replace(/\.zip$/, ""));
  },
);
