// Typed flows, on the module generated from Langflow 1.13.0's 27 starter projects
// (test/fixtures/typed-flows/starter-projects.ts, kept current by test/unit/typed-flows/fixtures.test.ts).
// `tweaksFor` takes the same `TweaksOf<F>` as the flow handle's `withTweaks` and per-call tweaks.
import { describe, expectTypeOf, it } from "vitest";
import {
  type APIPromise,
  type FlowHandle,
  type GeneratedFlow,
  type InputIdOf,
  LangflowClient,
  type LooseTweaks,
  mergeTweaks,
  type OutputIdOf,
  type OutputsOf,
  type FlowDifference as PublicFlowDifference,
  type RunResult,
  type TweaksOf,
  tweaksFor,
  type WebhookAccepted,
  type WorkflowJob,
  type WorkflowOutput,
} from "../../src/index";
import { diffFlow, type FlowDifference } from "../../src/typed-flows/index";
import {
  BasicPrompting,
  flows,
  HybridSearchRAG,
  SaaSPricing,
  TravelPlanningAgents,
} from "../fixtures/typed-flows/starter-projects";

describe("the generated module", () => {
  it("exports every starter project as a GeneratedFlow", () => {
    expectTypeOf(flows).toHaveProperty("BasicPrompting");
    expectTypeOf(flows).toHaveProperty("VectorStoreRAG");
    expectTypeOf(flows.DocumentQA).toMatchTypeOf<GeneratedFlow>();
    expectTypeOf(BasicPrompting.id).toEqualTypeOf<string | null>();
  });
});

describe("valid tweaks compile", () => {
  it("by component id, with each field's type", () => {
    tweaksFor(BasicPrompting, {
      "Prompt-t2oaK": { template: "Answer in French: {question}", use_double_brackets: false },
      "LanguageModelComponent-FLeYF": {
        temperature: 0.2,
        max_tokens: 200,
        stream: true,
        model: "gpt-4o-mini",
      },
      "ChatInput-b6UCc": { files: ["a.png", "b.png"], should_store_message: false },
    });
  });

  it("by display name, where only one component has it", () => {
    tweaksFor(BasicPrompting, {
      "Prompt Template": { template: "x" },
      "Chat Output": { sender_name: "Bot" },
    });
    tweaksFor(TravelPlanningAgents, { "Web Search": { search_mode: "News" } });
  });

  it("a global variable as a text field's value, a secret as a string", () => {
    tweaksFor(BasicPrompting, {
      "LanguageModelComponent-FLeYF": { api_key: { value: "OPENAI_API_KEY", load_from_db: true } },
    });
    tweaksFor(BasicPrompting, { "LanguageModelComponent-FLeYF": { api_key: "sk-test" } });
  });

  it("dicts, tables, sortable lists and list fields", () => {
    tweaksFor(HybridSearchRAG, {
      "AstraDB-AkDya": { advanced_search_filter: { year: 2024 }, number_of_results: 4 },
    });
    tweaksFor(flows.BlogWriter, { "URLComponent-8dgnZ": { urls: ["https://langflow.org"], headers: [] } });
    tweaksFor(flows.ContentAggregator, { "SaveToFile-VVVVb": { storage_location: [{ name: "Local" }] } });
  });

  it("an empty object, and a preset built with TweaksOf", () => {
    tweaksFor(BasicPrompting, {});
    const preset: TweaksOf<typeof BasicPrompting> = { "Prompt-t2oaK": { template: "x" } };
    tweaksFor(BasicPrompting, preset);
  });
});

