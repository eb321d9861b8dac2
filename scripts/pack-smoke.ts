// `npm run smoke:pack`: the package as a user gets it. Packs the tarball from the built dist/ (run `npm run build`
// first), installs it into a temporary project, and there:
//   1. without msw installed: `require("langflow-sdk")` and `import "langflow-sdk"` work (msw is only an
//      optional peer of the mock entries, never a dependency of the client), and importing or requiring
//      `langflow-sdk/mock/node` or `/mock/server` fails with "npm install -D msw";
//   2. with msw installed: one process both imports (ESM build) and requires (CJS build) the client and
//      langflow-sdk/mock, /mock/node, /mock/server, runs a flow through each build against the mock server,
//      and checks a real 404 error across the two builds (they are separate module instances, so `instanceof`
//      says no there; `isLangflowError(error, name)` recognises the other build's errors by class name);
//   3. the `langflow-mock` bin answers --help, starts, and serves a request.
// The packing and the temporary project are scripts/lib/packed-app.ts.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startMockCli } from "./lib/mock-cli";
import { createApp, installInto, packInto, ROOT, requireBuiltDist, run } from "./lib/packed-app";

const keep = process.argv.includes("--keep");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const mswVersion: string = pkg.devDependencies.msw;

// What the consumer runs without msw: both module systems load the client entry.
const CLIENT_ONLY_CJS = `
const assert = require("node:assert/strict");
const sdk = require("langflow-sdk");
assert.equal(typeof sdk.LangflowClient, "function");
assert.equal(typeof sdk.WorkflowsClient, "function");
assert.throws(() => require.resolve("msw"), /Cannot find module/);
for (const entry of ["langflow-sdk/mock/node", "langflow-sdk/mock/server"]) {
  assert.throws(() => require(entry), new RegExp(entry + " needs msw, which is not installed. Install it: npm install -D msw"));
}
console.log("require('langflow-sdk') without msw: ok (" + Object.keys(sdk).length + " exports); /mock/node says: npm install -D msw");
`;
const CLIENT_ONLY_MJS = `
import assert from "node:assert/strict";
import * as sdk from "langflow-sdk";
import { LangflowClient } from "langflow-sdk";
assert.equal(sdk.LangflowClient, LangflowClient);
new LangflowClient({ baseUrl: "http://127.0.0.1:9", apiKey: "k" });
for (const entry of ["langflow-sdk/mock/node", "langflow-sdk/mock/server"]) {
  await assert.rejects(import(entry), new RegExp(entry + " needs msw, which is not installed. Install it: npm install -D msw"));
}
console.log("import 'langflow-sdk' without msw: ok (" + Object.keys(sdk).length + " exports); /mock/node says: npm install -D msw");
`;

