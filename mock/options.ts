// Options of createLangflowMock(): the documented Langflow settings the mock reproduces, plus test knobs.
import { type Clock, systemClock } from "./clock";
import type { FlowInput } from "./state/flows";

/** `current` = what the pinned server (Langflow 1.13.0) does; `"1.10"` = the v2 shape of the 1.10 docs. */
export type MockProfile = "current" | "1.10";

export interface LangflowMockOptions {
  /** v2 Workflow API generation. Default `"current"`. */
  profile?: MockProfile;
  /** Valid API keys (owned by the superuser). Default `["sk-langflow-mock"]`. */
  apiKeys?: string[];
  /** Superuser credentials for `POST /api/v1/login`. */
  superuser?: { username: string; password: string };
  /** LANGFLOW_AUTO_LOGIN. Default false (as the pinned server runs). */
  autoLogin?: boolean;
  /** LANGFLOW_SKIP_AUTH_AUTO_LOGIN. Default false. */
  skipAuthAutoLogin?: boolean;
  /** LANGFLOW_WEBHOOK_AUTH_ENABLE. Default true. */
  webhookAuthEnable?: boolean;
  /** LANGFLOW_DEVELOPER_API_ENABLED: false makes every /api/v2/workflows route 404. Default true. */
  developerApiEnabled?: boolean;
  /** LANGFLOW_ENABLE_LOG_RETRIEVAL. Default false (/logs answers 501). */
  logRetrieval?: boolean;
  /** LANGFLOW_MAX_FILE_SIZE_UPLOAD in MB. Default 1024. */
  maxFileSizeMb?: number;
  /** Version reported by /api/v1/version. Default "1.13.0" ("1.10.0" under profile "1.10"). */
  version?: string;
  /** Flows present at start and after reset(). */
  flows?: FlowInput[];
  /** Load the bundled example flows (echo-chat, prompt-chat, two-outputs, model-chat). Default true. */
  exampleFlows?: boolean;
  /** Time source; default uses Date.now/setTimeout at call time, so vitest fake timers control it. */
  clock?: Clock;
  /** Delay between tokens of the model stand-in, ms. Default 0. */
  tokenDelayMs?: number;
  /** How long a background job stays `queued`, ms. Default 0 (next timer tick). */
  queueDelayMs?: number;
  /** Sync v2 run timeout (LANGFLOW_WORKFLOW_EXECUTION_TIMEOUT), seconds. Default 300. */
  executionTimeoutSeconds?: number;
  /** Background job timeout (background_job_timeout), seconds. Default 3600. */
  backgroundJobTimeoutSeconds?: number;
  /** Serve the pre-1.0 async `/api/v1/process` + `/api/v1/task/{id}` API of the seed docs. Default false (1.x: 400). */
  legacyProcessApi?: boolean;
}

/** The options with every default filled in: what the areas and stores of one mock instance read. */
export interface ResolvedMockOptions {
  profile: MockProfile;
  apiKeys: string[];
  superuser: { username: string; password: string };
  autoLogin: boolean;
  skipAuthAutoLogin: boolean;
  webhookAuthEnable: boolean;
  developerApiEnabled: boolean;
  logRetrieval: boolean;
  maxFileSizeMb: number;
  version: string;
  flows: FlowInput[];
  exampleFlows: boolean;
  clock: Clock;
  tokenDelayMs: number;
  queueDelayMs: number;
  executionTimeoutSeconds: number;
  backgroundJobTimeoutSeconds: number;
  legacyProcessApi: boolean;
}

export const DEFAULT_API_KEY = "sk-langflow-mock";

export function resolveMockOptions(options: LangflowMockOptions = {}): ResolvedMockOptions {
  const profile = options.profile ?? "current";
  if (profile !== "current" && profile !== "1.10") {
    throw new TypeError(`profile must be "current" or "1.10", got ${JSON.stringify(profile)}`);
  }
  return {
    profile,
    apiKeys: options.apiKeys?.length ? [...options.apiKeys] : [DEFAULT_API_KEY],
    superuser: options.superuser ?? { username: "langflow", password: "langflow-mock-password" },
    autoLogin: options.autoLogin ?? false,
    skipAuthAutoLogin: options.skipAuthAutoLogin ?? false,
    webhookAuthEnable: options.webhookAuthEnable ?? true,
    developerApiEnabled: options.developerApiEnabled ?? true,
    logRetrieval: options.logRetrieval ?? false,
    maxFileSizeMb: options.maxFileSizeMb ?? 1024,
    version: options.version ?? (profile === "1.10" ? "1.10.0" : "1.13.0"),
    flows: options.flows ?? [],
    exampleFlows: options.exampleFlows ?? true,
    clock: options.clock ?? systemClock,
    tokenDelayMs: options.tokenDelayMs ?? 0,
    queueDelayMs: options.queueDelayMs ?? 0,
    executionTimeoutSeconds: options.executionTimeoutSeconds ?? 300,
    backgroundJobTimeoutSeconds: options.backgroundJobTimeoutSeconds ?? 3600,
    legacyProcessApi: options.legacyProcessApi ?? false,
  };
}
