// The checks 1.13.0 makes on a parsed v2 run request once the caller is known: the stream protocol, and the
// fields each mode accepts (some need the flow: `output_ids` must name its outputs).
import { buildGraph, terminalIds } from "../../engine/graph/parse";
import { PROTOCOLS, type ProtocolName } from "../../engine/protocols";
import { v2Error } from "../../http/errors";
import type { FlowRecord } from "../../state/flows";
import { pyList } from "./errors";
import type { RunRequestBody } from "./request";

export function checkStreamProtocol(name: string): ProtocolName {
  if (!PROTOCOLS.includes(name as ProtocolName)) {
    throw v2Error(422, {
      error: "Unknown stream_protocol",
      code: "UNKNOWN_STREAM_PROTOCOL",
      message: `Unknown stream_protocol '${name}'.`,
      available: [...PROTOCOLS],
    });
  }
  return name as ProtocolName;
}

const SYNC_ONLY_NOT = ["data", "files", "start_component_id", "stop_component_id"] as const;

/** As 1.13.0 counts them: `data` when not null (even `{}`), the others when non-empty. */
function present(field: (typeof SYNC_ONLY_NOT)[number], value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (field === "data") return true;
  if (Array.isArray(value)) return value.length > 0;
  return value !== "";
}

export function checkModeFields(body: RunRequestBody, flow: FlowRecord): void {
  if (body.mode === "sync") {
    const fields = SYNC_ONLY_NOT.filter((f) => present(f, body[f]));
    if (fields.length > 0) {
      throw v2Error(422, {
        error: "Unsupported sync request fields",
        code: "SYNC_MODE_UNSUPPORTED_FIELDS",
        message: `mode='sync' does not support request fields: ${fields.join(", ")}. Use mode='stream' or mode='background' for live-canvas overrides, files, or partial-run boundaries.`,
        fields: [...fields],
      });
    }
    if (body.output_ids) {
      let available: string[];
      try {
        available = terminalIds(buildGraph(flow.data));
      } catch {
        available = [];
      }
      const unknown = body.output_ids.filter((id) => !available.includes(id));
      if (unknown.length > 0) {
        throw v2Error(422, {
          error: "Unknown output_ids",
          code: "UNKNOWN_OUTPUT_IDS",
          message: `output_ids not produced by this flow: ${pyList(unknown)}.`,
          available,
        });
      }
    }
  } else if (body.output_ids !== null) {
    throw v2Error(422, {
      error: "Unsupported request fields for mode",
      code: "MODE_UNSUPPORTED_FIELDS",
      message: `mode='${body.mode}' does not support request fields: output_ids. Output selection via output_ids only applies to mode='sync'.`,
      fields: ["output_ids"],
    });
  }
}
