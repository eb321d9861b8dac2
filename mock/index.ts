// langflow-sdk/mock: an in-memory Langflow over msw handlers.
export type { ApiArea, MockContext } from "./context";
export { createLangflowMock, type LangflowMock } from "./create-mock";
export { type ChainStep, chainFlow } from "./engine/chain-flow";
export { DEFAULT_API_KEY, type LangflowMockOptions, type MockProfile, type ResolvedOptions } from "./options";
export { MockState } from "./state";
export type { Clock } from "./state/clock";
export type { FlowInput, FlowRecord } from "./state/flows";
