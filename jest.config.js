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
  projects: [
    // Generous per-test time: a test here asserts behaviour, never speed (that is `npm run bench`), and a
    // 2-core machine running a build beside the suite is several times slower than an idle one.
    { ...common, displayName: "unit", testMatch: ["<rootDir>/test/**/*.test.ts"], testPathIgnorePatterns: ["/test/e2e/"], testTimeout: 30000 },
    { ...common, displayName: "e2e", testMatch: ["<rootDir>/test/e2e/**/*.test.ts"], testTimeout: 180000 },
  ],
};
