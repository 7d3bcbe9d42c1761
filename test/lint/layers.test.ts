import path from "node:path";
import { ESLint } from "eslint";

/** The layer rules in eslint.config.js, run on small sources placed where they would live. */
const ROOT = path.resolve(__dirname, "../..");
// The config is handed over as an object: ESLint's own loader uses a dynamic import Jest cannot run.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: require(path.join(ROOT, "eslint.config.js")) });

async function restrictedImports(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

const cases: ReadonlyArray<{ file: string; source: string; refused: boolean }> = [
  { file: "src/excel/probe.ts", source: 'import { openWorkbook } from "../xlsx/read/openWorkbook";\nvoid openWorkbook;\n', refused: true },
  { file: "src/excel/probe.ts", source: 'import ExcelJS from "exceljs";\nvoid ExcelJS;\n', refused: true },
  { file: "src/excel/probe.ts", source: 'import { REPORT_SHEETS } from "../domain/report/reportLabels";\nvoid REPORT_SHEETS;\n', refused: false },
  { file: "src/domain/rules/probe.ts", source: 'import { readFileSync } from "node:fs";\nvoid readFileSync;\n', refused: true },
  { file: "src/domain/rules/probe.ts", source: 'import { parseCsv } from "../../xlsx/read/readTable";\nvoid parseCsv;\n', refused: true },
  { file: "src/domain/rules/probe.ts", source: 'import { ask } from "../../taskpane/components/Busy";\nvoid ask;\n', refused: true },
  { file: "src/domain/rules/probe.ts", source: 'import React from "react";\nvoid React;\n', refused: true },
  { file: "src/domain/rules/probe.ts", source: 'import { parseCsv } from "../text/csv";\nvoid parseCsv;\n', refused: false },
  { file: "src/taskpane/probe.ts", source: 'import ExcelJS from "exceljs";\nvoid ExcelJS;\n', refused: true },
];

describe("lint keeps the layers apart", () => {
  test.each(cases)("$file: $source → refused $refused", async ({ file, source, refused }) => {
    const messages = await restrictedImports(file, source);
    expect(messages.length > 0).toBe(refused);
  });
});
