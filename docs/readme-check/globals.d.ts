// What README snippets may use without defining: the client and ids an app would already have. Everything else
// a snippet uses must be imported or defined in it (scripts/check-readme.ts compiles each block as a module).
declare const lf: import("langflow-sdk").LangflowClient;
declare const flowId: string;
declare const projectId: string;
declare const jobId: string;
