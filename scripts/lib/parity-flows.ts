// The parity flows (test/fixtures/parity-flows/*.json): built only from real Langflow components that need no
// outside service, from the pinned server's own templates, so the contract suite can run each on the mock and
// on the real server and compare the answers. `npm run make-parity-flows` rewrites them.
import {
  type AllComponents,
  type EdgeSpec,
  findTemplate,
  flow,
  type NodeSpec,
  type Template,
  withVariables,
} from "./flow-builder";

export interface ParityFlowSpec {
  description: string;
  nodes: NodeSpec[];
  edges: EdgeSpec[];
}

/** Custom components (Python code the server builds) some parity flows use: class name → code. */
export const CUSTOM_COMPONENTS: Record<string, string> = {
  // Chunks must be LangChain message chunks: a generator of plain strings fails ('str' object has no attribute
  // 'content') and 1.13.0's v1 stream then never ends.
  StreamEcho: `from langchain_core.messages import AIMessageChunk
from lfx.custom.custom_component.component import Component
from lfx.io import MessageTextInput, Output
from lfx.schema.message import Message


class StreamEcho(Component):
    display_name = "Stream Echo"
    description = "Answers 'You said: <input>' word by word, as a streaming model does (no provider needed)."
    inputs = [MessageTextInput(name="input_value", display_name="Input")]
    outputs = [Output(display_name="Message", name="message", method="build_message")]

    def build_message(self) -> Message:
        words = f"You said: {self.input_value}".split(" ")

        def chunks():
            for i, word in enumerate(words):
                yield AIMessageChunk(content=word if i == 0 else " " + word)

        return Message(text=chunks())
`,
  Boom: `from lfx.custom.custom_component.component import Component
from lfx.io import MessageTextInput, Output
from lfx.schema.message import Message


class Boom(Component):
    display_name = "Boom"
    description = "Fails with a ValueError (a component that breaks at run time)."
    inputs = [MessageTextInput(name="input_value", display_name="Input")]
    outputs = [Output(display_name="Message", name="message", method="build_message")]

    def build_message(self) -> Message:
        raise ValueError("boom from a custom component")
`,
};

