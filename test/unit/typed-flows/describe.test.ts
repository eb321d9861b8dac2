// Which fields are tweakable and how the generated flow describes them, on the edge-case flows (the generated
// module edge-cases.ts is what these descriptors become; test/types checks its TypeScript types).
import { describe, expect, it } from "vitest";
import { flows } from "../../fixtures/typed-flows/edge-cases";

const { Kinds, InputsAndOutputs } = flows;

describe("tweakable fields", () => {
  const kinds = Kinds.components["Kinds-1"]?.fields ?? {};

  it("keeps every value field, advanced or not, with its type, list flag and options", () => {
    expect(kinds.count).toEqual({ type: "int" });
    expect(kinds.tags).toEqual({ type: "str", list: true });
    expect(kinds.choice).toEqual({ type: "str", options: ["a", "b", "c"] }); // sorted
    expect(kinds.numbered).toEqual({ type: "int", options: [1, 2, 3] });
    expect(kinds.storage).toEqual({ type: "sortableList", options: ["AWS", "Local"] }); // by name
  });

  it("marks options as open for a combobox or options the editor fetches; ignores model catalogs", () => {
    expect(kinds.combo).toEqual({ type: "str", options: ["x", "y"], open: true });
    expect(kinds.fetched).toEqual({ type: "str", options: ["gpt-4o"], open: true });
    expect(kinds.empty_options).toEqual({ type: "str" });
    expect(kinds.model).toEqual({ type: "model" });
  });

  it("keeps odd field names as keys, even __proto__", () => {
    expect(Object.keys(kinds)).toEqual(expect.arrayContaining(["123abc", "field with space", "__proto__"]));
    expect(Object.hasOwn(kinds, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(kinds)).toBe(Object.prototype);
  });

  it("leaves out code, connection handles, display-only and untyped entries", () => {
    for (const name of ["code", "script", "llm", "shown", "untyped", "_type"])
      expect(kinds).not.toHaveProperty(name);
  });

  it("leaves out the fields the server protects (422 TWEAKS_REFUSED), also behind a group's proxy", () => {
    expect(Kinds.components["SQLComponent-1"]?.fields).toEqual({ add_error: { type: "bool" } });
    expect(Kinds.components["PythonREPLComponent-1"]?.fields).toEqual({ timeout: { type: "int" } });
    expect(Kinds.components["Group-1"]?.fields).toEqual({ inner_timeout: { type: "int" } });
  });
});

describe("inputs and outputs", () => {
  it("are found by component type, id prefix or the node's is_input / is_output flag", () => {
    expect(InputsAndOutputs.inputs).toEqual({
      "CustomIn-1": { type: "MyInput", kind: "other" },
      "TextInput-1": { type: "TextInput", kind: "text" },
      "Webhook-1": { type: "Webhook", kind: "webhook" },
    });
    expect(InputsAndOutputs.outputs).toEqual({
      "DataOutput-1": { type: "DataOutput", kind: "data" },
      "Table-1": { type: "MyTable", kind: "dataframe" },
      "TextOutput-1": { type: "TextOutput", kind: "message" },
    });
  });

  it("keeps components with nothing to tweak, and skips notes", () => {
    expect(InputsAndOutputs.components["Table-1"]).toEqual({
      type: "MyTable",
      displayName: "Table",
      fields: {},
    });
    expect(InputsAndOutputs.components).not.toHaveProperty("note-1");
  });
});

describe("flows without an id", () => {
  it("are addressed by endpoint name", () => {
    expect(flows.Flow).toMatchObject({ name: "", id: null, endpointName: "nameless" });
  });
});
