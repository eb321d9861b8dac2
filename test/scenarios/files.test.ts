// Files: a flow's files (v1 `lf.flowFiles`) and the user's file library (v2 `lf.files`).
import { expect } from "vitest";
import { type APIError, NotFoundError } from "../../src/index";
import { text } from "./support/events";
import { useTarget } from "./support/scenario";

const { scenario } = useTarget();
const bytes = (s: string) => new TextEncoder().encode(s);

scenario("v1 flow files: upload, list, download, delete", async ({ lf, createFlow, unique }) => {
  const flow = await createFlow("echo-chat");
  const filename = `${unique("notes")}.txt`;
  const uploaded = await lf.flowFiles.upload(flow.id, bytes("flow file body"), {
    filename,
    contentType: "text/plain",
  });
  expect(uploaded.flowId).toBe(flow.id);
  const [folder, stored] = uploaded.file_path.split("/");
  expect(folder).toBe(flow.id);
  expect(stored).toContain(filename);
  expect(await lf.flowFiles.list(flow.id)).toEqual([stored]);
  const download = await lf.flowFiles.download(flow.id, stored ?? "");
  expect(text(download.bytes)).toBe("flow file body");
  await lf.flowFiles.delete(flow.id, stored ?? "");
  expect(await lf.flowFiles.list(flow.id)).toEqual([]);
  // 1.13.0 answers a missing file with 500, not 404 (docs/server-quirks.md).
  const missing = await lf.flowFiles.download(flow.id, stored ?? "").catch((e: unknown) => e);
  expect((missing as APIError).status).toBe(500);
});

scenario("v2 files: upload, list, download, rename, delete", async ({ lf, unique, defer }) => {
  const name = unique("report");
  const uploaded = await lf.files.upload(new Blob(["a,b\n1,2\n"], { type: "text/csv" }), {
    filename: `${name}.csv`,
  });
  defer(() => lf.files.delete(uploaded.id));
  expect(uploaded.name).toBe(name);
  expect((await lf.files.list()).map((f) => f.id)).toContain(uploaded.id);
  const download = await lf.files.download(uploaded.id);
  expect(text(download.bytes)).toBe("a,b\n1,2\n");
  const renamed = unique("renamed");
  expect((await lf.files.rename(uploaded.id, renamed)).name).toBe(renamed);
  expect((await lf.files.list()).find((f) => f.id === uploaded.id)?.name).toBe(renamed);
  await lf.files.delete(uploaded.id);
  await expect(lf.files.download(uploaded.id)).rejects.toBeInstanceOf(NotFoundError);
});

scenario("v2 files: delete several at once", async ({ lf, unique, defer }) => {
  const a = await lf.files.upload(bytes("one"), { filename: `${unique("a")}.txt` });
  defer(() => lf.files.delete(a.id));
  const b = await lf.files.upload(bytes("two"), { filename: `${unique("b")}.txt` });
  defer(() => lf.files.delete(b.id));
  const result = await lf.files.deleteMany([a.id, b.id]);
  expect(result.message).toMatch(/2 files/);
  const left = (await lf.files.list()).map((f) => f.id);
  expect(left).not.toContain(a.id);
  expect(left).not.toContain(b.id);
});
