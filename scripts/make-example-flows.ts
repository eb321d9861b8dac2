// Builds the example flows (mock/flows/*.json, examples/testing/flows/*.json) from the running real server's own
// component templates
// (`GET /api/v1/all`), so the same flow JSON runs on the real Langflow and on the mock. None needs a model
// provider, so they run on a bare server.
//
//   npm run make-example-flows            (needs scripts/langflow-server start; reads .langflow/credentials.env)
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import {
  credentials,
  fetchComponents,
  findTemplate,
  flow,
  type Template,
  withVariables,
} from "./lib/flow-builder";

const ROOT = resolve(import.meta.dirname, "..");
const OUT = join(ROOT, "mock/flows");

async function main(): Promise<void> {
  const { url, key } = credentials(ROOT);
  const all = await fetchComponents(url, key);
  const find = (name: string) => findTemplate(all, name);
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
          template: withVariables(prompt, "question"),
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
          template: withVariables(prompt, "text"),
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
  // The README's "exported flow with an OpenAI model and an agent" (runs on the mock through stand-ins).
  const agentFlow = supportAgent(find);
  mkdirSync(join(ROOT, "examples/testing/flows"), { recursive: true });
  writeFileSync(
    join(ROOT, "examples/testing/flows/support-agent.json"),
    `${JSON.stringify(agentFlow, null, 2)}\n`,
  );
  console.log("examples/testing/flows/support-agent.json");
}

const OPENAI = [{ name: "gpt-4o-mini", provider: "OpenAI", metadata: {} }];

/** ChatInput -> Agent (OpenAI, a URL tool) -> Language Model (OpenAI, polishes the answer) -> ChatOutput. */
function supportAgent(find: (name: string) => Template) {
  const url = structuredClone(find("URLComponent"));
  // As the UI saves a component switched to tool mode: its only output is the toolset an agent uses.
  url.tool_mode = true;
  url.outputs = [
    { name: "component_as_tool", display_name: "Toolset", method: "to_toolkit", types: ["Tool"] },
  ];
  const agent = structuredClone(find("Agent"));
  const model = structuredClone(find("LanguageModelComponent"));
  for (const t of [agent, model]) {
    const key = t.template.api_key;
    if (key) Object.assign(key, { value: "OPENAI_API_KEY", load_from_db: true });
  }
  return flow(
    "Support agent",
    "An agent with a URL tool answers; an OpenAI model rewrites the answer for the customer.",
    "support-agent",
    [
      { id: "ChatInput-sup01", type: "ChatInput", template: find("ChatInput") },
      { id: "URLComponent-sup01", type: "URLComponent", template: url },
      {
        id: "Agent-sup01",
        type: "Agent",
        template: agent,
        values: {
          model: OPENAI,
          system_prompt: "You answer questions about orders. Look them up with the URL tool.",
        },
      },
      {
        id: "LanguageModelComponent-sup01",
        type: "LanguageModelComponent",
        template: model,
        values: { model: OPENAI, system_message: "Rewrite this answer for a customer, warmly and briefly." },
      },
      { id: "ChatOutput-sup01", type: "ChatOutput", template: find("ChatOutput") },
    ],
    [
      { from: "ChatInput-sup01", output: "message", to: "Agent-sup01", field: "input_value" },
      { from: "URLComponent-sup01", output: "component_as_tool", to: "Agent-sup01", field: "tools" },
      { from: "Agent-sup01", output: "response", to: "LanguageModelComponent-sup01", field: "input_value" },
      {
        from: "LanguageModelComponent-sup01",
        output: "text_output",
        to: "ChatOutput-sup01",
        field: "input_value",
      },
    ],
  );
}

main().catch((error: unknown) => {
  console.error(`make-example-flows: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
