// The published declarations (dist/, after `npm run build`) read like the sources: no bundler-renamed types
// (`RunOptions$1`, `Schemas$2`: tsup's dts bundling renames same-named local types of different modules apart, and
// those names then show in editors' hovers and compiler messages), and the entity types keep their names.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const built = existsSync("dist/index.d.ts");

/** Every .d.ts / .d.cts under dir. */
function declarationFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.d\.c?ts$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Identifiers the bundler renamed: a name followed by `$` and a number. */
function renamedTypes(text: string): string[] {
  return [...new Set(text.match(/\b[A-Za-z_]\w*\$\d+\b/g) ?? [])];
}

describe("published declarations", () => {
  it("the check finds a renamed type (control)", () => {
    expect(renamedTypes("type RunOptions$1 = { a: Schemas$2 }; const price = `$1`;")).toEqual([
      "RunOptions$1",
      "Schemas$2",
    ]);
  });

  // CI builds before the tests; locally the check needs `npm run build` first.
  it.skipIf(!built && !process.env.CI)("have no `$1`-style names (dist/**/*.d.ts, *.d.cts)", () => {
    const files = declarationFiles("dist");
    expect(files.length).toBeGreaterThanOrEqual(10);
    const found = files.flatMap((file) =>
      renamedTypes(readFileSync(file, "utf8")).map((n) => `${file}: ${n}`),
    );
    expect(found).toEqual([]);
  });

  it.skipIf(!built && !process.env.CI)("name Flow in signatures instead of inlining its fields", () => {
    // The SDK's entries (".", /typed-flows, /testing) share declaration chunks (dist/<name>-<hash>.d.ts): read them all.
    const index = readdirSync("dist")
      .filter((f) => f.endsWith(".d.ts") && !f.startsWith("create-mock"))
      .map((f) => readFileSync(join("dist", f), "utf8"))
      .join("\n");
    expect(index).toMatch(/interface Flow extends SpecSchema<"FlowRead">/);
    expect(index).toMatch(/get\(id: string, options\?: RequestOptions\): APIPromise<Flow>;/);
  });
});
