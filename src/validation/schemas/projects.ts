// Projects (`/api/v1/projects/`, formerly `/folders/`).
import * as z from "zod/mini";
import { maybe, object, page } from "./common";
import { flowSchemas } from "./flows";

const project = object({
  id: z.string(),
  name: z.string(),
  description: maybe(z.string()),
  parent_id: maybe(z.string()),
});

export const projectSchemas = {
  project,
  projects: z.array(project),
  projectWithFlows: z.extend(project, { flows: z.optional(z.array(flowSchemas.flow)) }),
  projectWithFlowPage: object({ folder: project, flows: page(flowSchemas.flow) }),
};
