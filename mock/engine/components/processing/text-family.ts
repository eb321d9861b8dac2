// Small text components — reproduce lfx 1.13.0 processing/combine_text.py (Combine Text), regex.py (Regex
// Extractor), create_list.py (Create List).
import { data, list, message, table } from "../../values";
import { stringsParam, textParam } from "../params";
import type { Component } from "../types";

export const combineText: Component = {
  kind: "faithful",
  reproduces: "Combine Text (lfx 1.13.0, processing/combine_text.py)",
  run: (ctx) => ({
    combined_text: message(
      [textParam(ctx, "text1"), textParam(ctx, "text2")].join(textParam(ctx, "delimiter", " ")),
    ),
  }),
};

/** Python re.findall: whole matches, or the first group's text when the pattern has groups. */
function findAll(pattern: string, text: string): string[] {
  const re = new RegExp(pattern, "g");
  return [...text.matchAll(re)].map((m) =>
    m.length > 1 ? (m.length === 2 ? (m[1] ?? "") : m.slice(1).join("")) : m[0],
  );
}

export const regexExtractor: Component = {
  kind: "faithful",
  reproduces: "Regex Extractor (lfx 1.13.0, processing/regex.py)",
  run(ctx) {
    const pattern = textParam(ctx, "pattern");
    const input = textParam(ctx, "input_text");
    let matches: { match?: string; error?: string }[] = [];
    if (pattern && input) {
      try {
        matches = findAll(pattern, input)
          .filter(Boolean)
          .map((match) => ({ match }));
      } catch (error) {
        matches = [{ error: `Invalid regex pattern: ${(error as Error).message}` }];
      }
    }
    const text =
      matches.length === 0
        ? "No matches found"
        : matches[0]?.error !== undefined
          ? String(matches[0].error)
          : matches.map((m) => m.match).join("\n");
    return { data: list(matches.map((m) => data(m))), text: message(text) };
  },
};

export const createList: Component = {
  kind: "faithful",
  reproduces: "Create List (lfx 1.13.0, processing/create_list.py)",
  run(ctx) {
    const items = stringsParam(ctx, "texts").map((text) => data({ text }));
    return { list: list(items), dataframe: table(items.map((d) => d.data)) };
  },
};
