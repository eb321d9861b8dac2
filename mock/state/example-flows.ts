// The example flows that ship with the mock (built from the real server's component templates; they run on a real
// Langflow too, except model-chat, which uses the mock-only model stand-in).
import echoChat from "../flows/echo-chat.json";
import modelChat from "../flows/model-chat.json";
import promptChat from "../flows/prompt-chat.json";
import twoOutputs from "../flows/two-outputs.json";
import type { FlowInput } from "./flows";

export const exampleFlows: readonly FlowInput[] = [
  echoChat,
  promptChat,
  twoOutputs,
  modelChat,
] as FlowInput[];
