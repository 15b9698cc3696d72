/** Jest runs TypeScript through swc (type checking is `npm run typecheck`'s job). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/shared", "<rootDir>/cli", "<rootDir>/test", "<rootDir>/demo"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.(t|j)s$": ["@swc/jest", { jsc: { target: "es2022" }, module: { type: "commonjs" } }] },
  maxWorkers: 2,
  testTimeout: 60000,
};
