// diffFlow: a generated flow (the starter projects' fixture module) against the flow JSON after someone edited it.
import { describe, expect, it } from "vitest";
import { diffFlow, type FlowDifference, type FlowJson } from "../../../src/typed-flows/index";
import * as generated from "../../fixtures/typed-flows/starter-projects";
import { node, starterProject, starterProjects } from "./flows";

const { BasicPrompting, HybridSearchRAG, TravelPlanningAgents } = generated;

type Node = {
  id: string;
  data: {
    id: string;
    type: string;
    node: {
      display_name: string;
      template: Record<string, Record<string, unknown>>;
      outputs: { types: string[] }[];
    };
  };
};

/** Basic Prompting's JSON, edited by `edit`. */
function edited(
  name: string,
  edit: (nodes: Node[], flow: FlowJson & { data: { nodes: Node[] } }) => void,
): FlowJson {
  const flow = structuredClone(starterProject(name)) as FlowJson & { data: { nodes: Node[] } };
  edit(flow.data.nodes, flow);
  return flow;
}

const find = (nodes: Node[], id: string) => nodes.find((n) => n.id === id) as Node;
/** A template field of a node, to edit. */
const field = (nodes: Node[], id: string, name: string) =>
  find(nodes, id).data.node.template[name] as Record<string, unknown>;
const summary = (diffs: FlowDifference[]) => diffs.map((d) => [d.kind, d.breaking, d.message]);

