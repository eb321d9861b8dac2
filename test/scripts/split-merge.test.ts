import { describe, expect, it } from "vitest";
import { buildSpec } from "../../scripts/lib/build-spec";
import { mergeSpecs } from "../../scripts/lib/merge-specs";
import { type JsonObject, stableStringify } from "../../scripts/lib/openapi";
import { applyOverlay } from "../../scripts/lib/overlay";
import { pickGeneration } from "../../scripts/lib/split-spec";

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: JsonObject) => ({ content: { "application/json": { schema } } });

function serverDoc(): JsonObject {
  return {
    openapi: "3.1.0",
    info: { title: "Langflow", version: "1.13.0" },
    paths: {
      "/api/v1/version": { get: { operationId: "v", responses: { "200": json(ref("Version")) } } },
      "/api/v2/workflows": { post: { operationId: "w", responses: { "200": json(ref("Job")) } } },
      "/health": { get: { operationId: "h", responses: { "200": json(ref("Health")) } } },
    },
    components: {
      schemas: {
        Version: { type: "object", properties: { version: { type: "string" } } },
        Job: { type: "object", properties: { status: ref("Status") } },
        Status: { enum: ["queued", "completed"], type: "string" },
        Health: { type: "object" },
        Unused: { type: "string" },
      },
      securitySchemes: { "API key header": { type: "apiKey", in: "header", name: "x-api-key" } },
    },
  };
}

describe("fetch-specs split", () => {
  it("puts /api/v2 paths in v2 and everything else in v1, each with only the schemas it reaches", () => {
    const v1 = pickGeneration(serverDoc(), "v1", "1.13.0");
    const v2 = pickGeneration(serverDoc(), "v2", "1.13.0");
    expect(Object.keys(v1.paths as object).sort()).toEqual(["/api/v1/version", "/health"]);
    expect(Object.keys(v2.paths as object)).toEqual(["/api/v2/workflows"]);
    expect(Object.keys((v1.components as JsonObject).schemas as object).sort()).toEqual([
      "Health",
      "Version",
    ]);
    expect(Object.keys((v2.components as JsonObject).schemas as object).sort()).toEqual(["Job", "Status"]);
    expect((v2.components as JsonObject).securitySchemes).toBeDefined();
    expect((v1.info as JsonObject)["x-langflow-version"]).toBe("1.13.0");
  });

  it("serializes deterministically whatever the key order of the input", () => {
    const a = serverDoc();
    const reordered: JsonObject = {};
    for (const key of Object.keys(a).reverse()) reordered[key] = a[key] ?? null;
    const text = stableStringify(pickGeneration(a, "v1", "x"));
    expect(stableStringify(pickGeneration(reordered, "v1", "x"))).toBe(text);
    expect(text.endsWith("}\n")).toBe(true);
  });
});

describe("build-spec merge", () => {
  it("merges paths and shares identical schemas", () => {
    const merged = mergeSpecs(
      pickGeneration(serverDoc(), "v1", "1.13.0"),
      pickGeneration(serverDoc(), "v2", "1.13.0"),
    );
    expect(Object.keys(merged.paths as object).sort()).toEqual([
      "/api/v1/version",
      "/api/v2/workflows",
      "/health",
    ]);
    expect((merged.info as JsonObject)["x-langflow-version"]).toBe("1.13.0");
  });

  it("renames a v2 schema whose name a different v1 schema holds, and rewrites the v2 refs", () => {
    const v1 = pickGeneration(serverDoc(), "v1", "1.13.0");
    ((v1.components as JsonObject).schemas as JsonObject).Status = { type: "integer" };
    const merged = mergeSpecs(v1, pickGeneration(serverDoc(), "v2", "1.13.0"));
    const schemas = (merged.components as JsonObject).schemas as JsonObject;
    expect(schemas.Status).toEqual({ type: "integer" });
    expect(schemas.StatusV2).toEqual({ enum: ["queued", "completed"], type: "string" });
    expect(JSON.stringify(schemas.Job)).toContain("#/components/schemas/StatusV2");
  });

  it("fails when a path is in both inputs", () => {
    const v1 = serverDoc();
    expect(() => mergeSpecs(v1, serverDoc())).toThrow(/in both/);
  });
});

describe("build-spec overlay", () => {
  it("adds schemas and merges response media types beside the server's", () => {
    const doc = mergeSpecs(pickGeneration(serverDoc(), "v1", "1"), pickGeneration(serverDoc(), "v2", "1"));
    applyOverlay(doc, {
      file: "spec/overlay/test.json",
      body: {
        components: { schemas: { Event: { type: "object" } } },
        operations: {
          "post /api/v2/workflows": {
            responses: { "200": { content: { "text/event-stream": { schema: ref("Event") } } } },
          },
        },
      },
    });
    const paths = doc.paths as Record<
      string,
      { post: { responses: Record<string, { content: JsonObject }> } }
    >;
    const content = paths["/api/v2/workflows"]?.post.responses["200"]?.content ?? {};
    expect(Object.keys(content).sort()).toEqual(["application/json", "text/event-stream"]);
  });

  it("refuses to patch an operation the server does not have, or to redefine a server schema", () => {
    const doc = mergeSpecs(pickGeneration(serverDoc(), "v1", "1"), pickGeneration(serverDoc(), "v2", "1"));
    expect(() => applyOverlay(doc, { file: "o.json", body: { operations: { "get /nope": {} } } })).toThrow(
      /no operation get \/nope/,
    );
    expect(() =>
      applyOverlay(doc, { file: "o.json", body: { components: { schemas: { Health: {} } } } }),
    ).toThrow(/already defined/);
  });

  it("runs the whole pipeline: merge, repair, overlay, placeholders", () => {
    const v2 = pickGeneration(serverDoc(), "v2", "1");
    const paths = v2.paths as Record<
      string,
      { post: { responses: Record<string, { content: JsonObject }> } }
    >;
    const ok = paths["/api/v2/workflows"]?.post.responses["200"];
    if (ok) ok.content["text/event-stream"] = { schema: ref("Missing") };
    const { spec, changes } = buildSpec(pickGeneration(serverDoc(), "v1", "1"), v2, []);
    expect(((spec.components as JsonObject).schemas as JsonObject).Missing).toBeDefined();
    expect(changes.some((c) => c.startsWith("[define-missing-schemas]"))).toBe(true);
  });
});
