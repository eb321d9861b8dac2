// Split Text — reproduces lfx 1.13.0 processing/split_text.py (SplitTextComponent) with LangChain's
// CharacterTextSplitter (split on the separator, merge pieces up to chunk_size with chunk_overlap): a table of
// chunks, each row the chunk's text and its source's other fields.
import { dataItems, table } from "../../values";
import { boolParam, intParam, textParam, valuesParam } from "../params";
import { type Component, ComponentError } from "../types";

function unescapeSeparator(sep: string): string {
  if (sep === "/n") return "\n";
  if (sep === "/t") return "\t";
  return sep.replace(/\\n/g, "\n").replace(/\\t/g, "\t").replace(/\\r/g, "\r");
}

function splitPieces(text: string, sep: string, keep: false | true | "start" | "end"): string[] {
  if (!sep) return [...text].filter((s) => s !== "");
  const parts = text.split(sep);
  if (!keep) return parts.filter((s) => s !== "");
  const out =
    keep === "end"
      ? parts.map((p, i) => (i < parts.length - 1 ? p + sep : p))
      : parts.map((p, i) => (i > 0 ? sep + p : p));
  return out.filter((s) => s !== "");
}

/** LangChain TextSplitter._merge_splits. */
function mergeSplits(splits: string[], sep: string, size: number, overlap: number): string[] {
  const docs: string[] = [];
  let current: string[] = [];
  let total = 0;
  const join = (parts: string[]) => {
    const t = parts.join(sep).trim();
    if (t !== "") docs.push(t);
  };
  for (const d of splits) {
    const extra = () => (current.length > 0 ? sep.length : 0);
    if (total + d.length + extra() > size) {
      if (current.length > 0) {
        join(current);
        while (total > overlap || (total + d.length + extra() > size && total > 0)) {
          total -= (current[0]?.length ?? 0) + (current.length > 1 ? sep.length : 0);
          current = current.slice(1);
        }
      }
    }
    current.push(d);
    total += d.length + (current.length > 1 ? sep.length : 0);
  }
  join(current);
  return docs;
}

export const splitText: Component = {
  kind: "faithful",
  reproduces: "Split Text (lfx 1.13.0, processing/split_text.py)",
  run(ctx) {
    const inputs = valuesParam(ctx, "data_inputs").flatMap(dataItems);
    if (inputs.length === 0) throw new ComponentError("No data inputs provided", "TypeError");
    const sep = unescapeSeparator(textParam(ctx, "separator", "\n"));
    const keepRaw = textParam(ctx, "keep_separator", "False").toLowerCase();
    const keep =
      keepRaw === "true" ? true : keepRaw === "start" ? "start" : keepRaw === "end" ? "end" : false;
    const size = intParam(ctx, "chunk_size", 1000);
    const overlap = intParam(ctx, "chunk_overlap", 200);
    const textKey = textParam(ctx, "text_key", "text") || "text";
    const clean = boolParam(ctx, "clean_output", false);
    const rows: Record<string, unknown>[] = [];
    for (const item of inputs) {
      const { [textKey]: raw, ...metadata } = item.data;
      const pieces = splitPieces(String(raw ?? ""), sep, keep);
      for (const chunk of mergeSplits(pieces, keep ? "" : sep, size, overlap))
        rows.push(clean ? { text: chunk } : { text: chunk, ...metadata });
    }
    return { dataframe: table(rows), chunks: table(rows) };
  },
};
