// Server basics: version, config, health, component catalog, log lines.
import * as z from "zod/mini";
import { anyObject, maybe, object } from "./common";

export const serverSchemas = {
  version: object({ version: z.string(), main_version: maybe(z.string()), package: maybe(z.string()) }),
  config: anyObject,
  health: object({ status: z.string() }),
  componentCatalog: z.record(z.string(), anyObject),
  /** `/logs`: `{ timestamp: line }` */
  logLines: z.record(z.string(), z.string()),
};
