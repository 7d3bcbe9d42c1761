/** Two projects: fast unit tests (domain, xlsx, cli, excel fake) and the real-browser e2e run. */
// tsconfig sets isolatedModules, so ts-jest only transpiles; `npm run typecheck` does the type checking once.
const tsJest = ["ts-jest", { tsconfig: "tsconfig.json" }];
const common = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": tsJest },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};
module.exports = {
  // Tests run the command line as installed (bin/ over the compiled lib/): rebuild lib/ first when a
  // source is newer than it.
  globalSetup: "<rootDir>/scripts/cli-build.js",
  // Generous time per test (a global option: Jest ignores it per project): a test asserts behaviour,
  // never speed (that is `npm run bench`), and a loaded 2-core machine is several times slower than an
  // idle one. The e2e files set their own, longer, with jest.setTimeout.
  testTimeout: 30000,
  projects: [
    { ...common, displayName: "unit", testMatch: ["<rootDir>/test/**/*.test.ts"], testPathIgnorePatterns: ["/test/e2e/"] },
    { ...common, displayName: "e2e", testMatch: ["<rootDir>/test/e2e/**/*.test.ts"] },
  ],
};
