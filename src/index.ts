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
  type FieldIssue,
  InternalServerError,
  JobCancelledError,
  JobFailedError,
  JobTimeoutError,
  LangflowConfigError,
  LangflowError,
  NotFoundError,
  PayloadTooLargeError,
  PermissionDeniedError,
  RateLimitError,
  type ResponseIssue,
  ResponseValidationError,
  StreamError,
  UnprocessableEntityError,
} from "./core/errors";
export type { ErrorHookContext, Hooks, RequestHookContext, ResponseHookContext } from "./core/hooks";
export type { ClientOptions, FetchLike, Logger, LogLevel, TokenProvider } from "./core/options";
export type { RawClient } from "./core/raw-client";
export type { CallOptions } from "./core/transport";
export type { components, operations, paths } from "./generated/openapi";
export { LangflowClient } from "./langflow-client";
export type * from "./streaming/events";
export { type EndReason, LangflowStream } from "./streaming/langflow-stream";
export type { ApiKeyInfo, ApiKeyList, ApiKeys } from "./resources/api-keys";
export type { Auth, AuthTokens, Session } from "./resources/auth";
export type {
  BuildInputs,
  BuildJob,
  BuildPollOptions,
  BuildStartOptions,
  Builds,
  CancelBuildResult,
  FlowData,
} from "./resources/builds";
export type { Download, UploadSource } from "./resources/bytes-io";
export type { Files, UploadedUserFile, UserFile, UserFileUploadOptions } from "./resources/files";
export type { FlowFiles, FlowFileUploadOptions, UploadedFlowFile } from "./resources/flow-files";
export type {
  Flow,
  FlowCreate,
  FlowFilters,
  FlowHeader,
  FlowPageOptions,
  Flows,
  FlowUpdate,
  FlowUploadOptions,
  Page,
} from "./resources/flows";
export {
  DeprecatedEndpointError,
  type LegacyTask,
  type ProcessOptions,
  type ProcessResponse,
  type Tasks,
} from "./resources/legacy";
export type { LogLines, LogQuery, Logs } from "./resources/logs";
export type {
  MessageFilters,
  MessageUpdate,
  Monitor,
  MonitorMessage,
  PageOptions,
  Trace,
  TraceFilters,
  TraceList,
  Transaction,
  TransactionPage,
  VertexBuilds,
} from "./resources/monitor";
export type {
  Project,
  ProjectCreate,
  ProjectListItem,
  ProjectPageOptions,
  Projects,
  ProjectUpdate,
  ProjectUploadOptions,
  ProjectWithFlowPage,
  ProjectWithFlows,
} from "./resources/projects";
export {
  outputText,
  type Responses,
  type ResponsesCreate,
  ResponsesError,
  type ResponsesOutputItem,
  type ResponsesRequest,
  type ResponsesResponse,
  type ResponsesUsage,
} from "./resources/responses";
export type { RunOptions, RunRequest } from "./resources/run";
export type { RunResult, RunResultMessage } from "./resources/run-result";
export type { ComponentCatalog, HealthStatus, ServerConfig, VersionInfo } from "./resources/server-info";
export type { FileSource, FileUploadOptions } from "./resources/upload-source";
export type { Variable, VariableCreate, Variables, VariableUpdate } from "./resources/variables";
export type { WebhookAccepted } from "./resources/webhook";
export { type JobLinks, type WaitOptions, WorkflowJob } from "./workflows/job";
export type { JobSnapshot } from "./workflows/job-status";
export { type PollOptions, type PollStep, pollUntilDone } from "./workflows/poll";
export type { StreamProtocol } from "./workflows/request-body";
export type {
  JobStatus,
  ServerGeneration,
  WorkflowError,
  WorkflowInputs,
  WorkflowOutput,
  WorkflowOutputBase,
  WorkflowResult,
} from "./workflows/types";
export {
  type RunOptions as WorkflowRunOptions,
  type StreamOptions as WorkflowStreamOptions,
  type SubmitOptions as WorkflowSubmitOptions,
  WorkflowsClient,
  type WorkflowsClientOptions,
} from "./workflows/workflows-client";
