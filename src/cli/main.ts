#!/usr/bin/env node
// `langflow-sdk`: the package's command line (bin). Node only; commander is loaded here and nowhere in the library.
import { processOutput } from "./output";
import { runCli } from "./program";

const controller = new AbortController();
// The first Ctrl-C stops the running call (exit 130); a second one ends the process at once.
process.once("SIGINT", () => {
  controller.abort();
  process.once("SIGINT", () => process.exit(130));
});

void runCli(process.argv.slice(2), { out: processOutput(), signal: controller.signal }).then((code) => {
  process.exitCode = code;
});
