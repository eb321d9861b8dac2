// Every command of `langflow-sdk`, in the order `--help` lists them. To add one: write ./<name>.ts exporting a
// RegisterCommand (see ./envs.ts for a small one), and add it to this list.
import type { RegisterCommand } from "../command";
import { envs } from "./envs";
import { jobs } from "./jobs";
import { pull } from "./pull";
import { push } from "./push";
import { run } from "./run";
import { types } from "./types";

export const COMMANDS: RegisterCommand[] = [pull, push, run, jobs, types, envs];
