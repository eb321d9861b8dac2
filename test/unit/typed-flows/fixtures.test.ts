// The generated fixture modules the type tests import are what the generator writes today: this fails when
// regenerating would change them (fix: npx tsx scripts/typed-flows-fixtures.ts). With the pinned server's venv
// installed, the slimmed starter projects are checked against the originals too, and the originals generate the
// same module as the slimmed copy (the slimming drops nothing the generator reads).
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import {
  expectedFixtures,
  ROOT,
  readStarterProjects,
  SLIM_FILE,
  starterProjectsDir,
} from "../../../scripts/lib/typed-flows-fixtures";
import { generateFlowTypes } from "../../../src/typed-flows/index";

const dir = starterProjectsDir();

describe("typed-flows fixtures", () => {
  it.each(expectedFixtures().map(([file, text]) => [relative(ROOT, file), file, text]))(
    "%s is up to date (else: npx tsx scripts/typed-flows-fixtures.ts)",
    (_name, file, text) => {
      expect(readFileSync(file, "utf8") === text).toBe(true);
    },
  );

  it.skipIf(!dir)("the starter projects as shipped generate the same module as the slimmed copy", () => {
    const originals = readStarterProjects(dir as string);
    expect(originals).toHaveLength(27);
    const slim = JSON.parse(readFileSync(SLIM_FILE, "utf8"));
    const options = { source: "s", importFrom: "langflow-sdk" };
    expect(generateFlowTypes(originals, options)).toBe(generateFlowTypes(slim, options));
  });
});
