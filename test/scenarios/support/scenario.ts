// The scenario harness: one client per file for the chosen target, and `scenario(title, opts, fn)` — a vitest
// test that records the exchanges for the mock/real parity check, runs the scenario's cleanups (the real
// server is shared, so everything a scenario creates is deleted again), fails on any Prism violation, and is
// reported as n/a (with its reason, never silently) on a target or a Langflow line listed in `opts.na`.
import { afterAll, beforeAll, it } from "vitest";
import type { LangflowMockOptions } from "../../../mock";
import { setupLangflowMock } from "../../../mock/node";
import type { MockProfile } from "../../../mock/options";
import { type Exchange, lineInRange, type TargetName } from "../../../scripts/contract/types";
import {
  APIConnectionError,
  type Flow,
  InternalServerError,
  LangflowClient,
  NotFoundError,
} from "../../../src/index";
import { COMPONENTS, type ExampleFlow } from "./flows";
import { Recorder, UNIQUE_PREFIX } from "./recorder";
import { exampleFlowFor } from "./server-flows";
import { connectionFromEnv, currentLine, currentTarget, type TargetConnection } from "./target";

declare module "vitest" {
  interface TaskMeta {
    /** Why the scenario cannot pass on this target (server behavior and version). */
    na?: string;
    target?: TargetName;
    exchanges?: Exchange[];
    /** Prism: error answers whose status the spec does not declare (allowed; see recorder.ts). */
    specGaps?: string[];
  }
}

/** Langflow lines a scenario cannot pass on: `"<1.12"` (older than 1.12), `"1.10-1.11"` (inclusive), `"1.9"`. */
export type LineRange =
  | `<${number}.${number}`
  | `${number}.${number}`
  | `${number}.${number}-${number}.${number}`;

export interface ScenarioOptions {
  /**
   * Targets, or Langflow lines (the real server of that line and the mock standing in for it), where the scenario
   * cannot pass, each with the reason: the server behavior and its version.
   */
  na?: Partial<Record<TargetName | LineRange, string>>;
  /** This scenario's own time limit (ms), when the server can make it wait longer than the suite's default. */
  timeout?: number;
}

export interface ScenarioContext {
  target: TargetName;
  /** The Langflow line the target speaks (`1.9` ... `1.13`). */
  line: string;
  /** A client with the target's API key, recording its exchanges. */
  lf: LangflowClient;
  conn: TargetConnection;
  /** A client with other options (same target, same recorder): e.g. `{ apiKey: undefined }`. */
  client(options: ConstructorParameters<typeof LangflowClient>[0]): LangflowClient;
  /** A name no other scenario or run uses (shared real server): `sdkc-<label>-<random>`. */
  unique(label: string): string;
  /** Runs after the scenario, last registered first, even when it fails. */
  defer(cleanup: () => unknown): void;
  /** Creates a flow from mock/flows/<name>.json with a unique name and endpoint name; deleted afterwards. */
  createFlow(name: ExampleFlow, extra?: { projectId?: string }): Promise<Flow>;
  components: typeof COMPONENTS;
}

const MOCK_BASE = "http://langflow.scenario.test";

/**
 * Cleanups run once more after a 500 or a dropped connection: Langflow 1.13.0 sometimes answers a project
 * DELETE with 500 "Could not delete the project." (UnmappedInstanceError in its log) while the run's background
 * writes settle, and the SDK does not resend a DELETE after a connection reset.
 */
async function retryOnce(cleanup: () => unknown): Promise<void> {
  try {
    await cleanup();
  } catch (error) {
    if (!(error instanceof InternalServerError || error instanceof APIConnectionError)) throw error;
    await new Promise((r) => setTimeout(r, 500));
    await cleanup();
  }
}

/** The n/a reason for this target and line, if any: a target entry first, then the first matching line range. */
function naReason(na: ScenarioOptions["na"], target: TargetName, line: string): string | undefined {
  if (!na) return undefined;
  if (na[target]) return na[target];
  for (const [key, reason] of Object.entries(na)) {
    if (/^[<\d]/.test(key) && lineInRange(line, key)) return reason;
  }
  return undefined;
}

