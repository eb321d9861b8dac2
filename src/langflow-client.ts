import { resolveEnvironment } from "#langflow-environments";
import type { APIPromise } from "./core/api-promise";
import { type ClientOptions, resolveOptions } from "./core/options";
import { createRawClient, type RawClient } from "./core/raw-client";
import type { RequestOptions } from "./core/request-options";
import { Transport } from "./core/transport";
import { FlowHandle, type FlowRef } from "./flow-handle/flow-handle";
import type { FromEnvironmentOptions } from "./flows-as-code/environment-options";
import { ApiKeys } from "./resources/api-keys";
import { Auth } from "./resources/auth";
import { Builds } from "./resources/builds";
import { Files } from "./resources/files";
import { FlowFiles } from "./resources/flow-files";
import { Flows } from "./resources/flows";
import { Logs } from "./resources/logs";
import { Monitor } from "./resources/monitor";
import { Projects } from "./resources/projects";
import { Responses } from "./resources/responses";
import type { RunResult } from "./resources/run-result";
import { type RunParams, Runs, type WebhookAccepted } from "./resources/runs";
import {
  type ComponentCatalog,
  type HealthStatus,
  Server,
  type ServerConfig,
  type VersionInfo,
} from "./resources/server";
import { type ProcessParams, type ProcessResponse, Tasks } from "./resources/tasks";
import { Variables } from "./resources/variables";
import type { RunEvent, RunResponse } from "./streaming/events";
import type { LangflowStream } from "./streaming/langflow-stream";
import { validateResponse } from "./validation/validate-response";
import { sharingTransport, WorkflowsClient } from "./workflows/workflows-client";

/**
 * The Langflow client. `raw` reaches every operation of the server's spec, typed;
 * resource groups (`run`, `flows`, `workflows`, ...) build on the same transport.
 */
export class LangflowClient {
  /** openapi-fetch client typed with every operation of the Langflow spec (same auth, timeouts and retries). */
  readonly raw: RawClient;
  /** @internal The transport shared by every resource group. */
  readonly transport: Transport;
  /** The v2 Workflow API (run, stream, background jobs), sharing this client's transport. */
  readonly workflows: WorkflowsClient;
  /** Flows: list (pages, `for await`), listAll, get, create, update, delete, createMany, upload, download, basicExamples. */
  readonly flows: Flows;
  /** Projects (formerly folders): list, get, listFlows (pages, `for await`), create, update, delete, download, upload. */
  readonly projects: Projects;
  /** The playground's build jobs: start (from/to a component, unsaved graphs), events (stream or polling), cancel. */
  readonly builds: Builds;
  /** The user's file library (v2): upload, list, download, rename, delete, deleteMany, deleteAll. */
  readonly files: Files;
  /** Files attached to one flow (v1): upload, list, download, image, delete. */
  readonly flowFiles: FlowFiles;
  /** Messages and sessions, vertex builds, transactions and traces (pages, `for await`). */
  readonly monitor: Monitor;
  /** API keys: list (masked), create (the full key, once), delete. */
  readonly apiKeys: ApiKeys;
  /** Login (form body), refresh, autoLogin, logout; use the tokens with `withOptions({ apiKey: undefined, token })`. */
  readonly auth: Auth;
  /** Global variables: list, create, update, delete. */
  readonly variables: Variables;
  /** The server log buffer: get (lines before/after a timestamp) and a live stream. */
  readonly logs: Logs;
  /** OpenAI-compatible Responses (`model` = flow id): create, stream. */
  readonly responses: Responses;
  /** @deprecated The pre-1.0 task API (`/api/v1/task`); Langflow 1.x answers 400. */
  readonly tasks: Tasks;
  readonly #options: ClientOptions;
  readonly #runs: Runs;
  readonly #server: Server;

  constructor(options: ClientOptions = {}) {
    this.transport = new Transport(resolveOptions(options), validateResponse);
    this.#options = options;
    this.raw = createRawClient(this.transport);
    this.workflows = new WorkflowsClient(sharingTransport(this.transport));
    this.flows = new Flows(this.transport);
    this.projects = new Projects(this.transport);
    this.builds = new Builds(this.transport);
    this.files = new Files(this.transport);
    this.flowFiles = new FlowFiles(this.transport);
    this.monitor = new Monitor(this.transport);
    this.apiKeys = new ApiKeys(this.transport);
    this.auth = new Auth(this.transport);
    this.variables = new Variables(this.transport);
    this.logs = new Logs(this.transport);
    this.responses = new Responses(this.transport);
    this.tasks = new Tasks(this.transport);
    this.#runs = new Runs(this.transport);
    this.#server = new Server(this.transport);
  }

