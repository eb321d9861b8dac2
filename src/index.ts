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
export type { ApiKeyInfo, ApiKeyList, ApiKeys } from "./v1/api-keys";
export type { Auth, AuthTokens, Session } from "./v1/auth";
export type {
  BuildInputs,
  BuildJob,
  BuildPollOptions,
  BuildStartOptions,
  Builds,
  CancelBuildResult,
  FlowData,
} from "./v1/builds";
export type { Download, UploadSource } from "./v1/bytes-io";
export type { Files, UploadedUserFile, UserFile, UserFileUploadOptions } from "./v1/files";
export type { FlowFiles, FlowFileUploadOptions, UploadedFlowFile } from "./v1/flow-files";
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
} from "./v1/flows";
export {
  DeprecatedEndpointError,
  type LegacyTask,
  type ProcessOptions,
  type ProcessResponse,
  type Tasks,
} from "./v1/legacy";
export type { LogLines, LogQuery, Logs } from "./v1/logs";
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
} from "./v1/monitor";
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
} from "./v1/projects";
export {
  outputText,
  type Responses,
  type ResponsesCreate,
  ResponsesError,
  type ResponsesOutputItem,
  type ResponsesRequest,
  type ResponsesResponse,
  type ResponsesUsage,
} from "./v1/responses";
export type { RunOptions, RunRequest } from "./v1/run";
export type { RunResult, RunResultMessage } from "./v1/run-result";
export type { ComponentCatalog, HealthStatus, ServerConfig, VersionInfo } from "./v1/server-info";
export type { FileSource, FileUploadOptions } from "./v1/upload-source";
export type { Variable, VariableCreate, Variables, VariableUpdate } from "./v1/variables";
export type { WebhookAccepted } from "./v1/webhook";
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
