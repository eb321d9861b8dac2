// The public surface of langflow-sdk.
export { APIPromise, type WithResponse } from "./core/api-promise";
export {
  APIConnectionError,
  APIError,
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
export { type JobLinks, type WaitOptions, WorkflowJob } from "./workflows/job";
export type { JobSnapshot } from "./workflows/job-status";
export { type PollOptions, type PollStep, pollUntilDone } from "./workflows/poll";
export type {
  JobStatus,
  ServerGeneration,
  WorkflowError,
  WorkflowInputs,
  WorkflowOutput,
  WorkflowResult,
} from "./workflows/types";
export {
  type RunOptions as WorkflowRunOptions,
  type StreamOptions as WorkflowStreamOptions,
  type SubmitOptions as WorkflowSubmitOptions,
  WorkflowsClient,
  type WorkflowsClientOptions,
} from "./workflows/workflows-client";
