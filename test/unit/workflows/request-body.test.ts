import { describe, expect, it } from "vitest";
import { LangflowError } from "../../../src/core/errors";
import { legacyRequestBody } from "../../../src/workflows/legacy-body";
import { workflowRequestBody } from "../../../src/workflows/request-body";
import { describeVersion, generationOf } from "../../../src/workflows/server-generation";

const fail = (message: string): never => {
  throw new LangflowError(message);
};

const inputs = {
  inputValue: "hi",
  sessionId: "s1",
  tweaks: { "Prompt-1": { template: "T {q}" } },
  globals: { A: "1" },
};

describe("workflowRequestBody, current generation (1.11+)", () => {
  it("sends mode, input_value, tweaks and globals", () => {
    expect(workflowRequestBody("f", { ...inputs, outputIds: ["o"] }, "sync")).toEqual({
      flow_id: "f",
      mode: "sync",
      input_value: "hi",
      session_id: "s1",
      tweaks: { "Prompt-1": { template: "T {q}" } },
      globals: { A: "1" },
      output_ids: ["o"],
    });
  });

  it("names the stream protocol outside sync mode", () => {
    expect(workflowRequestBody("f", {}, "stream", "agui")).toEqual({
      flow_id: "f",
      mode: "stream",
      stream_protocol: "agui",
    });
    expect(workflowRequestBody("f", {}, "background")).toMatchObject({
      stream_protocol: "langflow",
    });
  });
});

describe("legacyRequestBody (1.10 generation)", () => {
  it("sends background/stream flags and flat component_id.param inputs", () => {
    expect(legacyRequestBody(fail, "f", inputs, "background", { chatInputId: "ChatInput-abc" })).toEqual({
      flow_id: "f",
      background: true,
      stream: false,
      inputs: {
        "Prompt-1.template": "T {q}",
        "ChatInput-abc.input_value": "hi",
        "ChatInput-abc.session_id": "s1",
      },
      globals: { A: "1" },
    });
  });

  it("needs the ChatInput id to place the input value", () => {
    expect(() => legacyRequestBody(fail, "f", { inputValue: "hi" }, "sync")).toThrow(/inputComponentId/);
  });

  it("refuses what 1.10 cannot do, naming the version", () => {
    expect(() => legacyRequestBody(fail, "f", {}, "stream")).toThrow(LangflowError);
    expect(() => legacyRequestBody(fail, "f", {}, "stream")).toThrow(/1\.11 or newer/);
    expect(() => legacyRequestBody(fail, "f", { outputIds: ["x"] }, "sync")).toThrow(/1\.11 or newer/);
  });
});

describe("generationOf", () => {
  it.each([
    ["1.13.0", "current"],
    ["1.11.0", "current"],
    ["2.0.1", "current"],
    ["1.10.3", "1.10"],
    ["1.9.0", "1.10"],
    ["1.8.0.dev3", "1.10"],
    // langflow-base alone reports its own numbers: 0.9 = Langflow 1.9, 0.10 = 1.10, 0.11 = 1.11.
    ["0.9.6", "1.10"],
    ["0.10.3", "1.10"],
    ["0.11.6", "current"],
    ["0.11.0.dev2", "current"],
    ["nonsense", "current"],
  ])("%s -> %s", (version, generation) => {
    expect(generationOf(version)).toBe(generation);
  });

  it("names a base package's version with its Langflow line", () => {
    expect(describeVersion("0.10.3")).toBe("1.10, langflow-base 0.10.3");
    expect(describeVersion("1.13.0")).toBe("1.13.0");
    expect(describeVersion("nonsense")).toBe("nonsense");
  });
});
