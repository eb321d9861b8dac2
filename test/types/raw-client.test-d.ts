import { describe, expectTypeOf, it } from "vitest";
import { LangflowClient } from "../../src/index";

const lf = new LangflowClient({ baseUrl: "http://localhost:7860" });

describe("lf.raw", () => {
  it("types GET /api/v1/version's data", async () => {
    const { data } = await lf.raw.GET("/api/v1/version");
    expectTypeOf(data).toEqualTypeOf<
      { version: string; main_version: string; package: string } | undefined
    >();
  });

  it("types /api/v2/workflows bodies and responses", async () => {
    const { data, error } = await lf.raw.GET("/api/v2/workflows", { params: { query: { job_id: "x" } } });
    if (data) expectTypeOf(data.job_id).not.toBeAny();
    if (error) expectTypeOf(error).not.toBeAny();
    await lf.raw.POST("/api/v2/workflows", { body: { flow_id: "f", input_value: "hi", mode: "sync" } });
  });

  it("rejects a misspelled path", async () => {
    // @ts-expect-error: no such path
    await lf.raw.GET("/api/v1/versoin");
    // @ts-expect-error: the path exists, but not for DELETE
    await lf.raw.DELETE("/api/v1/version");
  });

  it("rejects a wrong body field type and a missing required field", async () => {
    // @ts-expect-error: mode is "sync" | "stream" | "background"
    await lf.raw.POST("/api/v2/workflows", { body: { flow_id: "f", mode: "fast" } });
    // @ts-expect-error: flow_id is required
    await lf.raw.POST("/api/v2/workflows", { body: { input_value: "hi" } });
  });

  it("rejects a missing path parameter", async () => {
    // @ts-expect-error: flow_id is required
    await lf.raw.GET("/api/v1/flows/{flow_id}", { params: { path: {} } });
  });
});
