import { describe, expectTypeOf, it } from "vitest";
import {
  createLangflowMock,
  type FlowCheck,
  type MockWarning,
  type NodeKind,
  type ScriptBook,
  type ScriptRule,
  scriptFromJson,
} from "../../mock";

describe("mock scripting types", () => {
  it("script rules: matchers and answers", () => {
    const rules: ScriptRule[] = [
      { component: "Agent", input: /weather/i, text: "Sunny" },
      { flow: "Support", component: /Model/, input: (s) => s.length > 3, text: (input) => `Re: ${input}` },
      {
        component: "Agent",
        toolCalls: [{ name: "URL", input: { urls: ["x"] }, output: "page" }],
        text: "ok",
      },
      { component: "Agent", tokens: ["a", "b"], delayMs: 10, times: 1 },
      { component: "Agent", error: "boom" },
    ];
    expectTypeOf(createLangflowMock({ script: rules, strict: true }).script).toEqualTypeOf<ScriptBook>();
    // @ts-expect-error a rule's text is a string or a function of the input
    const bad: ScriptRule = { component: "Agent", text: 42 };
    void bad;
    expectTypeOf(scriptFromJson).returns.toEqualTypeOf<ScriptRule[]>();
  });

  it("checks and warnings a test can read", () => {
    const mock = createLangflowMock({
      onFlowCheck: (check) => expectTypeOf(check).toEqualTypeOf<FlowCheck>(),
    });
    expectTypeOf(mock.check("x")).toEqualTypeOf<FlowCheck | undefined>();
    expectTypeOf(mock.warnings).toEqualTypeOf<readonly MockWarning[]>();
    expectTypeOf<FlowCheck["nodes"][number]["kind"]>().toEqualTypeOf<NodeKind>();
    expectTypeOf(mock.script.add).parameters.toEqualTypeOf<ScriptRule[]>();
  });
});
