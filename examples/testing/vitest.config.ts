// The testing example runs as a user's test suite would: `langflow-sdk` resolves to the built package (dist/,
// through package.json "exports" self-reference), not to the SDK's sources.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { include: ["examples/testing/**/*.test.ts"] },
});
