// Reads a flow JSON into the model both the generator and drift detection work from: components (sorted by
// id) with their tweakable fields, the display names the server accepts as tweak keys, and the input and output
// components. Inputs and outputs are recognised as the server does (lfx Vertex: the id prefix or `data.type` is
// one of the interface components, or the node says `is_input` / `is_output`).

import { aliasesOf } from "./aliases";
import type {
  ComponentDescriptor,
  FieldSpec,
  GeneratedFlow,
  InputKind,
  InputSpec,
  OutputSpec,
  TweakPolicy,
} from "./descriptor";
import { declaresApiEditable, type FieldInfo, tweakableFields } from "./field-spec";
import { compareStrings, componentNodes, type FlowJson, isObj, type NodeJson, str } from "./flow-json";

export interface ComponentModel {
  id: string;
  type: string;
  displayName: string;
  description: string | undefined;
  fields: FieldInfo[];
}

export interface FlowModel {
  name: string;
  id: string | null;
  endpointName: string | null;
  description: string | undefined;
  components: ComponentModel[];
  /** `[displayName, componentId]`, sorted by display name. */
  aliases: [string, string][];
  inputs: [string, InputSpec][];
  outputs: [string, OutputSpec][];
  tweakPolicy: TweakPolicy;
}

export interface DescribeOptions {
  /** The server's tweak policy (`LANGFLOW_TWEAKS_POLICY`); default `"permissive"`, the server's default. */
  tweakPolicy?: TweakPolicy;
}

const INPUT_KINDS: Record<string, InputKind> = { ChatInput: "chat", TextInput: "text", Webhook: "webhook" };
const OUTPUT_TYPES = new Set(["ChatOutput", "TextOutput", "DataOutput"]);

function typeStrings(node: NodeJson): string[] {
  return [String(node.id).split("-")[0] ?? "", str(node.data?.type) ?? ""];
}

function inputSpec(node: NodeJson, type: string): InputSpec | undefined {
  const known = typeStrings(node).find((t) => Object.hasOwn(INPUT_KINDS, t));
  if (known) return { type, kind: INPUT_KINDS[known] ?? "other" };
  return node.data?.node?.is_input === true ? { type, kind: "other" } : undefined;
}

/** The server's v2 output `type`: the first output's first type, lower-cased, else the component type. */
function outputSpec(node: NodeJson, type: string): OutputSpec | undefined {
  const isOutput = typeStrings(node).some((t) => OUTPUT_TYPES.has(t)) || node.data?.node?.is_output === true;
  if (!isOutput) return undefined;
  const outputs = node.data?.node?.outputs;
  const first = Array.isArray(outputs) && isObj(outputs[0]) ? outputs[0] : undefined;
  const declared = first && Array.isArray(first.types) ? str(first.types[0]) : undefined;
  return { type, kind: (declared || type || "unknown").toLowerCase() };
}

export function describeFlow(flow: FlowJson, options: DescribeOptions = {}): FlowModel {
  const tweakPolicy = options.tweakPolicy ?? "permissive";
  const nodes = componentNodes(flow);
  const flowDeclaresApiEditable = declaresApiEditable(nodes);
  const components: ComponentModel[] = [];
  const inputs: [string, InputSpec][] = [];
  const outputs: [string, OutputSpec][] = [];
  for (const node of nodes) {
    const id = node.id as string;
    const type = str(node.data?.type) ?? "";
    components.push({
      id,
      type,
      displayName: str(node.data?.node?.display_name) ?? "",
      description: str(node.data?.node?.description),
      fields: tweakableFields(node, { policy: tweakPolicy, flowDeclaresApiEditable }),
    });
    const input = inputSpec(node, type);
    if (input) inputs.push([id, input]);
    const output = outputSpec(node, type);
    if (output) outputs.push([id, output]);
  }
  const byId = (a: [string, unknown], b: [string, unknown]) => compareStrings(a[0], b[0]);
  components.sort((a, b) => compareStrings(a.id, b.id));
  return {
    name: str(flow.name) ?? "",
    id: str(flow.id) ?? null,
    endpointName: str(flow.endpoint_name) || null,
    description: str(flow.description),
    components,
    aliases: aliasesOf(components),
    inputs: inputs.sort(byId),
    outputs: outputs.sort(byId),
    tweakPolicy,
  };
}

/** The runtime descriptor of a described flow (what the generated module exports, minus the phantom types). */
export function descriptorOf(model: FlowModel): GeneratedFlow {
  // fromEntries: a key named "__proto__" stays a key (an assignment would set the prototype).
  const components = Object.fromEntries(
    model.components.map((c): [string, ComponentDescriptor] => [
      c.id,
      {
        type: c.type,
        displayName: c.displayName,
        fields: Object.fromEntries(c.fields.map((f): [string, FieldSpec] => [f.name, f.spec])),
      },
    ]),
  );
  return {
    name: model.name,
    id: model.id,
    endpointName: model.endpointName,
    components,
    aliases: Object.fromEntries(model.aliases),
    inputs: Object.fromEntries(model.inputs),
    outputs: Object.fromEntries(model.outputs),
    ...(model.tweakPolicy === "permissive" ? {} : { tweakPolicy: model.tweakPolicy }),
  };
}