// With msw: both builds in one process, against the mock server, and errors across the builds.
const DUAL_MJS = `
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import * as esm from "langflow-sdk";
import * as esmMock from "langflow-sdk/mock";
import * as esmMockNode from "langflow-sdk/mock/node";
import { startLangflowMockServer } from "langflow-sdk/mock/server";
import * as esmTesting from "langflow-sdk/testing";
import * as esmTyped from "langflow-sdk/typed-flows";
import * as esmFlowsAsCode from "langflow-sdk/flows-as-code";

const require = createRequire(import.meta.url);
const cjsTesting = require("langflow-sdk/testing");
const cjsTyped = require("langflow-sdk/typed-flows");
const cjsFlowsAsCode = require("langflow-sdk/flows-as-code");
const cjs = require("langflow-sdk");
const cjsMock = require("langflow-sdk/mock");
const cjsMockNode = require("langflow-sdk/mock/node");
const cjsMockServer = require("langflow-sdk/mock/server");

assert.notEqual(esm.NotFoundError, cjs.NotFoundError, "the two builds are separate module instances");
assert.equal(typeof esmMock.createLangflowMock, "function");
assert.equal(typeof cjsMock.createLangflowMock, "function");
assert.equal(typeof esmMockNode.setupLangflowMock, "function");
assert.equal(typeof cjsMockNode.setupLangflowMock, "function");
for (const typed of [esmTyped, cjsTyped]) {
  assert.match(typed.generateFlowTypes([], { source: "smoke" }), /export const flows = {} as const;/);
}
// normalizeFlow's errors are the main entry's classes (one shared chunk per build).
for (const [flowsAsCode, sdk] of [[esmFlowsAsCode, esm], [cjsFlowsAsCode, cjs]]) {
  assert.match(flowsAsCode.normalizeFlow('{"z": 1.0, "a": 2}', { indent: 0 }), /"a": 2,[^]*"z": 1[.]0/);
  assert.throws(() => flowsAsCode.normalizeFlow("[1]"), sdk.FlowFormatError);
}

// The CJS mock server starts and stops too; the ESM one serves the calls below.
const cjsServer = await cjsMockServer.startLangflowMockServer({ port: 0 });
await cjsServer.close();
const server = await startLangflowMockServer({ port: 0 });
const options = { baseUrl: server.url, apiKey: "sk-langflow-mock", maxRetries: 0 };
try {
  for (const [label, sdk] of [["import", esm], ["require", cjs]]) {
    const lf = new sdk.LangflowClient(options);
    const { version } = await lf.version();
    const result = await lf.run("echo-chat", { inputValue: "hello from " + label });
    assert.match(result.text, new RegExp("hello from " + label));
    const wf = await lf.workflows.run((await lf.flows.findByEndpointName("echo-chat")).id, { inputValue: "hi" });
    const handle = lf.flow("echo-chat").withTweaks({ "ChatOutput-echo1": { sender_name: "Smoke" } });
    assert.equal((await handle.run({ inputValue: "handle " + label })).text, "handle " + label);
    const testing = label === "import" ? esmTesting : cjsTesting;
    const t = { skip: (message) => assert.fail(message) };
    const context = testing.useLangflow(t, { url: server.url, apiKey: options.apiKey });
    assert.equal((await context.runFlow("echo-chat", "testing " + label)).text, "testing " + label);
    console.log(label + ": Langflow " + version + ", lf.run -> " + JSON.stringify(result.text) + ", workflows.run -> " + wf.status);
  }

  const missing = "00000000-0000-4000-8000-000000000000";
  const rows = [];
  for (const [thrower, other, fromLabel, otherLabel] of [[cjs, esm, "CJS", "ESM"], [esm, cjs, "ESM", "CJS"]]) {
    const error = await new thrower.LangflowClient(options).flows.get(missing).then(() => undefined, (e) => e);
    assert.ok(error instanceof thrower.NotFoundError, "same build");
    assert.equal(error instanceof other.NotFoundError, false, "another build's class");
    const checks = {
      NotFoundError: other.isLangflowError(error, "NotFoundError"),
      APIError: other.isLangflowError(error, "APIError"),
      LangflowError: other.isLangflowError(error),
      ConflictError: other.isLangflowError(error, "ConflictError"),
      APIConnectionError: other.isLangflowError(error, "APIConnectionError"),
    };
    rows.push(fromLabel + " NotFoundError, " + otherLabel + " isLangflowError: " + Object.entries(checks).map(([k, v]) => k + "=" + v).join(" "));
    assert.deepEqual(checks, { NotFoundError: true, APIError: true, LangflowError: true, ConflictError: false, APIConnectionError: false });
    assert.equal(error.status, 404);
    assert.equal(error.name, "NotFoundError");
  }
  console.log(rows.join("\\n"));
} finally {
  await server.close();
}
console.log("import + require of langflow-sdk, /mock, /mock/node, /mock/server, /typed-flows, /testing, /flows-as-code: ok");
`;

/** Starts the installed `langflow-mock` bin on a free port, asks it for its version, and stops it. */
async function serveOnce(bin: string, cwd: string): Promise<string> {
  const mock = await startMockCli(bin, [], cwd);
  try {
    const response = await fetch(`${mock.url}/api/v1/version`);
    const { version } = (await response.json()) as { version: string };
    return `served ${mock.url}/api/v1/version -> ${response.status} ${version}`;
  } finally {
    mock.stop();
  }
}

requireBuiltDist("pack-smoke");

const dir = mkdtempSync(join(tmpdir(), "langflow-sdk-smoke-"));
try {
  const tarball = packInto(dir);
  const app = createApp(dir);
  installInto(app, [tarball]);
  writeFileSync(join(app, "client-only.cjs"), CLIENT_ONLY_CJS);
  writeFileSync(join(app, "client-only.mjs"), CLIENT_ONLY_MJS);
  process.stdout.write(run(process.execPath, ["client-only.cjs"], app));
  process.stdout.write(run(process.execPath, ["client-only.mjs"], app));

  installInto(app, [tarball, `msw@${mswVersion}`]);
  writeFileSync(join(app, "dual.mjs"), DUAL_MJS);
  process.stdout.write(run(process.execPath, ["dual.mjs"], app));

  const bin = join(app, "node_modules", ".bin", "langflow-mock");
  const help = run(bin, ["--help"], app);
  if (!/--port/.test(help)) throw new Error(`langflow-mock --help printed no usage:\n${help}`);
  console.log(`langflow-mock: ${await serveOnce(bin, app)}`);
  console.log("pack smoke test: passed");
} catch (error) {
  console.error(`pack smoke test: FAILED (${error instanceof Error ? error.message : String(error)})`);
  process.exitCode = 1;
} finally {
  if (keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
