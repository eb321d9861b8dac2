import { describe, expect, it } from "vitest";
import { tsBlocks } from "../../scripts/check-readme";

describe("check-readme: tsBlocks", () => {
  it("extracts ts and typescript blocks with the README line of their first code line", () => {
    const md = [
      "# Title", // 1
      "```sh", // 2
      "npm test", // 3
      "```", // 4
      "```ts", // 5
      "const a = 1;", // 6
      "const b = 2;", // 7
      "```", // 8
      "text", // 9
      "```typescript", // 10
      "let c;", // 11
      "```", // 12
      "```tsx", // 13: not checked (no JSX setup)
      "<div />",
      "```",
    ].join("\n");
    expect(tsBlocks(md)).toEqual([
      { line: 6, code: "const a = 1;\nconst b = 2;" },
      { line: 11, code: "let c;" },
    ]);
  });

  it("keeps an unterminated block to the end of the text", () => {
    expect(tsBlocks("```ts\nx();\n")).toEqual([{ line: 2, code: "x();\n" }]);
  });

  it("finds nothing in prose or shell blocks", () => {
    expect(tsBlocks("Some `ts` inline code.\n```bash\nls\n```\n")).toEqual([]);
  });
});
