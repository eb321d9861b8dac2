export type * from "./events";
export { type EndReason, LangflowStream, type StreamSemantics } from "./langflow-stream";
export {
  buildEventStream,
  logEventStream,
  responsesEventStream,
  runEventStream,
  workflowEventStream,
} from "./readers";
