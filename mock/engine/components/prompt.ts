// "Prompt Template" (type "Prompt" in older exports): fills {variables} from its fields / connected inputs.
import type { Component } from "./types";
import { textOf } from "./types";

export const promptTemplate: Component = {
  run({ vertex, params }) {
    const template = textOf(params.template);
    const doubleBrackets = params.use_double_brackets === true;
    const pattern = doubleBrackets ? /\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g : /\{([A-Za-z_][\w-]*)\}/g;
    const text = template.replace(pattern, (_, name: string) => textOf(params[name]));
    return {
      outputs: {
        prompt: {
          text,
          source: { id: vertex.id, display_name: vertex.displayName, source: vertex.displayName },
        },
      },
    };
  },
};
