// Test flows built with chainFlow (mock-only components).
import { chainFlow } from "../../../mock";

export const failFlow = chainFlow(
  "Fails",
  ["ChatInput", { type: "MockFailure", params: { error_message: "boom" } }, "ChatOutput"],
  {
    endpoint_name: "fails",
  },
);
export const slowFlow = chainFlow(
  "Slow",
  ["ChatInput", { type: "MockDelay", params: { delay_ms: 5000 } }, "ChatOutput"],
  {
    endpoint_name: "slow",
  },
);
export const slowModelFlow = chainFlow(
  "Slow model",
  ["ChatInput", { type: "MockDelay", params: { delay_ms: 1000 } }, "MockModel", "ChatOutput"],
  {
    endpoint_name: "slow-model",
  },
);
export const globalsFlow = {
  name: "Globals",
  endpoint_name: "globals",
  data: {
    nodes: [
      {
        id: "TextInput-g1",
        data: {
          type: "TextInput",
          node: {
            display_name: "Text Input",
            template: { input_value: { value: "FOO", load_from_db: true } },
            outputs: [{ name: "text", types: ["Message"] }],
          },
        },
      },
      {
        id: "ChatOutput-g1",
        data: {
          type: "ChatOutput",
          node: {
            display_name: "Chat Output",
            template: { input_value: { value: "" } },
            outputs: [{ name: "message", types: ["Message"] }],
          },
        },
      },
    ],
    edges: [
      {
        source: "TextInput-g1",
        target: "ChatOutput-g1",
        data: { sourceHandle: { name: "text" }, targetHandle: { fieldName: "input_value" } },
      },
    ],
  },
};