export interface Harness {
  target: TargetName;
  line: string;
  scenario(title: string, fn: (s: ScenarioContext) => Promise<void>): void;
  scenario(title: string, opts: ScenarioOptions, fn: (s: ScenarioContext) => Promise<void>): void;
}

/**
 * Call once per scenario file (top level). `mock` options apply to the in-process mock only: e.g. a script that
 * answers for custom code components the mock cannot run (the standalone mock behind Prism has none).
 */
export function useTarget(options: { mock?: LangflowMockOptions } = {}): Harness {
  const target = currentTarget();
  const line = currentLine();
  const recorder = new Recorder();
  let conn: TargetConnection;
  if (target === "mock") {
    const superuser = { username: "langflow", password: "langflow-mock-password" };
    // The profile of the server line the mock stands in for (scripts/contract.ts sets it; default: current).
    const profile = process.env.LANGFLOW_MOCK_PROFILE as MockProfile | undefined;
    const mock = setupLangflowMock({ ...options.mock, superuser, profile });
    conn = { baseUrl: MOCK_BASE, apiKey: mock.apiKey, ...superuser };
    beforeAll(() => mock.listen({ onUnhandledRequest: "error" }));
    afterAll(() => mock.close());
  } else {
    conn = connectionFromEnv(target);
  }
  // validate: every JSON answer of every scenario is also checked against the SDK's response schemas, on every
  // target: the real server keeps the schemas honest (src/validation/schemas/).
  const client = (options: ConstructorParameters<typeof LangflowClient>[0] = {}) =>
    new LangflowClient({
      baseUrl: conn.baseUrl,
      apiKey: conn.apiKey,
      fetch: recorder.fetch,
      validate: true,
      ...options,
    });

  function scenario(
    title: string,
    optsOrFn: ScenarioOptions | ((s: ScenarioContext) => Promise<void>),
    maybeFn?: (s: ScenarioContext) => Promise<void>,
  ): void {
    const opts = typeof optsOrFn === "function" ? {} : optsOrFn;
    const fn = typeof optsOrFn === "function" ? optsOrFn : (maybeFn as (s: ScenarioContext) => Promise<void>);
    const na = naReason(opts.na, target, line);
    if (na) {
      it(title, { skip: true, meta: { na, target } }, () => {});
      return;
    }
    it(title, { timeout: opts.timeout }, async ({ task }) => {
      const cleanups: (() => unknown)[] = [];
      const lf = client();
      const s: ScenarioContext = {
        target,
        line,
        lf,
        conn,
        client,
        unique: (label) => `${UNIQUE_PREFIX}${label}-${Math.random().toString(36).slice(2, 8)}`,
        defer: (cleanup) => cleanups.push(cleanup),
        async createFlow(name, extra = {}) {
          const json = await exampleFlowFor(name, line, target === "real" ? conn : undefined);
          const unique = s.unique(name);
          const flow = await lf.flows.create({
            name: unique,
            description: json.description,
            endpoint_name: unique,
            data: json.data,
            folder_id: extra.projectId,
          });
          s.defer(() => lf.flows.delete(flow.id));
          return flow;
        },
        components: COMPONENTS,
      };
      task.meta.target = target;
      recorder.begin();
      let failure: { error: unknown } | undefined;
      try {
        await fn(s);
      } catch (error) {
        failure = { error };
      }
      for (const cleanup of cleanups.reverse()) {
        try {
          await retryOnce(cleanup);
        } catch (error) {
          // Something the scenario already deleted is fine; anything else left behind on a shared server is not.
          if (!(error instanceof NotFoundError)) failure ??= { error };
        }
      }
      const { exchanges, violations, specGaps } = await recorder.end();
      task.meta.exchanges = exchanges;
      if (specGaps.length) task.meta.specGaps = specGaps;
      if (failure) throw failure.error;
      if (violations.length) {
        throw new Error(`Prism reported ${violations.length} violation(s):\n${violations.join("\n")}`);
      }
    });
  }

  return { target, line, scenario: scenario as Harness["scenario"] };
}
