import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/unit/**/*.test.ts", "test/scripts/**/*.test.ts", "test/scenarios/**/*.test.ts"],
    typecheck: { enabled: true, include: ["test/types/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
    restoreMocks: true,
    unstubEnvs: true,
  },
});
