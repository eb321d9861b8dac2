import { describe, expectTypeOf, it } from "vitest";
import { type FlowJson, type NormalizeFlowOptions, normalizeFlow } from "../../src/flows-as-code/index";
import {
  type FlowFormatError,
  type FlowPullResult,
  type FlowPushResult,
  type FlowSyncStatus,
  LangflowClient,
  type LangflowConfigError,
  type LangflowEnvironmentError,
  type ProjectPullResult,
} from "../../src/index";

describe("flows as code types", () => {
  it("normalizeFlow takes text, bytes or an object and returns the file text", () => {
    expectTypeOf(normalizeFlow("{}")).toEqualTypeOf<string>();
    expectTypeOf(normalizeFlow(new Uint8Array(), { indent: 4 })).toEqualTypeOf<string>();
    expectTypeOf(
      normalizeFlow({ name: "x", data: { nodes: [] } }, { codeAsLines: true }),
    ).toEqualTypeOf<string>();
    expectTypeOf<Parameters<typeof normalizeFlow>[0]>().toEqualTypeOf<string | Uint8Array | FlowJson>();
    // @ts-expect-error: a number is not a flow
    normalizeFlow(42);
  });

  it("options are the Python keywords in camelCase, all optional", () => {
    expectTypeOf<NormalizeFlowOptions>().toEqualTypeOf<{
      stripVolatile?: boolean;
      stripSecrets?: boolean;
      sortKeys?: boolean;
      codeAsLines?: boolean;
      stripNodeVolatile?: boolean;
      indent?: number;
    }>();
    // @ts-expect-error: the snake_case name is not an option
    normalizeFlow("{}", { code_as_lines: true });
  });

  it("fromEnvironment returns a LangflowClient; name and options are optional; baseUrl/apiKey are not options", () => {
    expectTypeOf(LangflowClient.fromEnvironment()).toEqualTypeOf<LangflowClient>();
    expectTypeOf(
      LangflowClient.fromEnvironment("staging", { file: "envs.toml", timeout: 5000 }),
    ).toEqualTypeOf<LangflowClient>();
    // @ts-expect-error: the URL comes from the environment
    LangflowClient.fromEnvironment("staging", { baseUrl: "http://x" });
    // @ts-expect-error: so does the key
    LangflowClient.fromEnvironment("staging", { apiKey: "k" });
  });

  it("the errors carry where the problem is", () => {
    expectTypeOf<LangflowEnvironmentError>().toMatchTypeOf<LangflowConfigError>();
    expectTypeOf<LangflowEnvironmentError["file"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<LangflowEnvironmentError["variable"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<FlowFormatError["where"]>().toEqualTypeOf<string>();
  });

  it("push and pull: (path or id, params, options) and their results", () => {
    const lf = new LangflowClient();
    expectTypeOf(lf.flows.push("flows/a.json", { dryRun: true }, { timeout: 1 })).toEqualTypeOf<
      Promise<FlowPushResult>
    >();
    expectTypeOf(lf.flows.pull("id", { output: "a.json", codeAsLines: true })).toEqualTypeOf<
      Promise<FlowPullResult>
    >();
    expectTypeOf(lf.projects.push("flows")).resolves.toEqualTypeOf<FlowPushResult[]>();
    expectTypeOf(lf.projects.pull("id", { outputDir: "flows" })).resolves.toEqualTypeOf<ProjectPullResult>();
    expectTypeOf<FlowPushResult["status"]>().toEqualTypeOf<FlowSyncStatus>();
    expectTypeOf<FlowPullResult["status"]>().toEqualTypeOf<FlowSyncStatus | undefined>();
    expectTypeOf(lf.flows.pullAll({ outputDir: "flows", dryRun: true })).resolves.toEqualTypeOf<
      FlowPullResult[]
    >();
    // @ts-expect-error: a project pull needs the folder to write to
    lf.projects.pull("id", {});
    // @ts-expect-error: so does pulling every flow
    lf.flows.pullAll({});
    // @ts-expect-error: snake_case is the Python SDK's; the params are camelCase
    lf.flows.pull("id", { output_dir: "x" });
  });
});
