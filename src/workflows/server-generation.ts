// Which Workflow API body a server takes, from its version: 1.11 replaced background/stream/inputs
// with mode/input_value/tweaks/stream_protocol.
import type { ServerGeneration } from "./types";

export function generationOf(version: string): ServerGeneration {
  const match = /^(\d+)\.(\d+)/.exec(version.trim());
  if (!match) return "current";
  const major = Number(match[1]);
  const minor = Number(match[2]);
  return major > 1 || (major === 1 && minor >= 11) ? "current" : "1.10";
}
