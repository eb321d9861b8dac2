// chainFlow(): a small linear flow for tests and demos, e.g. ChatInput → MockDelay → MockModel → ChatOutput.
import type { FlowInput } from "../state/flows";

export type ChainStep =
  | "ChatInput"
  | "TextInput"
  | "ChatOutput"
  | "TextOutput"
  | "MockModel"
  | "MockFailure"
  | "MockDelay"
  | { type: "Prompt Template"; template: string; variable?: string }
  | { type: string; params?: Record<string, unknown>; input?: string };

const OUTPUT_NAME: Record<string, string> = {
  ChatInput: "message",
  TextInput: "text",
  ChatOutput: "message",
  TextOutput: "text",
  MockModel: "text_output",
  MockFailure: "text",
  MockDelay: "text",
  "Prompt Template": "prompt",
};

/** Builds Langflow flow JSON: the steps connected in order, each into the next one's `input_value`. */
export function chainFlow(name: string, steps: ChainStep[], extra: Partial<FlowInput> = {}): FlowInput {
  const nodes = steps.map((step, i) => {
    const s = typeof step === "string" ? { type: step } : step;
    const params: Record<string, unknown> = { ...("params" in s ? s.params : {}) };
    if ("template" in s) {
      params.template = s.template;
      params[s.variable ?? "text"] = "";
    }
    const id = `${s.type.replace(/\s+/g, "")}-${String(i).padStart(3, "0")}`;
    const template = Object.fromEntries(
      Object.entries({ input_value: "", ...params }).map(([k, v]) => [
        k,
        { name: k, value: v, type: "str", show: true },
      ]),
    );
    const outputName = OUTPUT_NAME[s.type] ?? "output";
    return {
      id,
      type: "genericNode",
      position: { x: 300 * i, y: 0 },
      data: {
        id,
        type: s.type,
        node: { display_name: s.type, template, outputs: [{ name: outputName, types: ["Message"] }] },
      },
    };
  });
  const edges = nodes.slice(1).map((node, i) => {
    const prev = nodes[i] as (typeof nodes)[number];
    const step = steps[i + 1];
    // A Prompt Template takes the previous output in its template variable (default `text`, as in its params).
    const field =
      typeof step === "object" && step.type === "Prompt Template"
        ? (("variable" in step ? step.variable : undefined) ?? "text")
        : "input_value";
    return {
      id: `edge-${prev.id}-${node.id}`,
      source: prev.id,
      target: node.id,
      data: {
        sourceHandle: { id: prev.id, name: prev.data.node.outputs[0]?.name, output_types: ["Message"] },
        targetHandle: { id: node.id, fieldName: field, inputTypes: ["Message"], type: "str" },
      },
    };
  });
  return {
    name,
    description: `${steps.length}-step test flow`,
    endpoint_name: null,
    ...extra,
    data: { nodes, edges },
  };
}
