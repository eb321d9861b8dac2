// maxFileSizeMb → 413 with Langflow's body on every upload route (statement 38).
import { describe, expect, it } from "vitest";
import { useMock } from "./support";

const { lf, call } = useMock({ maxFileSizeMb: 1 });

describe("upload size limit", () => {
  const big = new Uint8Array(1024 * 1024 + 1);
  const routes = () => {
    const flow = [...lf.state.flows.flows.values()][0];
    return [
      `/api/v1/files/upload/${flow?.id}`,
      "/api/v2/files",
      "/api/v2/files/",
      "/api/v1/projects/upload/",
    ];
  };

  it("answers 413 and stores nothing", async () => {
    for (const path of routes()) {
      const form = new FormData();
      form.set("file", new Blob([big]), "big.bin");
      const res = await call(path, { method: "POST", body: form });
      expect(res.status, path).toBe(413);
      expect(await res.json()).toEqual({ detail: "File size is larger than the maximum file size 1MB." });
    }
    expect(await (await call("/api/v2/files")).json()).toEqual([]);
  });

  it("accepts a file of exactly the limit", async () => {
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(1024 * 1024)]), "ok.bin");
    expect((await call("/api/v2/files", { method: "POST", body: form })).status).toBe(201);
  });
});
