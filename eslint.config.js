// @ts-check
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const { builtinModules } = require("node:module");

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const platformLibraries = ["exceljs", "react", "react-dom", "@microsoft/office-js", "office-js"];
const why = (what) =>
  `${what}: src/domain is pure TypeScript so the same rules run in Excel, in the CLI and in the report. Put platform code in src/excel, src/xlsx, src/taskpane or src/cli.`;

module.exports = tseslint.config(
  { ignores: ["dist/**", "lib/**", "out/**", "node_modules/**", "coverage/**", "test-output/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...platformLibraries.map((name) => ({ name, message: why(name) })),
            ...nodeBuiltins.map((name) => ({ name, message: why(`node built-in '${name}'`) })),
          ],
          patterns: [
            { group: ["@fluentui/*", "office-addin-*"], message: why("UI and Office tooling") },
            { group: ["**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/cli/**", "**/commands/**"], message: why("outer layers") },
          ],
        },
      ],
      "no-restricted-globals": ["error", { name: "Excel", message: why("Office.js global") }, { name: "Office", message: why("Office.js global") }],
    },
  },
  {
    // The task pane builds the report in the browser with writeReport: it and the sheet writers stay
    // browser-safe. The CLI's streaming writer (src/xlsx/write/reportStreamWriter.ts) is the Node-only one.
    files: ["src/xlsx/write/reportWriter.ts", "src/xlsx/write/report/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            ...nodeBuiltins.map((name) => ({ name, message: `node built-in '${name}': the task pane runs writeReport in the browser` })),
            { name: "exceljs", importNames: ["stream"], message: "ExcelJS's stream API is Node-only: the task pane runs writeReport in the browser" },
          ],
          patterns: [{ group: ["**/reportStreamWriter", "**/patches/conditionalFormatExtensions", "**/patches/zipFile"], message: "Node-only modules: the task pane runs writeReport in the browser" }],
        },
      ],
    },
  },
  {
    // ExcelJS belongs to src/xlsx; the pane and the CLI reach it only through that layer.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts", "src/cli/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "exceljs", message: "ExcelJS lives only in src/xlsx." }] }],
    },
  },
  {
    // The Office.js gateway needs no ExcelJS at all: what it shares with the writers (the status sheet's
    // contract, the report's layout and labels) is data in src/domain.
    files: ["src/excel/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "exceljs", message: "ExcelJS lives only in src/xlsx; the gateway never needs it." }],
          patterns: [{ group: ["**/xlsx", "**/xlsx/**"], message: "src/excel never imports src/xlsx: put what both need in src/domain." }],
        },
      ],
    },
  },
  {
    files: ["src/excel/**/*.ts", "src/commands/**/*.ts", "src/taskpane/**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
    },
  },
);
