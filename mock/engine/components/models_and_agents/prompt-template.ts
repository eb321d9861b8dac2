// Prompt Template (type "Prompt" in older exports) — reproduces lfx 1.13.0 models_and_agents/prompt.py
// (Message.from_template): {variables} filled the way Python's str.format does (a missing one is a KeyError),
// or {{variables}} with `use_double_brackets` (lfx utils/mustache_security.py: unknown ones become "").
import { pyFormat } from "../../python-text";
import { message, textOf } from "../../values";
import { boolParam, textParam } from "../params";
import { type Component, ComponentError } from "../types";

const NOT_VARIABLES = new Set(["template", "use_double_brackets", "tool_placeholder", "code", "_type"]);
const MUSTACHE_VARIABLE = /\{\{([a-zA-Z_][a-zA-Z0-9_]*)\}\}/g;
const MUSTACHE_BLOCKED = /\{\{[{#/^&>!.]/;

export const promptTemplate: Component = {
  kind: "faithful",
  reproduces: "Prompt Template (lfx 1.13.0, models_and_agents/prompt.py)",
  run(ctx) {
    const template = textParam(ctx, "template");
    const variables: Record<string, string> = {};
    for (const [name, value] of Object.entries(ctx.params))
      if (!NOT_VARIABLES.has(name))
        variables[name] = Array.isArray(value) ? value.map(textOf).join("\n") : textOf(value);
    let text: string;
    if (boolParam(ctx, "use_double_brackets", false)) {
      if (MUSTACHE_BLOCKED.test(template))
        throw new ComponentError(
          "Complex mustache syntax is not allowed. Only simple variable substitution like {{variable}} is supported.",
        );
      text = template.replace(MUSTACHE_VARIABLE, (_, name: string) => variables[name] ?? "");
    } else {
      text = pyFormat(template, variables);
    }
    return { prompt: message(text) };
  },
};
