/**
 * An in-memory Langflow over msw handlers: `createLangflowMock()`, `chainFlow()` and the mock's state.
 * @module langflow-sdk/mock
 */

export type { Clock } from "./clock";
export type { ApiArea, MockContext, MockWarning } from "./context";
export { createLangflowMock, type LangflowMock } from "./create-mock";
export { type ChainStep, chainFlow } from "./engine/chain-flow";
export type { FlowCheck, NodeCheck, NodeKind } from "./engine/check";
export {
  ScriptBook,
  type ScriptRule,
  type ScriptTarget,
  type ScriptToolCall,
  type ScriptToolResult,
  type ScriptTurn,
  type TextMatcher,
} from "./engine/script/book";
export { scriptFromJson } from "./engine/script/from-json";
export {
  DEFAULT_API_KEY,
  type LangflowMockOptions,
  type MockProfile,
  type MockRetention,
  type ResolvedMockOptions,
} from "./options";
export { MockState, type StarterProject } from "./state";
export type { BuildJob, BuildStore } from "./state/builds";
export type { FileStore, StoredBytes, UserFileRecord } from "./state/files";
export type { FlowInput, FlowRecord, FlowStore } from "./state/flows";
export type {
  JobFrame,
  JobFrameData,
  JobListener,
  JobPause,
  JobRecord,
  JobResult,
  JobStore,
  NewJob,
  WorkflowJobStatus,
} from "./state/jobs";
export type { LegacyTaskStore, TaskRecord } from "./state/legacy-tasks";
export type { LogBuffer, LogEntry } from "./state/logs";
export type { MessageRecord, MessageStore } from "./state/messages";
export type { MonitorState } from "./state/monitor";
export type { ProjectRecord, ProjectStore } from "./state/projects";
export type { RetentionLimits } from "./state/retention";
export type { RunLog, RunRecord, VertexRunRecord } from "./state/runs";
export type { Disposable, StateSettings } from "./state/types";
export type { ApiKeyRecord, TokenRecord, UserRecord, UserStore } from "./state/users";
export type { VariableRecord, VariableStore } from "./state/variables";
