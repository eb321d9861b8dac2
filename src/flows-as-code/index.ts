/**
 * `langflow-sdk/flows-as-code`: `normalizeFlow`, the flow JSON text to commit, byte-identical to the Python SDK's
 * `flow_to_json(normalize_flow(flow))`. Pure (browsers too). Its own entry so that an app that never normalizes a flow
 * does not carry its JSON reader and writer (2.8 KB gzip); `lf.flows.push/pull` and the `langflow-sdk` CLI use it
 * through the Node-only `#langflow-flow-files`. Its errors (`FlowFormatError`, `LangflowConfigError`) come from
 * `langflow-sdk`.
 * @module langflow-sdk/flows-as-code
 */
export { type FlowJson, normalizeFlow } from "./normalize-flow";
export type { NormalizeFlowOptions } from "./normalize-options";
