// Component registry: a vertex type → the component that runs it, laid out as Langflow keeps them
// (lfx/components/<category>/). A type with no entry is matched by its outputs (a provider model has
// text_output + model_output, a vector store search_results, ...) before it counts as unknown.
import type { Vertex } from "../types";
import { DATA_SOURCE_STAND_INS, searchService } from "./data_source";
import { FILE_STAND_INS } from "./files_and_knowledge";
import { conditionalRouter } from "./flow_controls/conditional-router";
import { humanInput } from "./flow_controls/human-input";
import { loop } from "./flow_controls/loop";
import { pass } from "./flow_controls/pass";
import { runFlow } from "./flow_controls/run-flow";
import { chatInput } from "./input_output/chat-input";
import { chatOutput } from "./input_output/chat-output";
import { textInput, textOutput } from "./input_output/text-io";
import { webhook } from "./input_output/webhook";
import { LLM_OPERATION_STAND_INS } from "./llm_operations";
import { mockDelay, mockFailure, mockModel } from "./mock/test-components";
import { agent } from "./models_and_agents/agent";
import { embeddingModel } from "./models_and_agents/embedding-model";
import { languageModel } from "./models_and_agents/language-model";
import { messageHistory } from "./models_and_agents/message-history";
import { promptTemplate } from "./models_and_agents/prompt-template";
import { parseData, parseDataFrame, parser } from "./processing/parser";
import { splitText } from "./processing/split-text";
import { storeMessage } from "./processing/store-message";
import { combineText, createList, regexExtractor } from "./processing/text-family";
import { dataToDataFrame, messageToData, typeConverter } from "./processing/type-converter";
import type { Component } from "./types";
import { calculator } from "./utilities/calculator";
import { currentDate, idGenerator } from "./utilities/clock-and-ids";
import { VECTOR_STORE_TYPES, vectorStore } from "./vectorstores";

const MODEL_TYPES = [
  "LanguageModelComponent",
  "OpenAIModel",
  "AnthropicModel",
  "AzureOpenAIModel",
  "GoogleGenerativeAIModel",
  "GroqModel",
  "MistralModel",
  "MistralAIModel",
  "OllamaModel",
  "AmazonBedrockModel",
  "AmazonBedrockConverseModel",
  "NVIDIAModelComponent",
  "CohereModel",
  "HuggingFaceModel",
  "LMStudioModel",
  "PerplexityModel",
  "DeepSeekModelComponent",
  "XAIModel",
  "OpenRouterComponent",
  "VertexAiModel",
  "SambaNovaModel",
  "AIMLModel",
  "ChatLiteLLMModel",
  "WatsonxAIComponent",
];

const EMBEDDING_TYPES = ["EmbeddingModel", "OpenAIEmbeddings", "AzureOpenAIEmbeddings", "OllamaEmbeddings"];

export const components: Record<string, Component> = {
  // input_output
  ChatInput: chatInput,
  ChatOutput: chatOutput,
  TextInput: textInput,
  TextOutput: textOutput,
  Webhook: webhook,
  // models_and_agents
  Prompt: promptTemplate,
  "Prompt Template": promptTemplate,
  Memory: messageHistory,
  Agent: agent,
  ...Object.fromEntries(MODEL_TYPES.map((t) => [t, languageModel])),
  ...Object.fromEntries(EMBEDDING_TYPES.map((t) => [t, embeddingModel])),
  // processing
  ParserComponent: parser,
  ParseData: parseData,
  ParseDataFrame: parseDataFrame,
  TypeConverterComponent: typeConverter,
  MessagetoData: messageToData,
  DataToDataFrame: dataToDataFrame,
  CombineText: combineText,
  RegexExtractorComponent: regexExtractor,
  CreateList: createList,
  SplitText: splitText,
  StoreMessage: storeMessage,
  // flow_controls
  ConditionalRouter: conditionalRouter,
  LoopComponent: loop,
  Pass: pass,
  RunFlow: runFlow,
  HumanInput: humanInput,
  // utilities
  CalculatorComponent: calculator,
  CalculatorTool: calculator,
  CurrentDate: currentDate,
  IDGenerator: idGenerator,
  // stand-ins for outside services
  ...DATA_SOURCE_STAND_INS,
  ...FILE_STAND_INS,
  ...LLM_OPERATION_STAND_INS,
  ...Object.fromEntries(VECTOR_STORE_TYPES.map((t) => [t, vectorStore])),
  // mock-only test components
  MockModel: mockModel,
  MockFailure: mockFailure,
  MockDelay: mockDelay,
};

/** Component classes whose type name differs (a node's `metadata.component_class_name`). */
const CLASS_NAMES: Record<string, string> = {
  PromptComponent: "Prompt Template",
  MemoryComponent: "Memory",
  ConditionalRouterComponent: "ConditionalRouter",
  PassMessageComponent: "Pass",
  RunFlowComponent: "RunFlow",
  TextInputComponent: "TextInput",
  TextOutputComponent: "TextOutput",
  WebhookComponent: "Webhook",
  CombineTextComponent: "CombineText",
  SplitTextComponent: "SplitText",
  CreateListComponent: "CreateList",
  MessageToDataComponent: "MessagetoData",
  StoreMessageComponent: "StoreMessage",
  AgentComponent: "Agent",
  FileComponent: "File",
  URLComponent: "URLComponent",
  WebSearchComponent: "UnifiedWebSearch",
  IDGeneratorComponent: "IDGenerator",
  CurrentDateComponent: "CurrentDate",
};

/** The component for a vertex: by type or class, else by the shape of its outputs; undefined when unknown. */
export function componentFor(vertex: Vertex): Component | undefined {
  const className = vertex.className ?? "";
  const known = components[vertex.type] ?? components[CLASS_NAMES[className] ?? className];
  if (known) return known;
  const names = new Set(vertex.outputs.map((o) => o.name));
  const types = new Set(vertex.outputs.flatMap((o) => o.types));
  if (names.has("text_output") && names.has("model_output")) return languageModel;
  if (types.has("Embeddings")) return embeddingModel;
  if (names.has("search_results") || types.has("VectorStore")) return vectorStore;
  if (names.has("response") && "tools" in vertex.fields && "system_prompt" in vertex.fields) return agent;
  if (names.has("api_run_model") || names.has("api_build_tool")) return searchService;
  return undefined;
}
