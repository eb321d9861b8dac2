// If-Else (type "ConditionalRouter") — reproduces lfx 1.13.0 flow_controls/conditional_router.py: compares the
// input text with the match text; the branch not taken is stopped (its vertices do not run). max_iterations only
// matters inside cycles, which the mock runs through Loop components only.
import { message } from "../../values";
import { boolParam, textParam, valueParam } from "../params";
import type { Component, ComponentContext } from "../types";

function evaluate(input: string, match: string, operator: string, caseSensitive: boolean): boolean {
  if (!caseSensitive && operator !== "regex") {
    input = input.toLowerCase();
    match = match.toLowerCase();
  }
  switch (operator) {
    case "equals":
      return input === match;
    case "not equals":
      return input !== match;
    case "contains":
      return input.includes(match);
    case "starts with":
      return input.startsWith(match);
    case "ends with":
      return input.endsWith(match);
    case "regex":
      try {
        return new RegExp(`^(?:${match})`).test(input);
      } catch {
        return false;
      }
    default: {
      const a = Number(input.trim());
      const b = Number(match.trim());
      if (!input.trim() || !match.trim() || !Number.isFinite(a) || !Number.isFinite(b)) return false;
      if (operator === "less than") return a < b;
      if (operator === "less than or equal") return a <= b;
      if (operator === "greater than") return a > b;
      if (operator === "greater than or equal") return a >= b;
      return false;
    }
  }
}

/** A case message when it has text, else the input text (ConditionalRouter._resolve_case_message). */
function caseMessage(ctx: ComponentContext, field: string, input: string) {
  const value = valueParam(ctx, field);
  if (value?.kind === "message" && (value.text || value.files.length > 0 || value.content_blocks.length > 0))
    return value;
  return message(input);
}

export const conditionalRouter: Component = {
  kind: "faithful",
  reproduces: "If-Else / ConditionalRouter (lfx 1.13.0, flow_controls/conditional_router.py)",
  run(ctx) {
    const input = textParam(ctx, "input_text");
    const result = evaluate(
      input,
      textParam(ctx, "match_text"),
      textParam(ctx, "operator", "equals") || "equals",
      boolParam(ctx, "case_sensitive", true),
    );
    ctx.stop(result ? "false_result" : "true_result");
    return {
      true_result: result ? caseMessage(ctx, "true_case_message", input) : message(""),
      false_result: result ? message("") : caseMessage(ctx, "false_case_message", input),
    };
  },
};
