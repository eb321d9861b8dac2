// The contract run's Langflow lines: the table of scripts/langflow-server, --versions, the mock profile per line,
// the line ranges scenarios name for n/a, and docs/compatibility.md.
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { renderCompatibility } from "../../scripts/contract/compatibility";
import { langflowLines, mockProfileOf, parseVersions } from "../../scripts/contract/lines";
import { lineInRange } from "../../scripts/contract/types";

const ROOT = resolve(import.meta.dirname, "../..");

describe("Langflow lines", () => {
  const all = langflowLines(ROOT);

  it("come from scripts/langflow-server's table, oldest first, each with its langflow-base version", () => {
    expect(all.map((l) => l.line)).toEqual(["1.9", "1.10", "1.11", "1.12", "1.13"]);
    expect(all.find((l) => l.line === "1.10")?.base).toBe("0.10.3");
  });

  it("--versions picks lines by line or base version, default all, and names the known ones for a typo", () => {
    expect(parseVersions([], all)).toEqual(all);
    expect(parseVersions(["--versions", "1.13,0.9.6"], all).map((l) => l.line)).toEqual(["1.13", "1.9"]);
    expect(() => parseVersions(["--versions", "1.8"], all)).toThrow(/unknown version 1\.8.*1\.9, 1\.10/);
  });

  it("each line has the mock profile that answers like it", () => {
    expect(["1.9", "1.10", "1.11", "1.12", "1.13"].map(mockProfileOf)).toEqual([
      "1.9",
      "1.10",
      "1.11",
      "current",
      "current",
    ]);
  });

  it("line ranges: older than, inclusive span, one line (numeric order: 1.9 < 1.10)", () => {
    expect(lineInRange("1.9", "<1.11")).toBe(true);
    expect(lineInRange("1.11", "<1.11")).toBe(false);
    expect(lineInRange("1.10", "1.9-1.11")).toBe(true);
    expect(lineInRange("1.12", "1.9-1.11")).toBe(false);
    expect(lineInRange("1.9", "1.9")).toBe(true);
    expect(lineInRange("1.10", "1.1")).toBe(false);
  });

  it("docs/compatibility.md: one column per line named by its base version, counts and numbered notes", () => {
    const doc = renderCompatibility(
      all.filter((l) => l.line === "1.10" || l.line === "1.13"),
      [
        { target: "real", version: "1.10", scenario: "s", result: "n/a", reason: "no stream mode" },
        { target: "real", version: "1.13", scenario: "s", result: "pass" },
        { target: "mock", version: "1.10", scenario: "s", result: "n/a", reason: "no stream mode" },
      ],
      [{ target: "mock", version: "1.10", label: "mock 1.10 (profile 1.10)" }],
    );
    expect(doc).toContain("| scenario | 1.10 (0.10.3) | 1.13.0 |");
    expect(doc).toContain("| s        | n/a [1]       | pass   |");
    expect(doc).toContain("- [1] n/a: no stream mode");
    expect(doc).toContain("- mock 1.10 (profile 1.10): 0 pass, 0 fail, 1 n/a");
  });
});
