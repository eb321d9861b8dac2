// Run by testing.test.ts with `node --test` (no server configured): the test must be reported as skipped with
// NO_SERVER_MESSAGE, never as passed or failed.
import assert from "node:assert/strict";
import { test } from "node:test";
import { useLangflow } from "../../../src/testing/index";

test("runs a flow", async (t) => {
  const lf = useLangflow(t);
  if (!lf) return;
  assert.ok((await lf.runFlow("echo-chat", "hi")).text);
});
