// The generated fixture modules the type tests import are what the generator writes today: this fails when
// regenerating would change them (fix: npx tsx scripts/typed-flows-fixtures.ts).
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { expectedFixtures, ROOT } from "../../../scripts/lib/typed-flows-fixtures";

describe("typed-flows fixtures", () => {
  it.each(expectedFixtures().map(([file, text]) => [relative(ROOT, file), file, text]))(
    "%s is up to date (else: npx tsx scripts/typed-flows-fixtures.ts)",
    (_name, file, text) => {
      expect(readFileSync(file, "utf8") === text).toBe(true);
    },
  );
});
