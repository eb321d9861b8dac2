// lf.files (v2) and lf.flowFiles (v1) through the public client, against the in-process mock.
import { openAsBlob } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InternalServerError, NotFoundError, type UploadedUserFile } from "../../../src/index";
import { useMockedClient } from "./support";

const { client } = useMockedClient();
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const bytes = (s: string) => new TextEncoder().encode(s);

describe("lf.files", () => {
  it("uploads every source kind, lists, downloads, renames and deletes", async () => {
    const lf = client();
    const dir = await mkdtemp(join(tmpdir(), "lf-files-"));
    await writeFile(join(dir, "disk.txt"), "from disk");
    const sources = [
      new File(["a file"], "a.txt", { type: "text/plain" }),
      new Blob(["a blob"]),
      bytes("u8"),
      bytes("ab").buffer as ArrayBuffer,
      new Blob(["streamed"]).stream(),
      await openAsBlob(join(dir, "disk.txt")), // a file on disk, in Node
    ];
    const up: UploadedUserFile[] = [];
    for (const [i, s] of sources.entries())
      up.push(await lf.files.upload(s, { filename: i === 0 ? undefined : `f${i}.txt` }));
    const id = (i: number) => up[i]?.id ?? "";
    expect(up[0]?.name).toBe("a");
    expect((await lf.files.list()).length).toBe(6);
    expect(text((await lf.files.download(id(4))).bytes)).toBe("streamed");
    expect(text((await lf.files.get(id(5))).bytes)).toBe("from disk");
    const stream = await lf.files.stream(id(0));
    expect(await new Response(stream).text()).toBe("a file");
    expect((await lf.files.rename(id(1), "renamed")).name).toBe("renamed");
    await lf.files.delete(id(1));
    await expect(lf.files.download(id(1))).rejects.toBeInstanceOf(NotFoundError);
    const zip = await lf.files.downloadMany([id(2), id(3)]);
    expect(zip.bytes.length).toBeGreaterThan(0);
    expect((await lf.files.deleteMany([id(2), id(3)])).message).toMatch(/2 files/);
    await lf.files.deleteAll();
    expect(await lf.files.list()).toEqual([]);
  });

  it("keeps withResponse on uploads", async () => {
    const { data, response } = await client().files.upload(bytes("x"), { filename: "x.txt" }).withResponse();
    expect(response.status).toBe(201);
    expect(data.path).toContain("x");
  });
});

describe("lf.flowFiles", () => {
  it("uploads, lists, downloads, serves an image, and deletes", async () => {
    const lf = client();
    const flow = await lf.flows.create({ name: "with files", data: { nodes: [], edges: [] } });
    const up = await lf.flowFiles.upload(flow.id, bytes("hello"), {
      filename: "h.txt",
      contentType: "text/plain",
    });
    expect(up.flowId).toBe(flow.id);
    const stored = up.file_path.split("/").pop() as string;
    expect(await lf.flowFiles.list(flow.id)).toEqual([stored]);
    expect(text((await lf.flowFiles.download(flow.id, stored)).bytes)).toBe("hello");
    const img = await lf.flowFiles.upload(flow.id, new Uint8Array([137, 80, 78, 71]), { filename: "p.png" });
    const imgName = img.file_path.split("/").pop() as string;
    expect((await lf.flowFiles.image(flow.id, imgName)).contentType).toBe("image/png");
    await lf.flowFiles.delete(flow.id, stored);
    await expect(lf.flowFiles.download(flow.id, stored)).rejects.toBeInstanceOf(InternalServerError);
  });
});
