// The example flows of mock/flows/*.json (generated from the real server's own component templates, so the
// same JSON runs on the mock and on a bare Langflow: no model provider needed).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { FlowCreate } from "../../../src/index";

export type ExampleFlow = "echo-chat" | "prompt-chat" | "two-outputs";

export interface ExampleFlowJson {
  name: string;
  description?: string;
  endpoint_name?: string;
  data: NonNullable<FlowCreate["data"]>;
}

const DIR = resolve(import.meta.dirname, "../../../mock/flows");

export function exampleFlow(name: ExampleFlow): ExampleFlowJson {
  return JSON.parse(readFileSync(resolve(DIR, `${name}.json`), "utf8")) as ExampleFlowJson;
}

/** Component ids of the example flows, for tweaks and output checks. */
export const COMPONENTS = {
  "echo-chat": { input: "ChatInput-echo1", output: "ChatOutput-echo1" },
  "prompt-chat": { input: "ChatInput-prmt1", prompt: "Prompt-prmt1", output: "ChatOutput-prmt1" },
  "two-outputs": { input: "ChatInput-two01", chat: "ChatOutput-two01", text: "TextOutput-two01" },
} as const;