describe("mistakes are compile errors", () => {
  it("a misspelled component id or display name", () => {
    // @ts-expect-error "Prompt-t2oak" is not a component of Basic Prompting (the id is "Prompt-t2oaK")
    tweaksFor(BasicPrompting, { "Prompt-t2oak": { template: "x" } });
    // @ts-expect-error no component is displayed as "Prompt"
    tweaksFor(BasicPrompting, { Prompt: { template: "x" } });
  });

  it("a misspelled field", () => {
    // @ts-expect-error "templte" is not a field of the prompt
    tweaksFor(BasicPrompting, { "Prompt-t2oaK": { templte: "x" } });
    // @ts-expect-error display-name keys check fields too
    tweaksFor(BasicPrompting, { "Prompt Template": { temperature: 0.5 } });
  });

  it("a value of the wrong type", () => {
    // @ts-expect-error temperature is a number
    tweaksFor(BasicPrompting, { "LanguageModelComponent-FLeYF": { temperature: "0.2" } });
    // @ts-expect-error stream is a boolean
    tweaksFor(BasicPrompting, { "LanguageModelComponent-FLeYF": { stream: "yes" } });
    // @ts-expect-error template is a string
    tweaksFor(BasicPrompting, { "Prompt-t2oaK": { template: 42 } });
    // @ts-expect-error files is a list of paths, not a number
    tweaksFor(BasicPrompting, { "ChatInput-b6UCc": { files: 1 } });
    // @ts-expect-error a component's tweaks are an object of fields
    tweaksFor(BasicPrompting, { "Prompt-t2oaK": "x" });
  });

  it("dropdowns take only their options (open ones take any string)", () => {
    tweaksFor(BasicPrompting, { "ChatOutput-yK0AU": { sender: "User" } });
    // @ts-expect-error sender is "Machine" | "User"
    tweaksFor(BasicPrompting, { "ChatOutput-yK0AU": { sender: "Robot" } });
    tweaksFor(HybridSearchRAG, { "AstraDB-AkDya": { search_method: "Vector Search" } });
    // @ts-expect-error search_method is "Hybrid Search" | "Vector Search"
    tweaksFor(HybridSearchRAG, { "AstraDB-AkDya": { search_method: "Keyword Search" } });
    // @ts-expect-error a dropdown does not take a variable reference
    tweaksFor(HybridSearchRAG, { "AstraDB-AkDya": { search_method: { value: "V", load_from_db: true } } });
    // @ts-expect-error tabs too
    tweaksFor(TravelPlanningAgents, { "Web Search": { search_mode: "Images" } });
    // environment is a combobox: its options are suggestions
    tweaksFor(HybridSearchRAG, { "AstraDB-AkDya": { environment: "staging" } });
  });

  it("protected fields are left out, and display names two components share", () => {
    // @ts-expect-error code is protected (the server answers 422 TWEAKS_REFUSED)
    tweaksFor(BasicPrompting, { "Prompt-t2oaK": { code: "print(1)" } });
    // @ts-expect-error the SQL component's query is protected
    tweaksFor(SaaSPricing, { "SQLComponent-NMSUa": { query: "DROP TABLE users" } });
    // @ts-expect-error three components are displayed as "Agent": the server would pick one of them
    tweaksFor(TravelPlanningAgents, { Agent: { system_prompt: "x" } });
  });
});

describe("inputs and outputs", () => {
  it("lists the input and output component ids", () => {
    expectTypeOf<InputIdOf<typeof BasicPrompting>>().toEqualTypeOf<"ChatInput-b6UCc">();
    expectTypeOf<OutputIdOf<typeof BasicPrompting>>().toEqualTypeOf<"ChatOutput-yK0AU">();
  });

  it("types an output by its kind: a chat output's content is text", () => {
    const read = (outputs: OutputsOf<typeof BasicPrompting>) => {
      const chat = outputs["ChatOutput-yK0AU"];
      if (chat) {
        expectTypeOf(chat.type).toEqualTypeOf<"message">();
        expectTypeOf(chat.content).toEqualTypeOf<string | null>();
      }
      expectTypeOf(outputs["Other-1"]).toEqualTypeOf<WorkflowOutput | undefined>();
    };
    expectTypeOf(read).toBeFunction();
  });
});

