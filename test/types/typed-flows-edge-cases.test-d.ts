// The TypeScript type of each template field type, on the module generated from the edge-case flows
// (test/fixtures/typed-flows/edge-cases.ts: awkward names, every field type, protected fields, inputs/outputs).
import { describe, expectTypeOf, it } from "vitest";
import {
  type InputIdOf,
  type ModelSelection,
  type OutputIdOf,
  type TweaksOf,
  tweaksFor,
  type VariableRef,
} from "../../src/index";
import {
  Chat,
  ChatSchema2,
  Flow,
  Flow3DResumeQA,
  GeneratedFlow2,
  InputsAndOutputs,
  Kinds,
} from "../fixtures/typed-flows/edge-cases";

type KindsFields = NonNullable<TweaksOf<typeof Kinds>["Kinds-1"]>;
type Field<K extends keyof KindsFields> = Exclude<KindsFields[K], undefined>;

describe("field types", () => {
  it("text fields take a string or a global variable", () => {
    expectTypeOf<Field<"text">>().toEqualTypeOf<string | VariableRef>();
    expectTypeOf<Field<"prompt">>().toEqualTypeOf<string | VariableRef>();
    expectTypeOf<Field<"search">>().toEqualTypeOf<string | VariableRef>();
    expectTypeOf<Field<"secret">>().toEqualTypeOf<string | VariableRef>();
    expectTypeOf<Field<"empty_options">>().toEqualTypeOf<string | VariableRef>();
    expectTypeOf<Field<"field with space">>().toEqualTypeOf<string | VariableRef>();
  });

  it("numbers, booleans, dicts", () => {
    expectTypeOf<Field<"count">>().toEqualTypeOf<number>();
    expectTypeOf<Field<"ratio">>().toEqualTypeOf<number>();
    expectTypeOf<Field<"level">>().toEqualTypeOf<number>();
    expectTypeOf<Field<"enabled">>().toEqualTypeOf<boolean>();
    expectTypeOf<Field<"headers">>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<Field<"filter">>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<Field<"server">>().toEqualTypeOf<Record<string, unknown>>();
  });

  it("dropdowns, tabs, multiselects, sortable lists", () => {
    expectTypeOf<Field<"choice">>().toEqualTypeOf<"a" | "b" | "c">();
    expectTypeOf<Field<"numbered">>().toEqualTypeOf<1 | 2 | 3>();
    expectTypeOf<Field<"mode">>().toEqualTypeOf<"Ingest" | "Retrieve">();
    expectTypeOf<Field<"multi">>().toEqualTypeOf<Array<"green" | "red">>();
    expectTypeOf<Field<"storage">>().toEqualTypeOf<
      Array<{ name: "AWS" | "Local"; [key: string]: unknown }>
    >();
    tweaksFor(Kinds, { "Kinds-1": { combo: "x" } });
    tweaksFor(Kinds, { "Kinds-1": { combo: "anything", fetched: "llama3" } });
  });

  it("lists, files, tables, models; an unknown field type takes anything", () => {
    expectTypeOf<Field<"tags">>().toEqualTypeOf<string[]>();
    expectTypeOf<Field<"doc">>().toEqualTypeOf<string>(); // no variable: the server would write its keys to file_path
    expectTypeOf<Field<"docs">>().toEqualTypeOf<string | string[]>();
    expectTypeOf<Field<"rows">>().toEqualTypeOf<Record<string, unknown>[]>();
    expectTypeOf<Field<"actions">>().toEqualTypeOf<Record<string, unknown>[]>();
    expectTypeOf<Field<"model">>().toEqualTypeOf<ModelSelection>();
    expectTypeOf<Field<"wait">>().toEqualTypeOf<unknown>();
  });

  it("protected fields, handles and display-only fields are not there", () => {
    expectTypeOf<KindsFields>().not.toHaveProperty("code");
    expectTypeOf<KindsFields>().not.toHaveProperty("llm");
    expectTypeOf<KindsFields>().not.toHaveProperty("shown");
    // @ts-expect-error python_code is protected
    tweaksFor(Kinds, { "PythonREPLComponent-1": { python_code: "import os" } });
    // @ts-expect-error so is a group's field that proxies it
    tweaksFor(Kinds, { "Group-1": { inner_code: "import os" } });
    tweaksFor(Kinds, { "Group-1": { inner_timeout: 5 }, Group: { inner_timeout: 6 } });
    // @ts-expect-error a component with nothing to tweak takes no field
    tweaksFor(InputsAndOutputs, { "Table-1": { rows: [] } });
  });
});

describe("names", () => {
  it("every flow got a distinct identifier, and quoted ids work as keys", () => {
    expectTypeOf(Chat.name).toBeString();
    expectTypeOf(ChatSchema2.name).toBeString();
    expectTypeOf(GeneratedFlow2.name).toBeString();
    expectTypeOf(Flow.endpointName).toEqualTypeOf<string | null>();
    tweaksFor(Flow3DResumeQA, {
      'Chat-Input"quoted': { input_value: "hi" },
      "Chat Input": { sender: "User" },
    });
  });

  it("display names two components share, or that are another component's id, are not keys", () => {
    // @ts-expect-error TextInput-1 and Webhook-1 are both "Same"
    tweaksFor(InputsAndOutputs, { Same: { input_value: "x" } });
    // "TextOutput-1" is CustomIn-1's display name, but the server reads it as the id of the text output
    tweaksFor(InputsAndOutputs, { "TextOutput-1": { input_value: "x" } });
    // @ts-expect-error so CustomIn-1's field is not accepted under it
    tweaksFor(InputsAndOutputs, { "TextOutput-1": { value: "x" } });
  });
});

describe("inputs and outputs", () => {
  it("every kind", () => {
    expectTypeOf<InputIdOf<typeof InputsAndOutputs>>().toEqualTypeOf<
      "CustomIn-1" | "TextInput-1" | "Webhook-1"
    >();
    expectTypeOf<OutputIdOf<typeof InputsAndOutputs>>().toEqualTypeOf<
      "DataOutput-1" | "Table-1" | "TextOutput-1"
    >();
    expectTypeOf<InputIdOf<typeof GeneratedFlow2>>().toEqualTypeOf<never>();
  });
});