/** Every parity flow by file name (also its endpoint name); `custom` holds the CUSTOM_COMPONENTS templates. */
export function parityFlows(
  all: AllComponents,
  custom: Record<string, Template> = {},
): Record<string, ReturnType<typeof flow>> {
  const t = (name: string) => custom[name] ?? findTemplate(all, name);
  const chatIn = (id = "ChatInput-par01"): NodeSpec => ({ id, type: "ChatInput", template: t("ChatInput") });
  const chatOut = (id = "ChatOutput-par01"): NodeSpec => ({
    id,
    type: "ChatOutput",
    template: t("ChatOutput"),
  });
  const specs: Record<string, ParityFlowSpec> = {
    "parity-if-else": {
      description: "ChatInput -> If-Else (contains 'yes', case-insensitive) -> one of two ChatOutputs.",
      nodes: [
        chatIn(),
        {
          id: "ConditionalRouter-par01",
          type: "ConditionalRouter",
          template: t("ConditionalRouter"),
          values: { operator: "contains", match_text: "yes", case_sensitive: false },
        },
        chatOut("ChatOutput-yes01"),
        chatOut("ChatOutput-no001"),
      ],
      edges: [
        { from: "ChatInput-par01", output: "message", to: "ConditionalRouter-par01", field: "input_text" },
        {
          from: "ConditionalRouter-par01",
          output: "true_result",
          to: "ChatOutput-yes01",
          field: "input_value",
        },
        {
          from: "ConditionalRouter-par01",
          output: "false_result",
          to: "ChatOutput-no001",
          field: "input_value",
        },
      ],
    },
    "parity-convert-parse": {
      description: "ChatInput -> Type Convert (JSON) -> Parser ('Got: {text}') -> ChatOutput.",
      nodes: [
        chatIn(),
        {
          id: "TypeConverterComponent-par01",
          type: "TypeConverterComponent",
          template: t("TypeConverterComponent"),
          values: { output_type: "JSON" },
        },
        {
          id: "ParserComponent-par01",
          type: "ParserComponent",
          template: t("ParserComponent"),
          values: { pattern: "Got: {text}" },
        },
        chatOut(),
      ],
      edges: [
        {
          from: "ChatInput-par01",
          output: "message",
          to: "TypeConverterComponent-par01",
          field: "input_data",
        },
        {
          from: "TypeConverterComponent-par01",
          output: "data_output",
          to: "ParserComponent-par01",
          field: "input_data",
        },
        {
          from: "ParserComponent-par01",
          output: "parsed_text",
          to: "ChatOutput-par01",
          field: "input_value",
        },
      ],
    },
    "parity-memory": {
      description: "Message History (this session) and ChatInput -> Prompt Template -> ChatOutput.",
      nodes: [
        chatIn(),
        { id: "Memory-par01", type: "Memory", template: t("Memory"), values: { n_messages: 10 } },
        {
          id: "Prompt-par01",
          type: "Prompt Template",
          template: withVariables(t("Prompt Template"), "history", "question"),
          values: { template: "History:\n{history}\nNow: {question}" },
        },
        chatOut(),
      ],
      edges: [
        { from: "Memory-par01", output: "messages_text", to: "Prompt-par01", field: "history" },
        { from: "ChatInput-par01", output: "message", to: "Prompt-par01", field: "question" },
        { from: "Prompt-par01", output: "prompt", to: "ChatOutput-par01", field: "input_value" },
      ],
    },
    "parity-loop": {
      description:
        "ChatInput -> Split Text (words) -> Loop over Parser ('item {text}') -> Parser (joined) -> ChatOutput.",
      nodes: [
        chatIn(),
        {
          id: "SplitText-par01",
          type: "SplitText",
          template: t("SplitText"),
          values: { separator: " ", chunk_size: 1, chunk_overlap: 0 },
        },
        { id: "LoopComponent-par01", type: "LoopComponent", template: t("LoopComponent") },
        {
          id: "ParserComponent-body1",
          type: "ParserComponent",
          template: t("ParserComponent"),
          values: { pattern: "item {text}" },
        },
        {
          id: "ParserComponent-done1",
          type: "ParserComponent",
          template: t("ParserComponent"),
          values: { pattern: "{text}", sep: ", " },
        },
        chatOut(),
      ],
      edges: [
        { from: "ChatInput-par01", output: "message", to: "SplitText-par01", field: "data_inputs" },
        { from: "SplitText-par01", output: "dataframe", to: "LoopComponent-par01", field: "data" },
        { from: "LoopComponent-par01", output: "item", to: "ParserComponent-body1", field: "input_data" },
        { from: "ParserComponent-body1", output: "parsed_text", to: "LoopComponent-par01", field: "item" },
        { from: "LoopComponent-par01", output: "done", to: "ParserComponent-done1", field: "input_data" },
        {
          from: "ParserComponent-done1",
          output: "parsed_text",
          to: "ChatOutput-par01",
          field: "input_value",
        },
      ],
    },
    "parity-combine-text": {
      description: "ChatInput -> Combine Text (with ' + ' and 'world') -> ChatOutput.",
      nodes: [
        chatIn(),
        {
          id: "CombineText-par01",
          type: "CombineText",
          template: t("CombineText"),
          values: { text2: "world", delimiter: " + " },
        },
        chatOut(),
      ],
      edges: [
        { from: "ChatInput-par01", output: "message", to: "CombineText-par01", field: "text1" },
        { from: "CombineText-par01", output: "combined_text", to: "ChatOutput-par01", field: "input_value" },
      ],
    },
    "parity-regex": {
      description: "ChatInput -> Regex Extractor (numbers, as text) -> ChatOutput.",
      nodes: [
        chatIn(),
        {
          id: "RegexExtractorComponent-par01",
          type: "RegexExtractorComponent",
          template: t("RegexExtractorComponent"),
          values: { pattern: "\\d+" },
        },
        chatOut(),
      ],
      edges: [
        {
          from: "ChatInput-par01",
          output: "message",
          to: "RegexExtractorComponent-par01",
          field: "input_text",
        },
        {
          from: "RegexExtractorComponent-par01",
          output: "text",
          to: "ChatOutput-par01",
          field: "input_value",
        },
      ],
    },
    "parity-json-output": {
      description: "ChatInput -> Type Convert (JSON) -> ChatOutput (JSON shown as a fenced block).",
      nodes: [
        chatIn(),
        {
          id: "TypeConverterComponent-par01",
          type: "TypeConverterComponent",
          template: t("TypeConverterComponent"),
          values: { output_type: "JSON" },
        },
        chatOut(),
      ],
      edges: [
        {
          from: "ChatInput-par01",
          output: "message",
          to: "TypeConverterComponent-par01",
          field: "input_data",
        },
        {
          from: "TypeConverterComponent-par01",
          output: "data_output",
          to: "ChatOutput-par01",
          field: "input_value",
        },
      ],
    },
    "parity-table-output": {
      description: "ChatInput -> Type Convert (Table) -> ChatOutput (a table shown as Markdown).",
      nodes: [
        chatIn(),
        {
          id: "TypeConverterComponent-par01",
          type: "TypeConverterComponent",
          template: t("TypeConverterComponent"),
          values: { output_type: "Table" },
        },
        chatOut(),
      ],
      edges: [
        {
          from: "ChatInput-par01",
          output: "message",
          to: "TypeConverterComponent-par01",
          field: "input_data",
        },
        {
          from: "TypeConverterComponent-par01",
          output: "dataframe_output",
          to: "ChatOutput-par01",
          field: "input_value",
        },
      ],
    },
    "parity-pass": {
      description: "ChatInput -> Pass (a Text Input as the ignored message) -> ChatOutput.",
      nodes: [
        chatIn(),
        {
          id: "TextInput-par01",
          type: "TextInput",
          template: t("TextInput"),
          values: { input_value: "ignored" },
        },
        { id: "Pass-par01", type: "Pass", template: t("Pass") },
        chatOut(),
      ],
      edges: [
        { from: "ChatInput-par01", output: "message", to: "Pass-par01", field: "input_message" },
        { from: "TextInput-par01", output: "text", to: "Pass-par01", field: "ignored_message" },
        { from: "Pass-par01", output: "output_message", to: "ChatOutput-par01", field: "input_value" },
      ],
    },
    "parity-mustache": {
      description: "ChatInput -> Prompt Template with double brackets ('Hello {{name}}!') -> ChatOutput.",
      nodes: [
        chatIn(),
        {
          id: "Prompt-par01",
          type: "Prompt Template",
          template: withVariables(t("Prompt Template"), "name"),
          values: { template: "Hello {{name}}! {not a variable}", use_double_brackets: true },
        },
        chatOut(),
      ],
      edges: [
        { from: "ChatInput-par01", output: "message", to: "Prompt-par01", field: "name" },
        { from: "Prompt-par01", output: "prompt", to: "ChatOutput-par01", field: "input_value" },
      ],
    },
    "parity-webhook": {
      description: "Webhook (payload as a JSON object) -> Parser ('order {id}: {item}') -> ChatOutput.",
      nodes: [
        { id: "Webhook-par01", type: "Webhook", template: t("Webhook") },
        {
          id: "ParserComponent-par01",
          type: "ParserComponent",
          template: t("ParserComponent"),
          values: { pattern: "order {id}: {item}" },
        },
        chatOut(),
      ],
      edges: [
        { from: "Webhook-par01", output: "output_data", to: "ParserComponent-par01", field: "input_data" },
        {
          from: "ParserComponent-par01",
          output: "parsed_text",
          to: "ChatOutput-par01",
          field: "input_value",
        },
      ],
    },
    "parity-text-io": {
      description: "Text Input -> Prompt Template -> Text Output (the legacy text components).",
      nodes: [
        { id: "TextInput-par01", type: "TextInput", template: t("TextInput") },
        {
          id: "Prompt-par01",
          type: "Prompt Template",
          template: withVariables(t("Prompt Template"), "text"),
          values: { template: "Text: {text}" },
        },
        { id: "TextOutput-par01", type: "TextOutput", template: t("TextOutput") },
      ],
      edges: [
        { from: "TextInput-par01", output: "text", to: "Prompt-par01", field: "text" },
        { from: "Prompt-par01", output: "prompt", to: "TextOutput-par01", field: "input_value" },
      ],
    },
    "parity-split-parse": {
      description: "ChatInput -> Split Text (on ',') -> Parser ('[{text}]' joined with '|') -> ChatOutput.",
      nodes: [
        chatIn(),
        {
          id: "SplitText-par01",
          type: "SplitText",
          template: t("SplitText"),
          values: { separator: ",", chunk_size: 5, chunk_overlap: 0 },
        },
        {
          id: "ParserComponent-par01",
          type: "ParserComponent",
          template: t("ParserComponent"),
          values: { pattern: "[{text}]", sep: "|" },
        },
        chatOut(),
      ],
      edges: [
        { from: "ChatInput-par01", output: "message", to: "SplitText-par01", field: "data_inputs" },
        { from: "SplitText-par01", output: "dataframe", to: "ParserComponent-par01", field: "input_data" },
        {
          from: "ParserComponent-par01",
          output: "parsed_text",
          to: "ChatOutput-par01",
          field: "input_value",
        },
      ],
    },
    "parity-create-list": {
      description:
        "Create List (three texts) -> Parser ('- {text}') -> ChatOutput, beside an unused ChatInput.",
      nodes: [
        chatIn(),
        {
          id: "CreateList-par01",
          type: "CreateList",
          template: t("CreateList"),
          values: { texts: ["one", "two", "three"] },
        },
        {
          id: "ParserComponent-par01",
          type: "ParserComponent",
          template: t("ParserComponent"),
          values: { pattern: "- {text}" },
        },
        chatOut(),
      ],
      edges: [
        { from: "CreateList-par01", output: "list", to: "ParserComponent-par01", field: "input_data" },
        {
          from: "ParserComponent-par01",
          output: "parsed_text",
          to: "ChatOutput-par01",
          field: "input_value",
        },
      ],
    },
    "parity-model-unset": {
      description:
        "ChatInput -> Language Model with no model selected -> ChatOutput: fails as the real one fails.",
      nodes: [
        chatIn(),
        {
          id: "LanguageModelComponent-par01",
          type: "LanguageModelComponent",
          template: t("LanguageModelComponent"),
        },
        chatOut(),
      ],
      edges: [
        {
          from: "ChatInput-par01",
          output: "message",
          to: "LanguageModelComponent-par01",
          field: "input_value",
        },
        {
          from: "LanguageModelComponent-par01",
          output: "text_output",
          to: "ChatOutput-par01",
          field: "input_value",
        },
      ],
    },
  };
  if (custom.StreamEcho)
    specs["parity-stream-echo"] = {
      description: "ChatInput -> Stream Echo (a custom component streaming its answer) -> ChatOutput.",
      nodes: [chatIn(), { id: "StreamEcho-par01", type: "StreamEcho", template: t("StreamEcho") }, chatOut()],
      edges: [
        { from: "ChatInput-par01", output: "message", to: "StreamEcho-par01", field: "input_value" },
        { from: "StreamEcho-par01", output: "message", to: "ChatOutput-par01", field: "input_value" },
      ],
    };
  if (custom.Boom)
    specs["parity-boom"] = {
      description: "ChatInput -> Boom (a custom component that raises ValueError) -> ChatOutput.",
      nodes: [chatIn(), { id: "Boom-par01", type: "Boom", template: t("Boom") }, chatOut()],
      edges: [
        { from: "ChatInput-par01", output: "message", to: "Boom-par01", field: "input_value" },
        { from: "Boom-par01", output: "message", to: "ChatOutput-par01", field: "input_value" },
      ],
    };
  return Object.fromEntries(
    Object.entries(specs).map(([name, s]) => [name, flow(name, s.description, name, s.nodes, s.edges)]),
  );
}
