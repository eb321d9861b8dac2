// The implementation behind `langflow-sdk/mock/node`: the published entry is a guard that loads this module and says
// "npm install -D msw" when msw is missing (scripts/lib/optional-peer-guard.ts).
export * from "../node";
