// Component registry: vertex type → implementation.
import { chatInput, chatOutput, textInput, textOutput, webhook } from "./io";
import { promptTemplate } from "./prompt";
import { mockDelay, mockFailure, mockModel } from "./test-components";
import type { Component } from "./types";

export const components: Record<string, Component> = {
  ChatInput: chatInput,
  ChatOutput: chatOutput,
  TextInput: textInput,
  TextOutput: textOutput,
  Prompt: promptTemplate,
  "Prompt Template": promptTemplate,
  Webhook: webhook,
  MockModel: mockModel,
  MockFailure: mockFailure,
  MockDelay: mockDelay,
};

export const INPUT_TYPES = new Set(["ChatInput", "TextInput"]);
export const OUTPUT_TYPES = new Set(["ChatOutput", "TextOutput"]);
