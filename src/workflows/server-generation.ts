// Which Workflow API body a server takes, from its version: 1.11 replaced background/stream/inputs
// with mode/input_value/tweaks/stream_protocol.
import type { ServerGeneration } from "./types";

/**
 * The Langflow release line (major, minor) of a `/api/v1/version` answer. A Langflow 1.9–1.11 server installed
 * as the `langflow-base` package alone answers with that package's own numbers, `{"version": "0.10.3",
 * "package": "Langflow Base"}`: base 0.9 is Langflow 1.9, 0.10 is 1.10, 0.11 is 1.11 (from 1.12 on the base
 * package carries the app's version). No Langflow 0.x has a v2 API, so a 0.x version always reads as 1.x.
 */
export function langflowLine(version: string): { major: number; minor: number } | undefined {
  const match = /^(\d+)\.(\d+)/.exec(version.trim());
  if (!match) return undefined;
  const major = Number(match[1]);
  return { major: major === 0 ? 1 : major, minor: Number(match[2]) };
}

export function generationOf(version: string): ServerGeneration {
  const line = langflowLine(version);
  if (!line) return "current";
  return line.major > 1 || line.minor >= 11 ? "current" : "1.10";
}

/** How messages name the server: `1.13.0`, or `1.10, langflow-base 0.10.3` for a base package's own number. */
export function describeVersion(version: string): string {
  const line = langflowLine(version);
  if (!line || version.trim().startsWith(`${line.major}.`)) return version;
  return `${line.major}.${line.minor}, langflow-base ${version}`;
}
