// `langflow-sdk types` (typesCommand, the logic the CLI runs): flow files and project folders in, one module out;
// --check fails when a flow file changed and passes after regenerating; flows from a server (the in-process mock).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LangflowConfigError } from "../../../src/index";
import { type TypesCommandIO, typesCommand } from "../../../src/typed-flows/index";
import { useMockedClient } from "../resources/support";
import { exampleFlow } from "./flows";

/** node:fs for the command, as the CLI gives it. */
const nodeIO: TypesCommandIO = {
  readText: (path) => readFile(path, "utf8").catch(() => undefined),
  jsonFilesIn: async (path) => {
    if (!(await stat(path).catch(() => undefined))?.isDirectory()) return undefined;
    return (await readdir(path)).filter((f) => f.endsWith(".json")).map((f) => join(path, f));
  },
  writeText: async (path, text) => {
    await mkdir(join(path, ".."), { recursive: true });
    await writeFile(path, text);
  },
};

let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lf-types-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const writeFlow = (name: "prompt-chat" | "echo-chat", flow = exampleFlow(name)) =>
  writeFileSync(join(dir, `${name}.json`), JSON.stringify(flow));

describe("langflow-sdk types (files)", () => {
  it("writes the module, then --check passes; a changed flow file fails --check until regenerated", async () => {
    writeFlow("prompt-chat");
    writeFlow("echo-chat");
    const out = join(dir, "generated", "flows.ts");
    const options = { inputs: [dir], out, importFrom: "langflow-sdk" };

    const written = await typesCommand(options, nodeIO);
    expect(written).toMatchObject({ exitCode: 0, message: `${out} written (2 flows).` });
    expect(readFileSync(out, "utf8")).toContain("export const PromptChat: GeneratedFlow<PromptChatSchema>");
    expect(await typesCommand({ ...options, check: true }, nodeIO)).toMatchObject({ exitCode: 0 });

    const changed = exampleFlow("prompt-chat") as {
      data: { nodes: { data: { node: { display_name: string } } }[] };
    };
    const prompt = changed.data.nodes[1];
    if (!prompt) throw new Error("no prompt node");
    prompt.data.node.display_name = "Question Prompt";
    writeFlow("prompt-chat", changed as never);
    const stale = await typesCommand({ ...options, check: true }, nodeIO);
    expect(stale.exitCode).toBe(1);
    expect(stale.message).toBe(
      `${out} is out of date: run langflow-sdk types without --check to regenerate it.`,
    );
    expect(readFileSync(out, "utf8")).not.toContain("Question Prompt"); // --check writes nothing

    expect(await typesCommand(options, nodeIO)).toMatchObject({ exitCode: 0 });
    expect(readFileSync(out, "utf8")).toContain('"Question Prompt": "Prompt-prmt1"');
    expect(await typesCommand({ ...options, check: true }, nodeIO)).toMatchObject({ exitCode: 0 });
  });

  it("--check fails when the module is missing; the same flows give the same bytes", async () => {
    writeFlow("echo-chat");
    const out = join(dir, "flows.ts");
    const file = join(dir, "echo-chat.json");
    const missing = await typesCommand({ inputs: [file], out, check: true }, nodeIO);
    expect(missing).toMatchObject({ exitCode: 1, message: expect.stringContaining("is missing") });
    const first = await typesCommand({ inputs: [file], out }, nodeIO);
    expect((await typesCommand({ inputs: [file], out }, nodeIO)).text).toBe(first.text);
  });

  it("bad input: no out, both or neither source, a missing file, a file that is not JSON, unknown options", async () => {
    const out = join(dir, "flows.ts");
    await expect(typesCommand({ inputs: [dir], out: "" }, nodeIO)).rejects.toThrow(/which file to write/);
    await expect(typesCommand({ out }, nodeIO)).rejects.toThrow(/give flow files or folders, or a server/);
    await expect(typesCommand({ inputs: [join(dir, "nope.json")], out }, nodeIO)).rejects.toThrow(
      /no such file or folder: .*nope\.json/,
    );
    writeFileSync(join(dir, "bad.json"), "{ not json");
    await expect(typesCommand({ inputs: [dir], out }, nodeIO)).rejects.toThrow(/bad\.json is not JSON/);
    await expect(typesCommand({ inputs: [dir], out, chek: true } as never, nodeIO)).rejects.toBeInstanceOf(
      LangflowConfigError,
    );
  });
});

describe("langflow-sdk types (a server's flows)", () => {
  const { client } = useMockedClient();

  it("generates from the server's flows, the header naming the server (never the API key)", async () => {
    const out = join(dir, "server-flows.ts");
    const lf = client();
    const result = await typesCommand({ server: lf, out }, nodeIO);
    expect(result.exitCode).toBe(0);
    expect(result.text).toContain("export const PromptChat");
    expect(result.text).toMatch(/^\/\/ .*http:\/\/langflow\.test/);
    expect(result.text).not.toContain(String(lf.transport.options.apiKey));
    expect(await typesCommand({ server: lf, out, check: true }, nodeIO)).toMatchObject({ exitCode: 0 });
  });
});
