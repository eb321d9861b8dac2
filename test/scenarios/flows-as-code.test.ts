// Flows in git (issue 17): pull a project into files, change a prompt in a file, push, run and see the change; a
// push of unchanged files sends nothing; a file with a new id is created (201) by the upsert.
import { randomUUID } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { useTarget } from "./support/scenario";

const { scenario } = useTarget();

const temporaryDir = async (defer: (cleanup: () => unknown) => void) => {
  const dir = await mkdtemp(join(tmpdir(), "lf-flows-"));
  defer(() => rm(dir, { recursive: true, force: true }));
  return dir;
};

scenario(
  "flows in git: pull a project, change a prompt in its file, push, run the change; unchanged pushes send nothing",
  {
    na: {
      prism:
        "prism proxy validates PUT /api/v1/flows/{id} answers against the spec's one 200 response; the upsert's 201 is refused",
    },
  },
  async ({ lf, unique, defer, createFlow }) => {
    const project = await lf.projects.create({ name: unique("git-project") });
    defer(() => lf.projects.delete(project.id));
    const flow = await createFlow("prompt-chat", { projectId: project.id });
    const dir = await temporaryDir(defer);

    const pulled = await lf.projects.pull(project.id, { outputDir: dir });
    expect(pulled.flows.map((f) => [f.id, f.status])).toEqual([[flow.id, "created"]]);
    const file = join(dir, `${flow.name.replace(/[^\p{L}\p{N}\- _]/gu, "_").replaceAll(" ", "_")}.json`);
    expect(pulled.flows[0]?.path).toBe(file);
    const text = await readFile(file, "utf8");
    expect(text).toContain('"template": {');
    expect(text).not.toContain("updated_at");
    expect((await lf.projects.pull(project.id, { outputDir: dir })).flows[0]?.status).toBe("unchanged");

    const before = await lf.flows.get(flow.id);
    const unchanged = await lf.projects.push(dir);
    expect(unchanged.map((r) => r.status)).toEqual(["unchanged"]);
    expect((await lf.flows.get(flow.id)).updated_at).toBe(before.updated_at);

    expect(text).toContain("You asked: {question}");
    await writeFile(file, text.replace("You asked: {question}", "Pulled, changed, pushed: {question}"));
    const dry = await lf.flows.push(file, { dryRun: true });
    expect([dry.status, dry.dryRun]).toEqual(["updated", true]);
    expect((await lf.run(flow.id, { inputValue: "hi" })).text).toBe("You asked: hi");

    const pushed = await lf.projects.push(dir);
    expect(pushed.map((r) => [r.id, r.status])).toEqual([[flow.id, "updated"]]);
    expect((await lf.run(flow.id, { inputValue: "hi" })).text).toBe("Pulled, changed, pushed: hi");
    expect((await lf.flows.push(file)).status).toBe("unchanged");
    // The server's flow, pulled again, is the file as changed.
    expect((await lf.flows.pull(flow.id)).text).toBe(await readFile(file, "utf8"));
  },
);

scenario(
  "flows in git: a file with an id the server does not have is created under that id (201), then updated (200)",
  {
    na: {
      prism:
        "prism proxy validates PUT /api/v1/flows/{id} answers against the spec's one 200 response; the upsert's 201 is refused",
    },
  },
  async ({ lf, unique, defer, createFlow }) => {
    const source = await createFlow("echo-chat");
    const dir = await temporaryDir(defer);
    const { text } = await lf.flows.pull(source.id);
    const id = randomUUID();
    const name = unique("upserted");
    const file = join(dir, "copy.json");
    await writeFile(
      file,
      text.replaceAll(source.id, id).replaceAll(JSON.stringify(source.name), JSON.stringify(name)),
    );
    expect((await lf.flows.push(file, { dryRun: true })).status).toBe("created");
    const created = await lf.flows.push(file);
    defer(() => lf.flows.delete(id));
    expect([created.id, created.status, created.dryRun]).toEqual([id, "created", false]);
    expect((await lf.flows.get(id)).name).toBe(name);
    // Any JSON text is a flow file (here JSON.stringify's, one line): only the fields push sends count.
    const edited = { ...JSON.parse(await readFile(file, "utf8")), description: "changed" };
    await writeFile(file, JSON.stringify(edited));
    expect((await lf.flows.push(file)).status).toBe("updated");
    expect((await lf.flows.get(id)).description).toBe("changed");
  },
);
