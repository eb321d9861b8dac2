import { defineConfig } from "vitest/config";
import { NODE_SOURCE_ALIASES } from "./scripts/lib/source-aliases";

export default defineConfig({
  resolve: { alias: NODE_SOURCE_ALIASES },
  test: {
    include: [
      "test/unit/**/*.test.ts",
      "test/scripts/**/*.test.ts",
      "test/scenarios/**/*.test.ts",
      "test/referee/**/*.test.ts",
    ],
    typecheck: { enabled: true, include: ["test/types/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    restoreMocks: true,
    unstubEnvs: true,
  },
});
