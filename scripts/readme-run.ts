// `npm run docs:readme` (second half): runs the ```ts blocks of README.md and docs/guide.md against the in-process mock, so an example
// that compiles but does the wrong thing (a 404, a 422, a call the server refuses) fails CI. Each block becomes one
// vitest test in docs/readme-check/.snippets/readme.run.test.ts, with the names of docs/readme-check/globals.d.ts
// (`lf`, `flowId`, `projectId`, `jobId`) set up on a mock; a block with its own setupLangflowMock() runs as its
// own test file, unchanged. Blocks that cannot run here are listed in SKIP with the reason and printed.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { docBlocks, type Snippet } from "./check-readme";

const ROOT = resolve(import.meta.dirname, "..");
const DIR = join(ROOT, "docs/readme-check");
const OUT = join(DIR, ".snippets");

const SKIP: { marker: string; reason: string }[] = [
  {
    marker: "location.origin",
    reason: "a browser page (location, document); npm run docs:user loads it in Chromium behind Vite",
  },
  { marker: "lf.logs.stream()", reason: "follows the live server log until aborted (a minute)" },
  {
    marker: 'from "vite"',
    reason: "a Vite config; npm run docs:user serves the README's browser quickstart with it in Chromium",
  },
  {
    marker: "fromEnvironment(",
    reason: "reads a langflow-environments.toml (test/unit/flows-as-code/from-environment.test.ts runs it)",
  },
  {
    marker: "langflowFixtures()",
    reason:
      "declares vitest tests of its own (a test cannot declare tests); test/unit/testing runs the same fixtures",
  },
];

/** Everything that runs before the blocks: a mock with the flows and ids the README's snippets refer to. */
const PRELUDE = `import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { LangflowClient as __Client } from "langflow-sdk";
import { chainFlow as __chainFlow } from "langflow-sdk/mock";
import { setupLangflowMock as __setupMock } from "langflow-sdk/mock/node";
import { afterAll as __afterAll, beforeAll as __beforeAll, expect as __expect, it as __it } from "vitest";

const __mock = __setupMock({ superuser: { username: "admin", password: "readme-pw" }, logRetrieval: true });
process.env.LANGFLOW_PASSWORD = "readme-pw";
process.env.LANGFLOW_SERVER_URL = "http://localhost:7860";
process.env.LANGFLOW_API_KEY = __mock.apiKey;
const __lf = new __Client();
let __flowId = "";
let __projectId = "";
let __jobId = "";

__beforeAll(async () => {
  __mock.listen();
  // Files the snippets read by path live in a scratch directory.
  const dir = mkdtempSync(join(tmpdir(), "readme-run-"));
  writeFileSync(join(dir, "report.pdf"), "%PDF-1.4 readme test");
  process.chdir(dir);
  __mock.addFlow(__chainFlow("My flow", ["ChatInput", "MockModel", "ChatOutput"], { endpoint_name: "my-flow" }));
  __mock.addFlow(__chainFlow("Hook", ["Webhook", "ChatOutput"], { endpoint_name: "my-webhook-flow" }));
  // The human-in-the-loop example's flow: ChatInput -> Human Input (Approve / Reject) -> a ChatOutput per branch.
  const __approval = JSON.parse(readFileSync(${JSON.stringify(join(ROOT, "test/fixtures/hitl-flows/hitl-approval.json"))}, "utf8"));
  __mock.addFlow({ ...__approval, name: "Approval", endpoint_name: "approval-flow" });
  __flowId = __mock.flow("model-chat")?.id ?? "";
  __projectId = (await __lf.projects.create({ name: "README project" })).id;
  __jobId = (await __lf.workflows.submit(__flowId, { inputValue: "an earlier job" })).id;
});
__afterAll(() => __mock.close());
`;

/** Merges the blocks' `import { a, b } from "m"` lines into one import per module (the test file's top). */
function mergeImports(lines: string[]): string {
  const byModule = new Map<string, Set<string>>();
  for (const line of lines) {
    const m = /^import \{([^}]*)\} from "([^"]+)";$/.exec(line.trim());
    if (!m?.[1] || !m[2]) throw new Error(`README import not understood: ${line}`);
    const names = byModule.get(m[2]) ?? new Set<string>();
    for (const name of m[1].split(",")) if (name.trim()) names.add(name.trim());
    byModule.set(m[2], names);
  }
  return [...byModule].map(([mod, names]) => `import { ${[...names].join(", ")} } from "${mod}";`).join("\n");
}

/** One block as a test body: its own declarations shadow the prelude's names inside a nested scope. */
function asTest(block: Snippet & { file: string }, body: string): string {
  // A route handler is declared, then called once like the framework would: an SSE answer carries `data: `
  // lines, a text answer the flow's reply to "hi".
  const expected = body.includes("text/event-stream") ? "data: " : "You said: hi";
  const call = /async function POST\(/.test(body)
    ? `\nconst __res = await POST(new Request("http://app.test/chat", { method: "POST", body: JSON.stringify({ message: "hi" }) }));\n__expect(await __res.text()).toContain(${JSON.stringify(expected)});`
    : "";
  return `__it("${block.file} line ${block.line}", async () => {
  const lf = __lf;
  const flowId = __flowId;
  const projectId = __projectId;
  const jobId = __jobId;
  void [lf, flowId, projectId, jobId];
  {
${body.replace(/^export /gm, "")}${call}
  }
});`;
}

function main(): number {
  const blocks = docBlocks();
  mkdirSync(OUT, { recursive: true });
  const imports: string[] = [];
  const tests: string[] = [];
  let own = 0;
  for (const block of blocks) {
    const skip = SKIP.find((s) => block.code.includes(s.marker));
    if (skip) {
      console.log(`${block.file} line ${block.line}: not run: ${skip.reason}`);
      continue;
    }
    if (block.code.includes("setupLangflowMock(")) {
      writeFileSync(join(OUT, `readme-own-mock-${++own}.run.test.ts`), `${block.code}\n`);
      continue;
    }
    const lines = block.code.split("\n");
    imports.push(...lines.filter((l) => l.startsWith("import ")));
    tests.push(asTest(block, lines.filter((l) => !l.startsWith("import ")).join("\n")));
  }
  writeFileSync(
    join(OUT, "readme.run.test.ts"),
    `${PRELUDE}${mergeImports(imports)}\n\n${tests.join("\n\n")}\n`,
  );
  const vitest = spawnSync(
    process.execPath,
    [join(ROOT, "node_modules/vitest/vitest.mjs"), "run", "--config", join(DIR, "vitest.config.ts")],
    { cwd: ROOT, stdio: "inherit" },
  );
  return vitest.status ?? 1;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) process.exit(main());
