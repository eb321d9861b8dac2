// Files: the v2 user file library and v1 per-flow files.
import * as z from "zod/mini";
import { count, maybe, object } from "./common";

const uploaded = object({ id: z.string(), name: z.string(), path: z.string(), size: count });

export const fileSchemas = {
  uploadedUserFile: uploaded,
  userFiles: z.array(z.extend(uploaded, { user_id: maybe(z.string()) })),
  uploadedFlowFile: object({ flowId: z.string(), file_path: z.string() }),
  flowFileList: object({ files: z.array(z.string()) }),
};
