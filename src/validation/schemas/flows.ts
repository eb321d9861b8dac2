// Flows (`/api/v1/flows/`).
import * as z from "zod/mini";
import { anyObject, count, maybe, object, page } from "./common";

const flowHeader = object({
  id: z.string(),
  name: z.string(),
  endpoint_name: maybe(z.string()),
  folder_id: maybe(z.string()),
  is_component: maybe(z.boolean()),
});
const flow = z.extend(flowHeader, { data: maybe(anyObject), description: maybe(z.string()) });

export const flowSchemas = {
  flow,
  flows: z.array(flow),
  flowHeaders: z.array(flowHeader),
  flowPage: page(flow),
  deletedMessage: object({ message: z.string() }),
  deletedCount: object({ deleted: count }),
};
