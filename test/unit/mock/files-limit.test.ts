// maxFileSizeMb → 413 with Langflow's body on every upload route (statement 38). As on 1.13.0, the limit is on the
// whole request body (ContentSizeLimitMiddleware), so a file of exactly the limit is refused too.
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
      expect(await res.json()).toEqual({
        detail: expect.stringMatching(
          /^Content size limit exceeded\. Maximum allowed is 1MB and got 1\.0MB\.$/,
        ),
      });
    }
    expect(await (await call("/api/v2/files")).json()).toEqual([]);
  });

  it("refuses a file of exactly the limit (the multipart framing passes it) and accepts one just under", async () => {
    const exact = new FormData();
    exact.set("file", new Blob([new Uint8Array(1024 * 1024)]), "exact.bin");
    expect((await call("/api/v2/files", { method: "POST", body: exact })).status).toBe(413);
    const under = new FormData();
    under.set("file", new Blob([new Uint8Array(1024 * 1024 - 1024)]), "ok.bin");
    expect((await call("/api/v2/files", { method: "POST", body: under })).status).toBe(201);
  });
});
