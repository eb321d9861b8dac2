// Stand-ins for components that fetch from an outside service (web pages, search engines, APIs, databases, file
// storage, knowledge bases, transcription, ...): the configuration errors the real component raises before it
// calls out, then an answer from the script or "[mock <component>] <input>", in each output's type (a Message,
// a Data, a table of rows, a toolset).
import type { Vertex } from "../../types";
import { data, type LfValue, list, message, table } from "../../values";
import { stringsParam, textParam } from "../params";
import { answer } from "../stand-in";
import { toolsetHandle } from "../tools/tool-stand-in";
import { type Component, type ComponentContext, ComponentError } from "../types";

export interface ServiceSpec {
  reproduces: string;
  /** Fields holding what the service is asked (query, URL, path, ...): the first non-empty one is the input. */
  inputFields: string[];
  /** A configuration error the real component raises before calling out, or undefined. */
  check?(ctx: ComponentContext, input: string): string | undefined;
  /** One result row with the real component's columns (default: {text}). */
  row?(text: string, input: string, ctx: ComponentContext): Record<string, unknown>;
}

/** The value of one output, by its declared type (rows of a table or Data list are `row`). */
export function valueOfType(
  vertex: Vertex,
  output: string,
  text: string,
  row: Record<string, unknown> = { text },
): LfValue {
  const types = vertex.outputs.find((o) => o.name === output)?.types ?? ["Message"];
  if (types.some((t) => t === "Tool")) return toolsetHandle(vertex);
  if (types.some((t) => t === "DataFrame" || t === "Table")) return table([row]);
  if (types.some((t) => t === "Data" || t === "JSON"))
    return output.includes("results") ? list([data(row)]) : data(row);
  if (types.some((t) => ["VectorStore", "Retriever", "Embeddings", "Memory", "LanguageModel"].includes(t)))
    return {
      kind: "handle",
      handle: types[0] ?? "Object",
      ownerId: vertex.id,
      ownerName: vertex.displayName,
    };
  return message(text);
}

export function inputOf(ctx: ComponentContext, fields: string[]): string {
  for (const field of fields) {
    const value = Array.isArray(ctx.params[field])
      ? stringsParam(ctx, field).join("\n")
      : textParam(ctx, field);
    if (value) return value;
  }
  return "";
}

export function serviceStandIn(spec: ServiceSpec): Component {
  return {
    kind: "stand-in",
    reproduces: spec.reproduces,
    async run(ctx) {
      const input = inputOf(ctx, spec.inputFields);
      const problem = spec.check?.(ctx, input);
      if (problem) throw new ComponentError(problem);
      const reply = await answer(ctx, input, () => `[mock ${ctx.vertex.displayName}] ${input}`);
      const row = spec.row ? spec.row(reply.text, input, ctx) : { text: reply.text };
      return Object.fromEntries(ctx.wanted.map((o) => [o, valueOfType(ctx.vertex, o, reply.text, row)]));
    },
  };
}
