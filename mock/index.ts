/**
 * An in-memory Langflow over msw handlers: `createLangflowMock()`, `chainFlow()` and the mock's state.
 * @module langflow-sdk/mock
 */
export type { ApiArea, MockContext } from "./context";
export { createLangflowMock, type LangflowMock } from "./create-mock";
export { type ChainStep, chainFlow } from "./engine/chain-flow";
export { DEFAULT_API_KEY, type LangflowMockOptions, type MockProfile, type ResolvedOptions } from "./options";
export { type Disposable, MockState } from "./state";
export type { Clock } from "./state/clock";
export type { FlowInput, FlowRecord, FlowStore } from "./state/flows";
export type { JobFrame, JobListener, JobRecord, JobStatus as MockJobStatus, JobStore } from "./state/jobs";
export type { MessageRecord, MessageStore } from "./state/messages";
export type { ProjectRecord, ProjectStore } from "./state/projects";
export type { RunLog, RunRecord, VertexRunRecord } from "./state/runs";
export type { ApiKeyRecord, TokenRecord, UserRecord, UserStore } from "./state/users";
