// Builds Langflow flow JSON from the real server's own component templates (`GET /api/v1/all`), so the same
// flow runs on the real Langflow and on the mock. Used by make-example-flows and make-parity-flows.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type Template = {
  template: Record<string, { value?: unknown } & Record<string, unknown>>;
  outputs: ({ name: string; types: string[] } & Record<string, unknown>)[];
  display_name?: string;
} & Record<string, unknown>;

export interface NodeSpec {
  id: string;
  /** Component type as `/api/v1/all` names it (ChatInput, ParserComponent, "Prompt Template", ...). */
  type: string;
  template: Template;
  /** Field values to set in the template. */
  values?: Record<string, unknown>;
}

export interface EdgeSpec {
  from: string;
  output: string;
  to: string;
  field: string;
}

export type AllComponents = Record<string, Record<string, Template>>;

/** The running pinned server's URL and API key, from `<root>/.langflow/credentials.env` (or LANGFLOW_HOME). */
export function credentials(root: string): { url: string; key: string } {
  const home = process.env.LANGFLOW_HOME ?? join(root, ".langflow");
  const env = Object.fromEntries(
    readFileSync(join(home, "credentials.env"), "utf8")
      .split("\n")
      .filter((line) => line.includes("="))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
  return { url: env.LANGFLOW_SERVER_URL ?? "", key: env.LANGFLOW_API_KEY ?? "" };
}

export async function fetchComponents(url: string, key: string): Promise<AllComponents> {
  const response = await fetch(`${url}/api/v1/all`, { headers: { "x-api-key": key } });
  if (!response.ok) throw new Error(`GET /api/v1/all answered ${response.status}`);
  return (await response.json()) as AllComponents;
}

/** The template the server builds from a custom component's code (`POST /api/v1/custom_component`). */
export async function customTemplate(url: string, key: string, code: string): Promise<Template> {
  const response = await fetch(`${url}/api/v1/custom_component`, {
    method: "POST",
    headers: { "x-api-key": key, "content-type": "application/json" },
    body: JSON.stringify({ code }),
  });
  if (!response.ok) throw new Error(`POST /api/v1/custom_component answered ${response.status}`);
  return ((await response.json()) as { data: Template }).data;
}

export function findTemplate(all: AllComponents, name: string): Template {
  for (const group of Object.values(all)) if (group?.[name]?.template) return group[name] as Template;
  throw new Error(`the server has no component ${name}`);
}

export function node({ id, type, template, values = {} }: NodeSpec, index: number) {
  const copy = structuredClone(template);
  for (const [field, value] of Object.entries(values)) {
    const slot = copy.template[field];
    if (!slot) throw new Error(`${type} has no field ${field}`);
    slot.value = value;
  }
  return {
    id,
    type: "genericNode",
    position: { x: 400 * index, y: 200 },
    data: { id, type, node: copy, showNode: true },
  };
}

export function edge(nodes: NodeSpec[], { from, output, to, field }: EdgeSpec) {
  const source = nodes.find((n) => n.id === from);
  const target = nodes.find((n) => n.id === to);
  if (!source || !target) throw new Error(`edge ${from} -> ${to}: unknown node`);
  const out = source.template.outputs.find((o) => o.name === output);
  const slot = target.template.template[field];
  // A loop's feedback edge ends at the loop's own output (`allows_loop`), not at an input field.
  const loopOutput = target.template.outputs.find((o) => o.name === field && o.allows_loop === true);
  if (!out || !(slot || loopOutput))
    throw new Error(`edge ${from}.${output} -> ${to}.${field}: unknown output or field`);
  const sourceHandle = { dataType: source.type, id: from, name: output, output_types: out.types };
  const targetHandle = loopOutput
    ? { dataType: target.type, id: to, name: field, output_types: [...loopOutput.types, "Message"] }
    : { fieldName: field, id: to, inputTypes: slot?.input_types ?? null, type: slot?.type };
  // Langflow stores handles as JSON with œ instead of quotes in the edge's string handles.
  const handle = (value: object) => JSON.stringify(value).replaceAll('"', "œ");
  return {
    id: `xy-edge__${from}${handle(sourceHandle)}-${to}${handle(targetHandle)}`,
    source: from,
    target: to,
    sourceHandle: handle(sourceHandle),
    targetHandle: handle(targetHandle),
    data: { sourceHandle, targetHandle },
  };
}

export function flow(
  name: string,
  description: string,
  endpointName: string,
  nodes: NodeSpec[],
  edges: EdgeSpec[],
) {
  return {
    name,
    description,
    endpoint_name: endpointName,
    data: {
      nodes: nodes.map(node),
      edges: edges.map((e) => edge(nodes, e)),
      viewport: { x: 0, y: 0, zoom: 1 },
    },
  };
}

/** A Prompt Template gets one template field per {variable}, as the UI adds when a template is edited. */
export function withVariables(prompt: Template, ...variables: string[]): Template {
  const copy = structuredClone(prompt);
  for (const variable of variables) {
    copy.template[variable] = {
      advanced: false,
      display_name: variable,
      dynamic: false,
      field_type: "str",
      fileTypes: [],
      file_path: "",
      info: "",
      input_types: ["Message"],
      list: false,
      load_from_db: false,
      multiline: true,
      name: variable,
      placeholder: "",
      required: false,
      show: true,
      title_case: false,
      type: "str",
      value: "",
    };
  }
  (copy as { custom_fields?: Record<string, string[]> }).custom_fields = { template: variables };
  return copy;
}