describe("without generated types", () => {
  it("a flow id, or an untyped descriptor, takes loose tweaks", () => {
    expectTypeOf(tweaksFor("my-flow", { "Any-1": { anything: 1 } })).toEqualTypeOf<LooseTweaks>();
    const untyped: GeneratedFlow = BasicPrompting;
    expectTypeOf(tweaksFor(untyped, { "Any-1": { anything: 1 } })).toEqualTypeOf<LooseTweaks>();
    expectTypeOf<InputIdOf<string>>().toEqualTypeOf<string>();
    // @ts-expect-error even loose tweaks are objects of fields per component
    tweaksFor("my-flow", { "Any-1": "x" });
  });

  it("typed tweaks are loose tweaks too, so presets and per-call tweaks merge", () => {
    const preset = tweaksFor(BasicPrompting, { "Prompt-t2oaK": { template: "x" } });
    expectTypeOf(mergeTweaks(preset, { "Chat Output": { sender_name: "Bot" } })).toEqualTypeOf<LooseTweaks>();
  });
});

describe("drift detection takes what the SDK returns", () => {
  it("a flow from lf.flows.get() is a FlowJson for diffFlow", async () => {
    const fetched = await new LangflowClient().flows.get(BasicPrompting.id as string);
    expectTypeOf(diffFlow(BasicPrompting, fetched)).toEqualTypeOf<FlowDifference[]>();
    expectTypeOf<PublicFlowDifference>().toEqualTypeOf<FlowDifference>();
  });
});

describe("the flow handle: lf.flow(generatedFlow)", () => {
  const lf = new LangflowClient();

  it("checks withTweaks and per-call tweaks against the generated flow", () => {
    const handle = lf.flow(BasicPrompting).withTweaks({ "Prompt-t2oaK": { template: "x" } });
    expectTypeOf(handle).toEqualTypeOf<FlowHandle<typeof BasicPrompting>>();
    handle.withTweaks({ "Chat Output": { sender: "Machine" } });
    handle.run({ inputValue: "hi", tweaks: { "LanguageModelComponent-FLeYF": { temperature: 0.1 } } });
    handle.stream({ tweaks: { "Prompt Template": { template: "y" } } });
    handle.submit({ inputValue: "hi", tweaks: { "ChatInput-b6UCc": { should_store_message: false } } });
  });

  it("a misspelled component id, field or a wrong value type is a compile error", () => {
    const handle = lf.flow(BasicPrompting);
    // @ts-expect-error misspelled component id
    handle.withTweaks({ "Prompt-t2oak": { template: "x" } });
    // @ts-expect-error misspelled field
    handle.withTweaks({ "Prompt-t2oaK": { templte: "x" } });
    // @ts-expect-error temperature is a number
    handle.run({ tweaks: { "LanguageModelComponent-FLeYF": { temperature: "hot" } } });
    // @ts-expect-error sender is "Machine" | "User"
    handle.stream({ tweaks: { "ChatOutput-yK0AU": { sender: "Robot" } } });
    // @ts-expect-error code is protected
    handle.submit({ tweaks: { "Prompt-t2oaK": { code: "print(1)" } } });
    // @ts-expect-error unknown parameter
    handle.run({ input_value: "x" });
  });

  it("returns what the client's methods return, verify() the differences", () => {
    const handle = lf.flow(BasicPrompting);
    expectTypeOf(handle.run()).toEqualTypeOf<APIPromise<RunResult>>();
    expectTypeOf(handle.submit()).toEqualTypeOf<APIPromise<WorkflowJob>>();
    expectTypeOf(handle.webhook({ a: 1 })).toEqualTypeOf<APIPromise<WebhookAccepted>>();
    expectTypeOf(handle.verify()).toEqualTypeOf<Promise<FlowDifference[]>>();
    expectTypeOf(handle.flowId).toBeString();
  });

  it("stays loose for an id or endpoint name, where verify() is not available", () => {
    const handle = lf.flow("my-flow").withTweaks({ "Any-1": { anything: 1 } });
    handle.run({ tweaks: { "Other-2": { x: [1] } } });
    // @ts-expect-error even loose tweaks are objects of fields per component
    handle.withTweaks({ "Any-1": "x" });
    // @ts-expect-error verify() compares a generated flow with the server's
    handle.verify();
  });

  it("every starter project makes a handle", () => {
    for (const flow of Object.values(flows)) expectTypeOf(lf.flow(flow).withTweaks({})).toHaveProperty("run");
  });
});
