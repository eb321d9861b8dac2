// TextInput and TextOutput — reproduce lfx 1.13.0 input_output/text.py and text_output.py (legacy): text in, a
// Message out, no chat history.

import { message } from "../../values";
import { textParam } from "../params";
import type { Component } from "../types";

export const textInput: Component = {
  kind: "faithful",
  reproduces: "TextInput (lfx 1.13.0, input_output/text.py)",
  run: (ctx) => ({ text: message(textParam(ctx, "input_value")) }),
};

export const textOutput: Component = {
  kind: "faithful",
  reproduces: "TextOutput (lfx 1.13.0, input_output/text_output.py)",
  run: (ctx) => ({ text: message(textParam(ctx, "input_value")) }),
};
