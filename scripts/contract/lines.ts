// The Langflow lines the contract suite runs on: the table of scripts/langflow-server (one place for versions),
// and the mock profile that stands in for each line.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { MOCK_PROFILES, type MockProfile } from "../../mock/options";

export interface LangflowLine {
  /** `1.9` ... `1.13`. */
  line: string;
  /** The pinned `langflow-base` version: `0.9.6` ... `1.13.0`. */
  base: string;
}

/** The lines of scripts/langflow-server's table, oldest first. */
export function langflowLines(root: string): LangflowLine[] {
  const out = execFileSync("bash", [join(root, "scripts/langflow-server"), "versions"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  return out
    .split("\n")
    .slice(1)
    .map((row) => row.trim().split(/\s+/))
    .filter((cells) => /^\d+\.\d+$/.test(cells[0] ?? ""))
    .map(([line = "", base = ""]) => ({ line, base }));
}

/** The mock profile whose v2 Workflow API answers like the line's real server (docs/server-quirks.md). */
export function mockProfileOf(line: string): MockProfile {
  return (MOCK_PROFILES as readonly string[]).includes(line) ? (line as MockProfile) : "current";
}

/** `--versions 1.9,1.10` (default: every line), each checked against the table. */
export function parseVersions(argv: string[], all: LangflowLine[]): LangflowLine[] {
  const i = argv.indexOf("--versions");
  if (i === -1) return all;
  const wanted = (argv[i + 1] ?? "").split(",").filter(Boolean);
  if (wanted.length === 0) throw new Error("--versions needs a list, e.g. --versions 1.10,1.13");
  return wanted.map((w) => {
    const found = all.find((l) => l.line === w || l.base === w);
    if (!found)
      throw new Error(
        `unknown version ${w}; scripts/langflow-server knows ${all.map((l) => l.line).join(", ")}`,
      );
    return found;
  });
}
