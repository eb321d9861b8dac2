// The parameters of a pull into a folder (`lf.projects.pull`, `lf.flows.pullAll`): one check for both methods.
import { LangflowConfigError } from "../core/errors";
import { checkParams, type WireNames } from "../core/params";
import type { ProjectPullParams } from "../flows-as-code/flow-sync";

const PULL_INTO_FOLDER: WireNames<ProjectPullParams> = {
  outputDir: null,
  dryRun: null,
  stripSecrets: null,
  codeAsLines: null,
  indent: null,
};

/** Refuses unknown keys and a missing `outputDir`, naming `method` (e.g. "projects.pull"). */
export function checkPullParams(method: string, params: ProjectPullParams): void {
  checkParams(params, PULL_INTO_FOLDER);
  if (typeof params?.outputDir !== "string" || params.outputDir === "") {
    throw new LangflowConfigError(
      "outputDir",
      `${method} needs { outputDir }: the folder to write the flow files to.`,
    );
  }
}
