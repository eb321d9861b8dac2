import type { APIPromise } from "./core/api-promise";
import { type ClientOptions, resolveOptions } from "./core/options";
import { createRawClient, type RawClient } from "./core/raw-client";
import type { CallOptions } from "./core/transport";
import { Transport } from "./core/transport";
import type { RunEvent, RunResponse } from "./streaming/events";
import type { LangflowStream } from "./streaming/langflow-stream";
import { ApiKeys } from "./resources/api-keys";
import { Auth } from "./resources/auth";
import { Builds } from "./resources/builds";
import { Files } from "./resources/files";
import { FlowFiles } from "./resources/flow-files";
import { Flows } from "./resources/flows";
import { type ProcessOptions, process, Tasks } from "./resources/legacy";
import { Logs } from "./resources/logs";
import { Monitor } from "./resources/monitor";
import { Projects } from "./resources/projects";
import { Responses } from "./resources/responses";
import { type RunOptions, run, stream } from "./resources/run";
import type { RunResult } from "./resources/run-result";
import { componentCatalog, config, health, version } from "./resources/server-info";
import { Variables } from "./resources/variables";
import { webhook } from "./resources/webhook";
import { WorkflowsClient } from "./workflows/workflows-client";

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
  /** Flows: list (filters, pages), get, create, update, delete, createMany, upload, download, basicExamples. */
  readonly flows: Flows;
  /** Projects (formerly folders): list, get (all or paged flows), create, update, delete, download, upload. */
  readonly projects: Projects;
  /** The playground's build jobs: start (from/to a component, unsaved graphs), events (stream or polling), cancel. */
  readonly builds: Builds;
  /** The user's file library (v2): upload, list, download, rename, delete, deleteMany, deleteAll. */
  readonly files: Files;
  /** Files attached to one flow (v1): upload, list, download, image, delete. */
  readonly flowFiles: FlowFiles;
  /** Messages and sessions, vertex builds, transactions (paged) and traces. */
  readonly monitor: Monitor;
  /** API keys: list (masked), create (the full key, once), delete. */
  readonly apiKeys: ApiKeys;
  /** Login (form body), refresh, autoLogin, logout; `(await lf.auth.login(u, p)).client()` uses the token. */
  readonly auth: Auth<LangflowClient>;
  /** Global variables: list, create, update, delete. */
  readonly variables: Variables;
  /** The server log buffer: get (lines before/after a timestamp) and a live stream. */
  readonly logs: Logs;
  /** OpenAI-compatible Responses (`model` = flow id): create, stream. */
  readonly responses: Responses;
  /** @deprecated The pre-1.0 task API (`/api/v1/task`); Langflow 1.x answers 400. */
  readonly tasks: Tasks;

  constructor(options: ClientOptions = {}) {
    this.transport = new Transport(resolveOptions(options));
    this.raw = createRawClient(this.transport);
    this.workflows = new WorkflowsClient(this.transport);
    this.flows = new Flows(this.transport);
    this.projects = new Projects(this.transport);
    this.builds = new Builds(this.transport);
    this.files = new Files(this.transport);
    this.flowFiles = new FlowFiles(this.transport);
    this.monitor = new Monitor(this.transport);
    this.apiKeys = new ApiKeys(this.transport);
    this.variables = new Variables(this.transport);
    this.logs = new Logs(this.transport);
    this.responses = new Responses(this.transport);
    this.tasks = new Tasks(this.transport);
    // A session client keeps every option but authenticates with the token instead of the API key.
    this.auth = new Auth(
      this.transport,
      (token) => new LangflowClient({ ...options, apiKey: undefined, token }),
    );
  }

  /** Runs a flow (id or endpoint name): `POST /api/v1/run/{flow}`; `.text` is the chat/text answer. */
  run(flow: string, opts: RunOptions = {}): APIPromise<RunResult> {
    return run(this.transport, flow, opts);
  }

  /**
   * Runs a flow with `?stream=true` and returns its events as a stream. The request is sent when you start
   * reading; HTTP errors (unknown flow, auth) are thrown from the first read.
   */
  stream(flow: string, opts: RunOptions = {}): LangflowStream<RunEvent, RunResponse> {
    return stream(this.transport, flow, opts);
  }

  /** Triggers a flow's Webhook component with a JSON payload (202, runs in the background). */
  webhook(flow: string, body: unknown, opts?: CallOptions) {
    return webhook(this.transport, flow, body, opts);
  }

  /** @deprecated The pre-1.0 `/api/v1/process` API (1.x answers 400: DeprecatedEndpointError). Use `run`. */
  process(flow: string, opts?: ProcessOptions) {
    return process(this.transport, flow, opts);
  }

  /** The server's version: `{ version, main_version, package }`. */
  version(opts?: CallOptions) {
    return version(this.transport, opts);
  }

  /** The server's settings the UI reads (limits, feature flags); a public subset without credentials. */
  config(opts?: CallOptions) {
    return config(this.transport, opts);
  }

  /** `GET /health`: `{ status: "ok" }` when the server is up. */
  health(opts?: CallOptions) {
    return health(this.transport, opts);
  }

  /** The component catalog (`/api/v1/all`). */
  components(opts?: CallOptions) {
    return componentCatalog(this.transport, opts);
  }

  /** The server root requests go to, with the `/lf/{langflowId}` prefix when set. */
  get baseUrl(): string {
    return this.transport.options.baseUrl;
  }
}
