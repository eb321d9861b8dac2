// `langflow-sdk envs`: the named environments of langflow-environments.toml (never a key: only the variable names).
import { readEnvironmentsFile } from "#langflow-environments";
import type { RegisterCommand } from "../command";
import { line, printJson } from "../output";

export const envs: RegisterCommand = (program, { out }) => {
  program
    .command("envs")
    .description("list the environments of langflow-environments.toml (the file lfx and the Python SDK read)")
    .option("--environments-file <path>", "the environments file (default: the lookup order of lfx)")
    .option("--json", "print JSON")
    .action((options: { environmentsFile?: string; json?: boolean }) => {
      const file = readEnvironmentsFile(options.environmentsFile);
      const list = [...file.environments.values()].map((e) => ({
        name: e.name,
        url: e.url,
        apiKeyEnv: e.apiKeyEnv ?? null,
        default: e.name === file.defaultName,
      }));
      if (options.json) return printJson(out, { file: file.file, environments: list });
      line(out.stderr, `# ${file.file}`);
      for (const e of list) {
        const key = e.apiKeyEnv
          ? `$${e.apiKeyEnv}${process.env[e.apiKeyEnv] ? "" : " (not set)"}`
          : "(no key)";
        line(out.stdout, [e.name, e.url, key, e.default ? "default" : ""].join("\t").trimEnd());
      }
    });
};
