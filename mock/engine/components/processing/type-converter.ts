// Type Convert — reproduces lfx 1.13.0 processing/converter.py (TypeConverterComponent): Message ⇄ JSON (Data) ⇄
// Table (DataFrame); with auto_parse, JSON (or CSV) text becomes structured data. Also Message to Data
// (processing/message_to_data.py) and Data → DataFrame (processing/data_to_dataframe.py).
import {
  type DataValue,
  data,
  dataItems,
  type LfValue,
  message,
  messageDataDict,
  table,
  toData,
  toMessage,
  toTable,
} from "../../values";
import { boolParam, valueParam, valuesParam } from "../params";
import { type Component, ComponentError } from "../types";

function parseStructured(d: DataValue): DataValue {
  const raw = String(d.data.text ?? "")
    .replace(/^\ufeff/, "")
    .trim();
  try {
    const parsed = JSON.parse(raw) as unknown;
    if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed))
      return data(parsed as Record<string, unknown>);
    if (
      Array.isArray(parsed) &&
      parsed.every((x) => typeof x === "object" && x !== null && !Array.isArray(x))
    )
      return data({ records: parsed });
  } catch {
    // not JSON: maybe CSV
  }
  const lines = raw.split("\n");
  if (lines.length >= 2 && lines[0]?.includes(",")) {
    const header = (lines[0] ?? "").split(",").map((h) => h.trim());
    const records = lines
      .slice(1)
      .filter(Boolean)
      .map((line) => {
        const cells = line.split(",");
        return Object.fromEntries(header.map((h, i) => [h, csvCell(cells[i])]));
      });
    return data({ records });
  }
  return d;
}

function csvCell(cell: string | undefined): unknown {
  const t = (cell ?? "").trim();
  return t !== "" && Number.isFinite(Number(t)) ? Number(t) : t;
}

function convert(input: LfValue, auto: boolean) {
  const asData = input.kind === "message" ? data({ text: input.text }) : toData(input);
  return {
    message_output: toMessage(input),
    data_output: input.kind === "message" && auto ? parseStructured(asData) : asData,
    dataframe_output:
      input.kind === "message" ? toTable(auto ? parseStructured(asData) : asData) : toTable(input),
  };
}

export const typeConverter: Component = {
  kind: "faithful",
  reproduces: "Type Convert (lfx 1.13.0, processing/converter.py)",
  run(ctx) {
    const input = valueParam(ctx, "input_data");
    if (!input) throw new ComponentError("Input data cannot be None");
    return convert(input, boolParam(ctx, "auto_parse", false));
  },
};

export const messageToData: Component = {
  kind: "faithful",
  reproduces: "Message to Data (lfx 1.13.0, processing/message_to_data.py)",
  run(ctx) {
    const input = valueParam(ctx, "message");
    if (input?.kind !== "message")
      return { data: data({ error: "Error converting Message to Data: Input must be a Message object" }) };
    return { data: data(messageDataDict(input)) };
  },
};

export const dataToDataFrame: Component = {
  kind: "faithful",
  reproduces: "Data → DataFrame (lfx 1.13.0, processing/data_to_dataframe.py)",
  run(ctx) {
    const rows = valuesParam(ctx, "data_list")
      .flatMap(dataItems)
      .map((d) => ({ ...d.data }));
    return { dataframe: table(rows) };
  },
};

export { message };
