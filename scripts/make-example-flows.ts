// Builds the example flows (mock/flows/*.json) from the running real server's own component templates
// (`GET /api/v1/all`), so the same flow JSON runs on the real Langflow and on the mock. None needs a model
// provider, so they run on a bare server.
//
//   npm run make-example-flows            (needs scripts/langflow-server start; reads .langflow/credentials.env)
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const OUT = join(ROOT, "mock/flows");

type Template = {
  template: Record<string, { value?: unknown } & Record<string, unknown>>;
  outputs: { name: string; types: string[] }[];
} & Record<string, unknown>;
interface NodeSpec {
  id: string;
  type: string;
  template: Template;
  values?: Record<string, unknown>;
}
interface EdgeSpec {
  from: string;
  output: string;
  to: string;
  field: string;
}

function credentials(): { url: string; key: string } {
  const env = Object.fromEntries(
    readFileSync(join(ROOT, ".langflow/credentials.env"), "utf8")
      .split("\n")
      .filter((line) => line.includes("="))
      .map((line) => [line.slice(0, line.indexOf("=")), line.slice(line.indexOf("=") + 1)]),
  );
  return { url: env.LANGFLOW_SERVER_URL ?? "", key: env.LANGFLOW_API_KEY ?? "" };
}

function node({ id, type, template, values = {} }: NodeSpec, index: number) {
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

function edge(nodes: NodeSpec[], { from, output, to, field }: EdgeSpec) {
  const source = nodes.find((n) => n.id === from);
  const target = nodes.find((n) => n.id === to);
  if (!source || !target) throw new Error(`edge ${from} -> ${to}: unknown node`);
  const out = source.template.outputs.find((o) => o.name === output);
  const slot = target.template.template[field];
  if (!out || !slot) throw new Error(`edge ${from}.${output} -> ${to}.${field}: unknown output or field`);
  const sourceHandle = { dataType: source.type, id: from, name: output, output_types: out.types };
  const targetHandle = { fieldName: field, id: to, inputTypes: slot.input_types ?? null, type: slot.type };
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

function flow(name: string, description: string, endpointName: string, nodes: NodeSpec[], edges: EdgeSpec[]) {
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

async function main(): Promise<void> {
  const { url, key } = credentials();
  const response = await fetch(`${url}/api/v1/all`, { headers: { "x-api-key": key } });
  if (!response.ok) throw new Error(`GET /api/v1/all answered ${response.status}`);
  const all = (await response.json()) as Record<string, Record<string, Template>>;
  const find = (name: string): Template => {
    for (const group of Object.values(all)) if (group[name]?.template) return group[name] as Template;
    throw new Error(`the server has no component ${name}`);
  };
  const chatInput = find("ChatInput");
  const chatOutput = find("ChatOutput");
  const prompt = find("Prompt Template");
  const textOutput = find("TextOutput");

  const flows = {
    "echo-chat": flow(
      "Echo chat",
      "ChatInput -> ChatOutput: answers with the message it receives.",
      "echo-chat",
      [
        { id: "ChatInput-echo1", type: "ChatInput", template: chatInput },
        { id: "ChatOutput-echo1", type: "ChatOutput", template: chatOutput },
      ],
      [{ from: "ChatInput-echo1", output: "message", to: "ChatOutput-echo1", field: "input_value" }],
    ),
    "prompt-chat": flow(
      "Prompt chat",
      "ChatInput -> Prompt Template -> ChatOutput: wraps the message in a template.",
      "prompt-chat",
      [
        { id: "ChatInput-prmt1", type: "ChatInput", template: chatInput },
        {
          id: "Prompt-prmt1",
          type: "Prompt Template",
          template: withVariable(prompt, "question"),
          values: { template: "You asked: {question}" },
        },
        { id: "ChatOutput-prmt1", type: "ChatOutput", template: chatOutput },
      ],
      [
        { from: "ChatInput-prmt1", output: "message", to: "Prompt-prmt1", field: "question" },
        { from: "Prompt-prmt1", output: "prompt", to: "ChatOutput-prmt1", field: "input_value" },
      ],
    ),
    "two-outputs": flow(
      "Two outputs",
      "ChatInput -> ChatOutput and ChatInput -> Prompt Template -> TextOutput: one run, two outputs.",
      "two-outputs",
      [
        { id: "ChatInput-two01", type: "ChatInput", template: chatInput },
        { id: "ChatOutput-two01", type: "ChatOutput", template: chatOutput },
        {
          id: "Prompt-two01",
          type: "Prompt Template",
          template: withVariable(prompt, "text"),
          values: { template: "Length check: {text}" },
        },
        { id: "TextOutput-two01", type: "TextOutput", template: textOutput },
      ],
      [
        { from: "ChatInput-two01", output: "message", to: "ChatOutput-two01", field: "input_value" },
        { from: "ChatInput-two01", output: "message", to: "Prompt-two01", field: "text" },
        { from: "Prompt-two01", output: "prompt", to: "TextOutput-two01", field: "input_value" },
      ],
    ),
  };

  mkdirSync(OUT, { recursive: true });
  for (const [file, body] of Object.entries(flows)) {
    writeFileSync(join(OUT, `${file}.json`), `${JSON.stringify(body, null, 2)}\n`);
    console.log(`mock/flows/${file}.json`);
  }
}

/** The Prompt component gets one template field per {variable}, as the UI adds when a template is edited. */
function withVariable(prompt: Template, variable: string): Template {
  const copy = structuredClone(prompt);
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
  (copy as { custom_fields?: Record<string, string[]> }).custom_fields = { template: [variable] };
  return copy;
}

main().catch((error: unknown) => {
  console.error(`make-example-flows: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
