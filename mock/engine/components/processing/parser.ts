// Parser — reproduces lfx 1.13.0 processing/parser.py (ParserComponent): each row of a table or each Data through
// the template (`{key}`; a missing key is "" for Data and a KeyError for a table row), joined by `sep`; or the
// input as a string in Stringify mode. Also the legacy ParseData / ParseDataFrame (processing/parse_data.py,
// parse_dataframe.py), which do the same with `template`.
import { pyFormat } from "../../python-text";
import { type LfValue, message, safeConvert } from "../../values";
import { boolParam, textParam, valueParam, valuesParam } from "../params";
import { type Component, type ComponentContext, ComponentError } from "../types";

function parse(
  ctx: ComponentContext,
  input: LfValue | LfValue[] | undefined,
  pattern: string,
  sep: string,
): string {
  const lines: string[] = [];
  const items = Array.isArray(input) ? input : input ? [input] : [];
  if (items.length === 0)
    throw new ComponentError(
      `Unsupported input type: <class 'NoneType'>. Expected DataFrame, Data, or list[Data].`,
    );
  for (const item of items) {
    if (item.kind === "table") for (const row of item.rows) lines.push(pyFormat(pattern, row));
    else if (item.kind === "data") lines.push(pyFormat(pattern, item.data, { value: item.defaultValue }));
    else if (item.kind === "list") lines.push(parse(ctx, item.items, pattern, sep));
    else if (item.kind === "message") lines.push(pyFormat(pattern, { text: item.text }, { value: "" }));
    else
      throw new ComponentError(
        `Unsupported input type: ${item.kind}. Expected DataFrame, Data, or list[Data].`,
      );
  }
  return lines.join(sep);
}

export const parser: Component = {
  kind: "faithful",
  reproduces: "Parser (lfx 1.13.0, processing/parser.py)",
  run(ctx) {
    const input = valuesParam(ctx, "input_data");
    if (textParam(ctx, "mode") === "Stringify") {
      const clean = boolParam(ctx, "clean_data", false);
      return { parsed_text: message(input.map((v) => safeConvert(v, { clean })).join("\n")) };
    }
    const sep = ctx.params.sep === undefined || ctx.params.sep === null ? "\n" : textParam(ctx, "sep");
    return {
      parsed_text: message(parse(ctx, input.length > 1 ? input : input[0], textParam(ctx, "pattern"), sep)),
    };
  },
};

/** ParseData (legacy): `data` through `template`, joined by `sep`. */
export const parseData: Component = {
  kind: "faithful",
  reproduces: "Parse Data (lfx 1.13.0, processing/parse_data.py)",
  run(ctx) {
    const text = parse(
      ctx,
      valuesParam(ctx, "data"),
      textParam(ctx, "template", "{text}"),
      textParam(ctx, "sep", "\n"),
    );
    return { text: message(text), data_list: valueParam(ctx, "data") ?? message("") };
  },
};

/** ParseDataFrame (legacy): each row through `template`, joined by `sep`. */
export const parseDataFrame: Component = {
  kind: "faithful",
  reproduces: "Parse DataFrame (lfx 1.13.0, processing/parse_dataframe.py)",
  run(ctx) {
    const text = parse(
      ctx,
      valueParam(ctx, "df"),
      textParam(ctx, "template", "{text}"),
      textParam(ctx, "sep", "\n"),
    );
    return { text: message(text) };
  },
};
