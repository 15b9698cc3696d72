/** Jest runs TypeScript through esbuild (type checking is `npm run typecheck`'s job). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/shared", "<rootDir>/cli", "<rootDir>/test", "<rootDir>/demo", "<rootDir>/excel-addin", "<rootDir>/word-addin", "<rootDir>/ui", "<rootDir>/manifests", "<rootDir>/sheets-apps-script"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": "<rootDir>/test/support/esbuildTransform.cjs" },
  maxWorkers: 2,
  testTimeout: 60000,
};