describe("diffFlow", () => {
  it("finds nothing between each starter project and the module generated from it", () => {
    const byName = new Map(Object.values(generated.flows).map((f) => [f.name, f]));
    for (const json of starterProjects()) {
      const flow = byName.get(json.name as string);
      expect(flow, json.name as string).toBeDefined();
      expect(diffFlow(flow as never, json), json.name as string).toEqual([]);
    }
  });

  it("ignores what does not change the types: node order, positions, values, descriptions", () => {
    const json = edited("Basic Prompting", (nodes, flow) => {
      nodes.reverse();
      find(nodes, "Prompt-t2oaK").data.node.template.template = { type: "prompt", value: "new text" };
      flow.description = "changed";
    });
    expect(diffFlow(BasicPrompting, json)).toEqual([]);
  });

  it("a removed component and an added one", () => {
    const json = edited("Basic Prompting", (nodes, flow) => {
      flow.data.nodes = nodes.filter((n) => n.id !== "Prompt-t2oaK");
      flow.data.nodes.push(
        node("TextOutput-new", "TextOutput", { input_value: { type: "str" } }) as unknown as Node,
      );
    });
    expect(summary(diffFlow(BasicPrompting, json))).toEqual([
      ["component-removed", true, 'Component "Prompt-t2oaK" (Prompt Template) was removed.'],
      ["component-added", false, 'Component "TextOutput-new" (TextOutput) was added.'],
    ]);
  });

  it("ids and field names that are also Object.prototype's keys", () => {
    const json = edited("Basic Prompting", (nodes) => {
      nodes.push(node("constructor", "Custom", { toString: { type: "str" } }) as unknown as Node);
      Object.assign(find(nodes, "Prompt-t2oaK").data.node.template, { hasOwnProperty: { type: "str" } });
    });
    expect(summary(diffFlow(BasicPrompting, json))).toEqual([
      ["field-added", false, 'Field "hasOwnProperty" of "Prompt-t2oaK" was added (str).'],
      ["component-added", false, 'Component "constructor" (Custom) was added.'],
    ]);
  });

  it("a component re-created under a new id, with its field changes", () => {
    const json = edited("Basic Prompting", (nodes) => {
      const prompt = find(nodes, "Prompt-t2oaK");
      prompt.id = "Prompt-NEW01";
      prompt.data.node.template.question = { type: "str" };
    });
    expect(summary(diffFlow(BasicPrompting, json))).toEqual([
      [
        "component-id-changed",
        true,
        'Component "Prompt-t2oaK" (Prompt Template) is now "Prompt-NEW01": tweaks keyed by the old id no longer reach it.',
      ],
      ["field-added", false, 'Field "question" of "Prompt-t2oaK" was added (str).'],
    ]);
  });

  it("a changed component type", () => {
    const json = edited("Basic Prompting", (nodes) => {
      find(nodes, "Prompt-t2oaK").data.type = "MustachePrompt";
    });
    expect(summary(diffFlow(BasicPrompting, json))).toEqual([
      [
        "component-type-changed",
        true,
        'Component "Prompt-t2oaK" changed type from Prompt to MustachePrompt.',
      ],
    ]);
  });

  it("a renamed component: breaking when its display name was a tweak key", () => {
    const renamed = edited("Basic Prompting", (nodes) => {
      find(nodes, "Prompt-t2oaK").data.node.display_name = "Persona";
    });
    expect(summary(diffFlow(BasicPrompting, renamed))).toEqual([
      [
        "display-name-changed",
        true,
        'Component "Prompt-t2oaK" was renamed from "Prompt Template" to "Persona": tweaks keyed by "Prompt Template" no longer reach it.',
      ],
    ]);
    // Three agents share "Agent", so it was never a tweak key: renaming one breaks nothing.
    const agent = Object.keys(TravelPlanningAgents.components).find((id) =>
      id.startsWith("Agent-"),
    ) as string;
    const agentRenamed = edited("Travel Planning Agents", (nodes) => {
      find(nodes, agent).data.node.display_name = "Planner";
    });
    const [diff] = diffFlow(TravelPlanningAgents, agentRenamed);
    expect(diff).toMatchObject({
      kind: "display-name-changed",
      breaking: false,
      expected: "Agent",
      actual: "Planner",
    });
  });

  it("fields removed, added and retyped; protected fields do not count", () => {
    const json = edited("Basic Prompting", (nodes) => {
      const model = find(nodes, "LanguageModelComponent-FLeYF").data.node.template;
      delete model.temperature;
      model.max_tokens = { ...model.max_tokens, type: "str" };
      model.seed = { type: "int" };
      model.code = { type: "code", value: "changed" };
    });
    expect(summary(diffFlow(BasicPrompting, json))).toEqual([
      [
        "field-type-changed",
        true,
        'Field "max_tokens" of "LanguageModelComponent-FLeYF" changed from int to str.',
      ],
      ["field-added", false, 'Field "seed" of "LanguageModelComponent-FLeYF" was added (int).'],
      [
        "field-removed",
        true,
        'Field "temperature" of "LanguageModelComponent-FLeYF" was removed (or can no longer be tweaked).',
      ],
    ]);
  });

  it("dropdown options: a removed option breaks, an added one does not, open dropdowns never break", () => {
    const json = edited("Basic Prompting", (nodes) => {
      field(nodes, "ChatOutput-yK0AU", "sender").options = ["Machine", "Bot"];
      field(nodes, "ChatInput-b6UCc", "sender").options = ["Machine", "User", "Bot"];
    });
    expect(summary(diffFlow(BasicPrompting, json))).toEqual([
      ["options-changed", false, 'Options of "sender" of "ChatInput-b6UCc" changed: added "Bot".'],
      [
        "options-changed",
        true,
        'Options of "sender" of "ChatOutput-yK0AU" changed: added "Bot"; removed "User".',
      ],
    ]);
    const astra = edited("Hybrid Search RAG", (nodes) => {
      field(nodes, "AstraDB-AkDya", "environment").options = ["prod"];
    });
    expect(diffFlow(HybridSearchRAG, astra)).toMatchObject([
      { kind: "options-changed", field: "environment", removed: ["dev", "test"], breaking: false },
    ]);
  });

  it("a dropdown that became free text is compatible; the reverse is not", () => {
    const opened = edited("Basic Prompting", (nodes) => {
      field(nodes, "ChatOutput-yK0AU", "sender").combobox = true;
    });
    expect(diffFlow(BasicPrompting, opened)).toMatchObject([
      {
        kind: "field-type-changed",
        field: "sender",
        breaking: false,
        message: expect.stringContaining("str (options) to str (open options)"),
      },
    ]);
    const closed = edited("Basic Prompting", (nodes) => {
      field(nodes, "ChatOutput-yK0AU", "sender_name").options = ["AI"];
    });
    expect(diffFlow(BasicPrompting, closed)).toMatchObject([
      { kind: "field-type-changed", field: "sender_name", breaking: true },
    ]);
  });

  it("a changed output kind, and a component that became an output", () => {
    const json = edited("Basic Prompting", (nodes) => {
      find(nodes, "ChatOutput-yK0AU").data.node.outputs = [{ types: ["Data"] }];
      Object.assign(find(nodes, "Prompt-t2oaK").data.node, { is_output: true });
    });
    expect(summary(diffFlow(BasicPrompting, json))).toEqual([
      ["output-changed", true, 'The output "ChatOutput-yK0AU" changed from message to data.'],
      ["output-changed", false, '"Prompt-t2oaK" is now an output (message).'],
    ]);
  });

  it("the flow id and endpoint name", () => {
    const json = edited("Basic Prompting", (_nodes, flow) => {
      flow.id = "00000000-0000-0000-0000-000000000000";
      flow.endpoint_name = "basic";
    });
    expect(summary(diffFlow(BasicPrompting, json))).toEqual([
      [
        "flow-id-changed",
        true,
        `The flow id changed from ${BasicPrompting.id} to 00000000-0000-0000-0000-000000000000.`,
      ],
      ["endpoint-name-changed", false, 'The endpoint name changed from null to "basic".'],
    ]);
  });

  it("an empty flow (data: null, as the server can return) loses every component", () => {
    const diffs = diffFlow(BasicPrompting, { ...starterProject("Basic Prompting"), data: null });
    expect(diffs.map((d) => d.kind)).toEqual(Array(4).fill("component-removed"));
  });
});
