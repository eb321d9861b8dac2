import { describe, expect, it } from "vitest";
import { dedupeOperationIds } from "../../scripts/lib/normalize/dedupe-operation-ids";
import { defineMissingSchemas } from "../../scripts/lib/normalize/define-missing-schemas";
import { dropAnyOfDuplicatingOneOf } from "../../scripts/lib/normalize/drop-anyof-duplicating-oneof";
import { dropRefBesideAnyOf } from "../../scripts/lib/normalize/drop-ref-beside-anyof";
import { hoistInlineDefs } from "../../scripts/lib/normalize/hoist-inline-defs";
import { finalNormalizations, structuralNormalizations } from "../../scripts/lib/normalize/index";
import type { JsonObject } from "../../scripts/lib/openapi";

const ok = { "200": { description: "OK" } };

describe("every normalization", () => {
  it.each([...structuralNormalizations, ...finalNormalizations])(
    "$name states its reason in one line",
    (n) => {
      expect(n.reason.length).toBeGreaterThan(20);
      expect(n.reason).not.toContain("\n");
    },
  );
});

describe("dedupe-operation-ids", () => {
  it("renames every use of a shared operationId with its method, and leaves unique ids alone", () => {
    const doc: JsonObject = {
      paths: {
        "/api/v1/mcp/streamable": {
          get: { operationId: "handle_streamable_delete", responses: ok },
          post: { operationId: "handle_streamable_delete", responses: ok },
          delete: { operationId: "handle_streamable_delete", responses: ok },
        },
        "/api/v1/version": { get: { operationId: "get_version", responses: ok } },
      },
    };
    const changes = dedupeOperationIds.apply(doc);
    const item = (doc.paths as never)["/api/v1/mcp/streamable"] as Record<string, { operationId: string }>;
    expect([item.get?.operationId, item.post?.operationId, item.delete?.operationId]).toEqual([
      "handle_streamable_delete__get",
      "handle_streamable_delete__post",
      "handle_streamable_delete__delete",
    ]);
    expect((doc.paths as never)["/api/v1/version"]).toEqual({
      get: { operationId: "get_version", responses: ok },
    });
    expect(changes).toHaveLength(3);
  });

  it("never produces a new collision with an existing id", () => {
    const doc: JsonObject = {
      paths: {
        "/a": { get: { operationId: "x" }, post: { operationId: "x__get" } },
        "/b": { get: { operationId: "x" } },
      },
    };
    dedupeOperationIds.apply(doc);
    const ids = ["/a", "/b"].flatMap((p) =>
      Object.values((doc.paths as never)[p] as Record<string, { operationId: string }>).map(
        (o) => o.operationId,
      ),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("drop-ref-beside-anyof", () => {
  it("keeps the anyOf union and drops the sibling $ref", () => {
    const schema = {
      $ref: "#/components/schemas/ExecutionResponse",
      anyOf: [{ $ref: "#/components/schemas/Execution" }, { $ref: "#/components/schemas/Job" }],
    };
    const doc: JsonObject = {
      paths: { "/x": { get: { responses: { "200": { content: { "application/json": { schema } } } } } } },
    };
    expect(dropRefBesideAnyOf.apply(doc)).toHaveLength(1);
    expect(schema).toEqual({
      anyOf: [{ $ref: "#/components/schemas/Execution" }, { $ref: "#/components/schemas/Job" }],
    });
  });

  it("leaves a lone $ref alone", () => {
    const doc: JsonObject = { components: { schemas: { A: { $ref: "#/components/schemas/B" } } } };
    expect(dropRefBesideAnyOf.apply(doc)).toEqual([]);
    expect(doc).toEqual({ components: { schemas: { A: { $ref: "#/components/schemas/B" } } } });
  });
});

describe("drop-anyof-duplicating-oneof", () => {
  it("drops an anyOf equal to the oneOf, keeping the discriminator", () => {
    const members = [{ $ref: "#/components/schemas/A" }, { $ref: "#/components/schemas/B" }];
    const schema: JsonObject = {
      anyOf: members,
      oneOf: structuredClone(members),
      discriminator: { propertyName: "object" },
    };
    const doc: JsonObject = { components: { schemas: { U: schema } } };
    expect(dropAnyOfDuplicatingOneOf.apply(doc)).toHaveLength(1);
    expect(schema).toEqual({ oneOf: members, discriminator: { propertyName: "object" } });
  });

  it("keeps an anyOf that differs from the oneOf", () => {
    const schema: JsonObject = { anyOf: [{ type: "string" }], oneOf: [{ type: "number" }] };
    expect(dropAnyOfDuplicatingOneOf.apply({ components: { schemas: { U: schema } } })).toEqual([]);
    expect(schema.anyOf).toEqual([{ type: "string" }]);
  });
});

describe("define-missing-schemas", () => {
  it("adds a placeholder for each undefined schema and nothing for defined ones", () => {
    const doc: JsonObject = {
      paths: {
        "/x": {
          get: {
            responses: {
              "200": {
                content: {
                  "text/event-stream": { schema: { $ref: "#/components/schemas/WorkflowStreamEvent" } },
                },
              },
            },
          },
        },
      },
      components: {
        schemas: { Defined: { type: "string" }, Other: { $ref: "#/components/schemas/Defined" } },
      },
    };
    expect(defineMissingSchemas.apply(doc)).toEqual([
      "#/components/schemas/WorkflowStreamEvent: placeholder for an undefined schema",
    ]);
    const schemas = (doc.components as JsonObject).schemas as JsonObject;
    expect(Object.keys(schemas).sort()).toEqual(["Defined", "Other", "WorkflowStreamEvent"]);
    expect(schemas.Defined).toEqual({ type: "string" });
  });
});

describe("hoist-inline-defs", () => {
  it("moves inline $defs to components.schemas, reusing equal ones and rewriting #/$defs refs", () => {
    const status = { enum: ["queued", "completed"], type: "string" };
    const schema: JsonObject = {
      $defs: {
        JobStatus: status,
        Extra: { properties: { s: { $ref: "#/$defs/JobStatus" } }, type: "object" },
      },
      properties: { status: { $ref: "#/$defs/JobStatus" }, extra: { $ref: "#/$defs/Extra" } },
      type: "object",
    };
    const doc: JsonObject = {
      paths: { "/x": { get: { responses: { "200": { content: { "application/json": { schema } } } } } } },
      components: { schemas: { JobStatus: structuredClone(status) } },
    };
    expect(hoistInlineDefs.apply(doc)).toHaveLength(1);
    expect(schema.$defs).toBeUndefined();
    expect(JSON.stringify(schema)).not.toContain("#/$defs/");
    const schemas = (doc.components as JsonObject).schemas as JsonObject;
    expect(Object.keys(schemas).sort()).toEqual(["Extra", "JobStatus"]);
    expect(JSON.stringify(schemas.Extra)).toContain("#/components/schemas/JobStatus");
  });

  it("renames a $defs entry that differs from a component of the same name", () => {
    const schema: JsonObject = {
      $defs: { A: { type: "integer" } },
      properties: { a: { $ref: "#/$defs/A" } },
    };
    const doc: JsonObject = {
      paths: { "/x": { get: { responses: { "200": { content: { "application/json": { schema } } } } } } },
      components: { schemas: { A: { type: "string" } } },
    };
    hoistInlineDefs.apply(doc);
    expect(((doc.components as JsonObject).schemas as JsonObject).A2).toEqual({ type: "integer" });
    expect(JSON.stringify(schema)).toContain("#/components/schemas/A2");
  });
});
