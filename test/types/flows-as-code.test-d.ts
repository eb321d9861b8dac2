import { describe, expectTypeOf, it } from "vitest";
import {
  type FlowFormatError,
  type FlowJson,
  LangflowClient,
  type LangflowConfigError,
  type LangflowEnvironmentError,
  type NormalizeFlowOptions,
  normalizeFlow,
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
});
