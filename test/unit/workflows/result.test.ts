import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toWorkflowResult } from "../../../src/workflows/result";
import type { WorkflowExecutionResponse } from "../../../src/workflows/types";

const recorded = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../fixtures/recorded/${name}`, import.meta.url), "utf8"),
  ) as WorkflowExecutionResponse;

describe("toWorkflowResult", () => {
  it("reads the real 1.13 sync response", () => {
    const result = toWorkflowResult(recorded("v2-sync.json"));
    expect(result).toMatchObject({
      status: "completed",
      text: "You asked: what?",
      sessionId: "rec-3",
      errors: [],
      outputs: {
        "ChatOutput-prmt1": {
          componentId: "ChatOutput-prmt1",
          type: "message",
          content: "You asked: what?",
          displayName: "Chat Output",
        },
      },
    });
    expect(result.jobId).toMatch(/^[0-9a-f-]{36}$/);
    expect(result.raw).toEqual(recorded("v2-sync.json"));
  });

  it("reads the 1.10 shape of the seed document (no output summary, component_id inside, epoch created_at)", () => {
    const result = toWorkflowResult({
      flow_id: "f",
      job_id: "job_id_1234567890",
      object: "response",
      created_at: 1741476542,
      status: "completed",
      errors: [],
      inputs: { "ChatInput-abc.input_value": "what is 2+2" },
      outputs: {
        "ChatOutput-xyz": {
          type: "message",
          component_id: "ChatOutput-xyz",
          status: "completed",
          content: "2 + 2 equals 4.",
        },
      },
      metadata: {},
    } as never);
    expect(result.text).toBe("2 + 2 equals 4.");
    expect(result.outputs["ChatOutput-xyz"]?.componentId).toBe("ChatOutput-xyz");
  });

  it("gives no text when the server says there are several answers, and types each output", () => {
    const result = toWorkflowResult({
      status: "completed",
      output: { reason: "multiple" },
      outputs: {
        a: { type: "message", status: "completed", content: "one" },
        b: { type: "Text", status: "completed", content: "two" },
        c: { type: "data", status: "completed", content: { x: 1 } },
        d: { type: "dataframe", status: "completed", content: [{ a: 1 }] },
        e: { type: "tool", status: "completed", content: 3 },
      },
      errors: [],
    } as never);
    expect(result.text).toBeUndefined();
    expect(result.outputs.b).toMatchObject({ type: "text", content: "two" });
    expect(result.outputs.c).toMatchObject({ type: "data", content: { x: 1 } });
    expect(result.outputs.d).toMatchObject({ type: "dataframe", content: [{ a: 1 }] });
    expect(result.outputs.e).toMatchObject({ type: "unknown", serverType: "tool", content: 3 });
  });

  it("keeps an empty string as a valid single answer", () => {
    const result = toWorkflowResult({
      status: "completed",
      output: { reason: "single", text: "" },
      outputs: {},
      errors: [],
    } as never);
    expect(result.text).toBe("");
  });

  it("carries execution errors of a failed run", () => {
    const result = toWorkflowResult({
      status: "failed",
      output: { reason: "failed" },
      outputs: {},
      errors: [
        { error: "boom", code: "EXECUTION_ERROR", details: { flow_id: "f", error_type: "ValueError" } },
        "plain",
      ],
    } as never);
    expect(result.status).toBe("failed");
    expect(result.errors).toEqual([
      { error: "boom", code: "EXECUTION_ERROR", details: { flow_id: "f", error_type: "ValueError" } },
      { error: "plain" },
    ]);
  });
});
