// The list of API areas. To add an area: create mock/handlers/<area>.ts exporting an ApiArea and add it below
// (see mock/README.md). Order matters only where two areas match the same path; the 404 fallback is added last
// by createLangflowMock.
import type { ApiArea } from "../context";
import { apiKeysArea } from "./api-keys";
import { buildArea } from "./build";
import { componentsArea } from "./components";
import { filesV1Area } from "./files-v1";
import { filesV2Area } from "./files-v2";
import { flowsArea } from "./flows";
import { flowsTransferArea } from "./flows-transfer";
import { foldersArea } from "./folders";
import { healthArea } from "./health";
import { legacyProcessArea } from "./legacy-process";
import { loginArea } from "./login";
import { logsArea } from "./logs";
import { monitorBuildsArea } from "./monitor-builds";
import { monitorMessagesArea } from "./monitor-messages";
import { projectsArea } from "./projects";
import { projectsTransferArea } from "./projects-transfer";
import { responsesArea } from "./responses";
import { runArea } from "./run";
import { tracesArea } from "./traces";
import { variablesArea } from "./variables";
import { webhookArea } from "./webhook";
import { workflowsArea } from "./workflows";

export const areas: ApiArea[] = [
  healthArea,
  componentsArea,
  flowsTransferArea, // before flowsArea: /flows/batch/ etc. must not match /flows/{flow_id}
  flowsArea,
  runArea,
  webhookArea,
  buildArea,
  workflowsArea,
  projectsTransferArea,
  projectsArea,
  foldersArea,
  filesV1Area,
  filesV2Area,
  monitorMessagesArea,
  monitorBuildsArea,
  tracesArea,
  logsArea,
  variablesArea,
  apiKeysArea,
  loginArea,
  responsesArea,
  legacyProcessArea,
];
