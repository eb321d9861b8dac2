import { describe, expect, it } from "vitest";
import { useMock } from "./support";

const { call } = useMock();

describe("log retrieval disabled (default, as on the pinned server)", () => {
  it("/logs and /logs-stream → 501 {detail: 'Log retrieval is disabled'}; no credentials → 403 first", async () => {
    for (const path of ["/logs", "/logs-stream"]) {
      const res = await call(path);
      expect(res.status).toBe(501);
      expect(await res.json()).toEqual({ detail: "Log retrieval is disabled" });
      expect((await call(path, { auth: false })).status).toBe(403);
    }
  });
});
