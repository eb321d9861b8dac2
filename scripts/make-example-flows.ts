// Builds the example flows (mock/flows/*.json) from the running real server's own component templates
// (`GET /api/v1/all`), so the same flow JSON runs on the real Langflow and on the mock. None needs a model
// provider, so they run on a bare server.
//
//   npm run make-example-flows            (needs scripts/langflow-server start; reads .langflow/credentials.env)
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { credentials, fetchComponents, findTemplate, flow, withVariables } from "./lib/flow-builder";

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
}

main().catch((error: unknown) => {
  console.error(`make-example-flows: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
