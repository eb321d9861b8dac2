/**
 * The public surface of langflow-sdk: `LangflowClient`, `WorkflowsClient`, streams, errors and types.
 * @module langflow-sdk
 */
export { APIPromise, type WithResponse } from "./core/api-promise";
export {
  APIConnectionError,
  APIError,
  type APIErrorInit,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  DeprecatedEndpointError,
  type FieldIssue,
  FlowFormatError,
  InternalServerError,
  isLangflowError,
  JobCancelledError,
  JobFailedError,
  JobSuspendedError,
  JobTimeoutError,
  LangflowConfigError,
  LangflowEnvironmentError,
  LangflowError,
  type LangflowErrorName,
  type LangflowErrors,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  RedirectError,
  type ResponseIssue,
  ResponsesError,
  ResponseTooLargeError,
  ResponseValidationError,
  StreamError,
  UnprocessableEntityError,
} from "./core/errors";
export type { ErrorHookContext, Hooks, RequestHookContext, ResponseHookContext } from "./core/hooks";
export type { HumanInputOption, HumanInputRequest } from "./core/human-input";
export type { ClientOptions, FetchLike, Logger, LogLevel, TokenProvider } from "./core/options";
export { type Page, PagePromise } from "./core/page";
export { type PollOptions, type PollStep, pollUntilDone } from "./core/poll";
export type { RawClient } from "./core/raw-client";
export type { RequestOptions } from "./core/request-options";
export type { SpecSchema } from "./core/spec-types";
export {
  FlowHandle,
  type FlowHandleClient,
  type FlowRef,
  type FlowRunParams,
  type FlowSubmitParams,
} from "./flow-handle/flow-handle";
export type { FromEnvironmentOptions } from "./flows-as-code/environment-options";
export type {
  FlowFileFormat,
  FlowPullParams,
  FlowPullResult,
  FlowPushParams,
  FlowPushResult,
  FlowSyncStatus,
  ProjectPullParams,
  ProjectPullResult,
  ProjectPushParams,
} from "./flows-as-code/flow-sync";
export type { components, operations, paths } from "./generated/openapi";
export { LangflowClient } from "./langflow-client";
export type { ApiKeyCreate, ApiKeyInfo, ApiKeyList, ApiKeys } from "./resources/api-keys";
export type { Auth, AuthTokens } from "./resources/auth";
export type {
  BuildInputs,
  BuildJob,
  BuildPollParams,
  BuildStartParams,
  Builds,
  CancelBuildResult,
  FlowData,
} from "./resources/builds";
export type { Download, FileSource, FileUploadParams, UploadSource } from "./resources/bytes-io";
export type { Files, UploadedUserFile, UserFile } from "./resources/files";
export type { FlowFiles, UploadedFlowFile } from "./resources/flow-files";
export type {
  Flow,
  FlowCreate,
  FlowExport,
  FlowFilters,
  FlowHeader,
  FlowListParams,
  Flows,
  FlowUpdate,
  FlowUploadParams,
} from "./resources/flows";
export type { LogLines, LogQuery, Logs } from "./resources/logs";
export type {
  MessageListParams,
  MessageUpdate,
  Monitor,
  MonitorMessage,
  PageParams,
  Trace,
  TraceListParams,
  TraceSummary,
  Transaction,
  VertexBuilds,
} from "./resources/monitor";
export type {
  Project,
  ProjectCreate,
  ProjectFlowsParams,
  ProjectListItem,
  Projects,
  ProjectUpdate,
  ProjectUploadParams,
  ProjectWithFlows,
} from "./resources/projects";
export {
  outputText,
  type Responses,
  type ResponsesCreate,
  type ResponsesOutputItem,
  type ResponsesRequest,
  type ResponsesResponse,
  type ResponsesUsage,
} from "./resources/responses";
export type { RunResult, RunResultMessage } from "./resources/run-result";
export type { RunParams, WebhookAccepted } from "./resources/runs";
export type { ComponentCatalog, HealthStatus, ServerConfig, VersionInfo } from "./resources/server";
export type { LegacyTask, ProcessParams, ProcessResponse, Tasks, TaskWaitParams } from "./resources/tasks";
export type { Variable, VariableCreate, Variables, VariableUpdate } from "./resources/variables";
export type * from "./streaming/events";
export { HUMAN_INPUT_SKIPPED } from "./streaming/events";
export { type EndReason, LangflowStream } from "./streaming/langflow-stream";
export type { TextStream } from "./streaming/text-stream";
export type {
  ComponentDescriptor,
  FieldSpec,
  FlowSchema,
  GeneratedFlow,
  InputKind,
  InputSpec,
  OutputSpec,
  TweakPolicy,
} from "./typed-flows/descriptor";
export type { FlowDifference, FlowDifferenceBase, OptionValue } from "./typed-flows/difference";
export { mergeTweaks, resolveTweakKeys } from "./typed-flows/tweak-keys";
export {
  type ComponentTweaks,
  type InputIdOf,
  type LooseTweaks,
  type ModelSelection,
  type OutputIdOf,
  type OutputsOf,
  type SchemaOf,
  type SchemaTweaks,
  type TweaksOf,
  tweaksFor,
  type VariableRef,
  type WorkflowOutputOf,
} from "./typed-flows/types";
export { type JobEventsParams, type JobLinks, type WaitParams, WorkflowJob } from "./workflows/job";
export type { JobSnapshot } from "./workflows/job-status";
export type { StreamProtocol } from "./workflows/request-body";
export type {
  HumanDecision,
  JobStatus,
  OnHumanInput,
  PendingHumanInput,
  ResumeParams,
  ServerGeneration,
  WorkflowError,
  WorkflowExecutionResponse,
  WorkflowInputs,
  WorkflowOutput,
  WorkflowOutputBase,
  WorkflowResult,
} from "./workflows/types";
export {
  type WorkflowRunParams,
  type WorkflowStreamParams,
  type WorkflowSubmitParams,
  WorkflowsClient,
  type WorkflowsClientOptions,
} from "./workflows/workflows-client";
