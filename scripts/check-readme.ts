// `npm run docs:readme`: every ```ts block of README.md and docs/guide.md must compile against the SDK. Each block becomes one
// module in docs/readme-check/.snippets/ (git-ignored); docs/readme-check/globals.d.ts declares the few names
// snippets may use without defining (`lf`, `flowId`, ...). Errors are reported at their file and line.
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "..");
const DIR = join(ROOT, "docs/readme-check");
const OUT = join(DIR, ".snippets");

/** The Markdown files whose ```ts blocks are checked (and run, scripts/readme-run.ts). */
export const DOCS = ["README.md", "docs/guide.md"];

export interface Snippet {
  /** 1-based README line of the block's first code line. */
  line: number;
  code: string;
}

/** Every ```ts block of the DOCS files, each with the file it is in. */
export function docBlocks(): (Snippet & { file: string })[] {
  return DOCS.flatMap((file) =>
    tsBlocks(readFileSync(join(ROOT, file), "utf8")).map((block) => ({ ...block, file })),
  );
}

/** The ```ts / ```typescript blocks of a Markdown text. */
export function tsBlocks(markdown: string): Snippet[] {
  const lines = markdown.split("\n");
  const blocks: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```(ts|typescript)\s*$/.test(lines[i] ?? "")) continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/.test(lines[end] ?? "")) end++;
    blocks.push({ line: start + 1, code: lines.slice(start, end).join("\n") });
    i = end;
  }
  return blocks;
}

function main(): number {
  const blocks = docBlocks();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const byFile = new Map<string, Snippet & { file: string }>();
  for (const [i, block] of blocks.entries()) {
    const name = `block-${String(i + 1).padStart(2, "0")}.ts`;
    byFile.set(name, block);
    // `export {}` makes every block a module, so its names shadow the globals instead of clashing.
    writeFileSync(join(OUT, name), `${block.code}\nexport {};\n`);
  }
  const tsc = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules/typescript/bin/tsc"), "--noEmit", "--pretty", "false", "-p", DIR],
    { encoding: "utf8" },
  );
  const output = `${tsc.stdout}${tsc.stderr}`.trim();
  // "docs/readme-check/.snippets/block-03.ts(4,7): error TS2304: ..." -> "README.md:<line>:7: error TS2304: ..."
  const mapped = output.replace(/^.*?\.snippets\/(block-\d+\.ts)\((\d+),(\d+)\)/gm, (_, name, l, c) => {
    const block = byFile.get(name) as Snippet & { file: string };
    return `${block.file}:${block.line + Number(l) - 1}:${c}`;
  });
  if (tsc.status !== 0) {
    console.error(mapped || `tsc exited ${tsc.status}`);
    return 1;
  }
  console.log(`${DOCS.join(", ")}: ${blocks.length} TypeScript blocks compile.`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) process.exit(main());
