/**
 * `langflow-sdk/testing`: test an app's flows against a real Langflow, in vitest or node:test, as the Python SDK's
 * pytest plugin does. The server comes from `LANGFLOW_URL` or `LANGFLOW_SERVER_URL` (+ `LANGFLOW_API_KEY`), or from `LANGFLOW_ENV` (a name in
 * `langflow-environments.toml`, found as `LangflowClient.fromEnvironment` finds it; `LANGFLOW_ENVIRONMENTS_FILE`),
 * or from the options. Without one, tests skip with a message that says how to configure it.
 * @module langflow-sdk/testing
 */
import { readEnv } from "../core/env";
import { checkKeys } from "../core/keys";
import type { ClientOptions } from "../core/options";
import { LangflowClient } from "../langflow-client";
import type { RunResult } from "../resources/run-result";
import type { RunParams } from "../resources/runs";

/** Where the tests' server is. Each option defaults to its environment variable. */
export interface LangflowTestOptions {
  /** The server's base URL. Default: `LANGFLOW_URL` (the Python plugin's), then `LANGFLOW_SERVER_URL` (the client's). Takes precedence over `env`. */
  url?: string;
  /** Default: `LANGFLOW_API_KEY`. */
  apiKey?: string;
  /** An environment of `langflow-environments.toml`. Default: `LANGFLOW_ENV`. */
  env?: string;
  /** The environments file. Default: `LANGFLOW_ENVIRONMENTS_FILE`, then the usual places. */
  environmentsFile?: string;
  /** More client options (timeout, maxRetries, ...). */
  client?: Omit<ClientOptions, "baseUrl" | "apiKey">;
}

/** The message a test skips with when no server is configured. */
export const NO_SERVER_MESSAGE =
  "No Langflow server configured: set LANGFLOW_URL (and LANGFLOW_API_KEY), or LANGFLOW_ENV to an environment of " +
  "langflow-environments.toml, to run these tests against a server.";

/** Runs a flow by id or endpoint name with one input; the result's `text` is the answer. */
export type RunFlow = (
  flow: string,
  input?: string,
  params?: Omit<RunParams, "inputValue">,
) => Promise<RunResult>;

/** What a test gets: the client and `runFlow`. */
export interface LangflowTestContext {
  langflow: LangflowClient;
  runFlow: RunFlow;
}

const OPTION_NAMES = ["url", "apiKey", "env", "environmentsFile", "client"];

/** The client for the tests' server, or undefined when none is configured (then skip with NO_SERVER_MESSAGE). */
export function langflowTestClient(options: LangflowTestOptions = {}): LangflowClient | undefined {
  checkKeys("option", options, OPTION_NAMES);
  const url = options.url ?? readEnv("LANGFLOW_URL") ?? readEnv("LANGFLOW_SERVER_URL");
  const apiKey = options.apiKey ?? readEnv("LANGFLOW_API_KEY");
  if (url) return new LangflowClient({ ...options.client, baseUrl: url, ...(apiKey ? { apiKey } : {}) });
  const env = options.env ?? readEnv("LANGFLOW_ENV");
  if (!env) return undefined;
  // LangflowClient.fromEnvironment reads langflow-environments.toml (Node, Deno, Bun).
  const file = options.environmentsFile ?? readEnv("LANGFLOW_ENVIRONMENTS_FILE");
  return LangflowClient.fromEnvironment(env, { ...options.client, ...(file ? { file } : {}) });
}

/** `runFlow(flow, input, params?)` over a client: `lf.run(flow, { inputValue: input, ...params })`. */
export function flowRunner(langflow: LangflowClient): RunFlow {
  return (flow, input, params = {}) =>
    Promise.resolve(langflow.run(flow, { ...params, ...(input === undefined ? {} : { inputValue: input }) }));
}

/** The test context, or undefined when no server is configured. */
export function langflowTestContext(options?: LangflowTestOptions): LangflowTestContext | undefined {
  const langflow = langflowTestClient(options);
  return langflow && { langflow, runFlow: flowRunner(langflow) };
}

/** A fixture's `use` (vitest): hands the value to the test. */
export type FixtureUse<T> = (value: T) => Promise<void>;

/** What can skip the running test: vitest's test context, node:test's `t`. */
export interface SkippableContext {
  skip(note?: string): void;
}

/**
 * Fixtures for vitest's `test.extend`: `langflow` (the client) and `runFlow`. A test that uses either skips with
 * {@link NO_SERVER_MESSAGE} when no server is configured.
 *
 * ```ts
 * const test = base.extend(langflowFixtures());
 * test("answers", async ({ runFlow }) => expect((await runFlow("support-bot", "Hi")).text).toBeTruthy());
 * ```
 */
export function langflowFixtures(options?: LangflowTestOptions): {
  langflow: (context: SkippableContext, use: FixtureUse<LangflowClient>) => Promise<void>;
  runFlow: (
    context: SkippableContext & { langflow: LangflowClient },
    use: FixtureUse<RunFlow>,
  ) => Promise<void>;
} {
  return {
    // vitest reads a fixture's dependencies from its destructured first parameter: keep `{ skip }` destructured.
    langflow: async ({ skip }, use) => {
      const langflow = langflowTestClient(options);
      if (!langflow) return skip(NO_SERVER_MESSAGE);
      await use(langflow);
    },
    runFlow: async ({ langflow }, use) => use(flowRunner(langflow)),
  };
}

/**
 * For node:test: the test context, or undefined after skipping the test (`t.skip`) when no server is configured.
 *
 * ```ts
 * test("answers", async (t) => {
 *   const lf = useLangflow(t);
 *   if (!lf) return;
 *   assert.ok((await lf.runFlow("support-bot", "Hi")).text);
 * });
 * ```
 */
export function useLangflow(
  t: SkippableContext,
  options?: LangflowTestOptions,
): LangflowTestContext | undefined {
  const context = langflowTestContext(options);
  if (!context) t.skip(NO_SERVER_MESSAGE);
  return context;
}