  /**
   * A new client with these options over this one's (openai-node's `withOptions`), e.g. the tokens of a login:
   * `lf.withOptions({ apiKey: undefined, token: tokens.access_token })`.
   */
  withOptions(options: ClientOptions): LangflowClient {
    return new LangflowClient({ ...this.#options, ...options });
  }

  /**
   * A client for a named environment of a `langflow-environments.toml` file, the file the Python SDK and `lfx` read:
   * `[environments.<name>]` tables with `url` and `api_key_env` (the variable holding the key), `[defaults]
   * environment`. Without `options.file` the file is looked up as the Python SDK does: `LANGFLOW_ENVIRONMENTS_FILE`,
   * `./langflow-environments.toml`, `~/.config/langflow/environments.toml`. Node, Deno and Bun (it reads a file).
   * @param name The environment; default: the file's `[defaults] environment`.
   * @throws LangflowEnvironmentError naming the file, the environment or the unset variable.
   * @example const lf = LangflowClient.fromEnvironment("staging");
   */
  static fromEnvironment(name?: string, options: FromEnvironmentOptions = {}): LangflowClient {
    const { file: _file, ...clientOptions } = options;
    const env = resolveEnvironment(name, options);
    return new LangflowClient({ ...clientOptions, baseUrl: env.url, apiKey: env.apiKey });
  }

  /** Runs a flow (id or endpoint name): `POST /api/v1/run/{flow}`; `.text` is the chat/text answer. */
  run(flow: string, params?: RunParams, options?: RequestOptions): APIPromise<RunResult> {
    return this.#runs.run(flow, params, options);
  }

  /**
   * Runs a flow with `?stream=true` and returns its events as a stream. The request is sent when you start
   * reading; HTTP errors (unknown flow, auth) are thrown from the first read.
   */
  stream(flow: string, params?: RunParams, options?: RequestOptions): LangflowStream<RunEvent, RunResponse> {
    return this.#runs.stream(flow, params, options);
  }

  /**
   * A handle on one flow: `lf.flow(id)`, or `lf.flow(generatedFlow)` (from `langflow-sdk types`) for typed tweaks.
   * Immutable: `.withTweaks(tweaks)` returns a new handle with those presets; `.run`, `.stream`, `.submit` (v2),
   * `.webhook`, and `.verify()` (drift between the generated flow and the server's).
   */
  flow<F extends FlowRef>(flow: F): FlowHandle<F> {
    return new FlowHandle(this, flow);
  }

  /** Triggers a flow's Webhook component with a JSON payload (202, runs in the background). */
  webhook(flow: string, payload: unknown, options?: RequestOptions): APIPromise<WebhookAccepted> {
    return this.#runs.webhook(flow, payload, options);
  }

  /** @deprecated The pre-1.0 `/api/v1/process` API (1.x answers 400: DeprecatedEndpointError). Use `run`. */
  process(flow: string, params?: ProcessParams, options?: RequestOptions): APIPromise<ProcessResponse> {
    return this.tasks.process(flow, params, options);
  }

  /** The server's version: `{ version, main_version, package }`. */
  version(options?: RequestOptions): APIPromise<VersionInfo> {
    return this.#server.version(options);
  }

  /** The server's settings the UI reads (limits, feature flags); a public subset without credentials. */
  config(options?: RequestOptions): APIPromise<ServerConfig> {
    return this.#server.config(options);
  }

  /** `GET /health`: `{ status: "ok" }` when the server is up. */
  health(options?: RequestOptions): APIPromise<HealthStatus> {
    return this.#server.health(options);
  }

  /** The component catalog (`/api/v1/all`). */
  components(options?: RequestOptions): APIPromise<ComponentCatalog> {
    return this.#server.components(options);
  }

  /** The server root requests go to, with the `/lf/{langflowId}` prefix when set. */
  get baseUrl(): string {
    return this.transport.options.baseUrl;
  }
}
