// Options of createLangflowMock(): the documented Langflow settings the mock reproduces, plus test knobs.
import { type Clock, systemClock } from "./clock";
import type { FlowCheck } from "./engine/check";
import type { ScriptRule } from "./engine/script/book";
import type { FlowInput } from "./state/flows";
import type { RetentionLimits } from "./state/retention";

/**
 * Which Langflow line the v2 Workflow API answers like, as the real servers of each line do (docs/server-quirks.md,
 * "Langflow lines 1.9 to 1.13"): `"current"` = 1.12 and the pinned 1.13.0; `"1.11"` = 0.11.6 (the current body;
 * answers without `warnings`, a sync answer's `inputs` echo the tweaks plus `stream: false`); `"1.10"` = 0.10.3 (the
 * background/stream/inputs body, no stream mode, no re-attach); `"1.9"` = 0.9.6, the 1.10 shape without `globals`.
 */
export type MockProfile = "current" | "1.11" | "1.10" | "1.9";

export const MOCK_PROFILES: readonly MockProfile[] = ["current", "1.11", "1.10", "1.9"];

/** What /api/v1/version reports per profile: the real server's, installed as `langflow-base` (0.x numbering). */
const PROFILE_VERSION: Record<MockProfile, string> = {
  current: "1.13.0",
  "1.11": "0.11.6",
  "1.10": "0.10.3",
  "1.9": "0.9.6",
};

/** Profiles of the 1.9/1.10 request body (`background`, `stream`, `inputs`). */
export function isLegacyProfile(profile: MockProfile): profile is "1.10" | "1.9" {
  return profile === "1.10" || profile === "1.9";
}

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
  /**
   * LANGFLOW_MAX_FILE_SIZE_UPLOAD in MB. Default 1024. As on the server, it limits the whole request body (413
   * "Content size limit exceeded ..."): the standalone server counts every body as it arrives, in-process uploads
   * are checked.
   */
  maxFileSizeMb?: number;
  /** Version reported by /api/v1/version. Default "1.13.0"; under an older profile its langflow-base version. */
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
  /** Scripted answers of stand-ins (models, agents, tools, ...) and unknown components; see mock/README.md. */
  script?: ScriptRule[];
  /** Unknown components fail (naming the component and how to script it) instead of passing text through. */
  strict?: boolean;
  /**
   * Called when a flow is loaded, created, uploaded or its data changes, with what the mock makes of its components
   * (faithful, stand-in, scripted, unknown). `mock.check(idOrName)` answers the same at any time.
   */
  onFlowCheck?: (check: FlowCheck) => void;
  /** How much of what runs leave behind the mock keeps (the oldest go first). See {@link MockRetention}. */
  retention?: MockRetention;
}

/**
 * Bounds on what runs leave behind, so a mock serving a load test or running for days keeps bounded memory. The
 * oldest items go first; running (and suspended) jobs are never dropped. `Infinity` keeps everything.
 */
export interface MockRetention {
  /**
   * Finished jobs kept: v2 workflow jobs with their event logs, v1 build jobs, legacy tasks. Default 5000 (a load
   * test's burst of jobs can still be read back; a finished job takes about 2.5 KB).
   */
  jobs?: number;
  /**
   * Run records kept (what the monitor's builds, transactions and traces and the /logs lines derive from).
   * Default 1000: 1.13.0 keeps 3000 transactions and 3000 vertex builds, about 1000 runs of a three-node flow.
   */
  runs?: number;
  /** Chat messages kept. Default 10000. */
  messages?: number;
  /** Finished jobs and run records older than this are dropped, seconds. Default 3600. */
  maxAgeSeconds?: number;
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
  retention: RetentionLimits;
  script: ScriptRule[];
  strict: boolean;
  onFlowCheck: ((check: FlowCheck) => void) | undefined;
}

export const DEFAULT_API_KEY = "sk-langflow-mock";

export function resolveMockOptions(options: LangflowMockOptions = {}): ResolvedMockOptions {
  const profile = options.profile ?? "current";
  if (!MOCK_PROFILES.includes(profile)) {
    throw new TypeError(`profile must be one of ${MOCK_PROFILES.join(", ")}, got ${JSON.stringify(profile)}`);
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
    version: options.version ?? PROFILE_VERSION[profile],
    flows: options.flows ?? [],
    exampleFlows: options.exampleFlows ?? true,
    clock: options.clock ?? systemClock,
    tokenDelayMs: options.tokenDelayMs ?? 0,
    queueDelayMs: options.queueDelayMs ?? 0,
    executionTimeoutSeconds: options.executionTimeoutSeconds ?? 300,
    backgroundJobTimeoutSeconds: options.backgroundJobTimeoutSeconds ?? 3600,
    legacyProcessApi: options.legacyProcessApi ?? false,
    retention: resolveRetention(options.retention ?? {}),
    script: [...(options.script ?? [])],
    strict: options.strict ?? false,
    onFlowCheck: options.onFlowCheck,
  };
}

function resolveRetention(retention: MockRetention): RetentionLimits {
  const limit = (name: keyof MockRetention, fallback: number): number => {
    const value = retention[name] ?? fallback;
    if (typeof value !== "number" || Number.isNaN(value) || value < 0) {
      throw new TypeError(
        `retention.${name} must be a number >= 0 (Infinity keeps all), got ${String(value)}`,
      );
    }
    return value;
  };
  return {
    jobs: limit("jobs", 5000),
    runs: limit("runs", 1000),
    messages: limit("messages", 10_000),
    maxAgeSeconds: limit("maxAgeSeconds", 3600),
  };
}
