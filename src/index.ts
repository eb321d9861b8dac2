// The public surface of langflow-sdk.
export { LangflowConfigError, LangflowError } from "./core/errors";
export type { ClientOptions, FetchLike, Logger, LogLevel, TokenProvider } from "./core/options";
export type { RawClient } from "./core/raw-client";
export type { components, operations, paths } from "./generated/openapi";
export { LangflowClient } from "./langflow-client";
