// The Langflow version named in ResponseValidationError's message is the one the contract suite runs against.
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { CHECKED_AGAINST } from "../../src/validation/schemas";

it("validate's error names the default Langflow version pinned in scripts/langflow-server", () => {
  const script = readFileSync(new URL("../../scripts/langflow-server", import.meta.url), "utf8");
  const line = /^DEFAULT_LINE="([^"]+)"$/m.exec(script)?.[1];
  // The table row of the default line: `<line>  <langflow-base version>  <deps as of>  <script>  <port>`.
  const pinned = new RegExp(`^${line?.replace(".", "\\.")}\\s+(\\S+)\\s`, "m").exec(script)?.[1];
  expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
  expect(CHECKED_AGAINST).toBe(`Langflow ${pinned}`);
});
