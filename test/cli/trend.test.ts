import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { readSubmissionFiles } from "../../src/cli/readSubmissions";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { cellText } from "../../src/domain/entries/cells";
import { SUBMISSION_STATES, TL, TREND_SHEET } from "../../src/domain/report/trendLabels";
import type { Lang } from "../../src/domain/text/lang";
import { openWorkbook } from "../../src/xlsx/read/openWorkbook";
import { writeReportFile } from "../../src/xlsx/write/reportStreamWriter";
import { PYTHON, TOOLS, describeWith } from "../support/environment";
import { checkAgainstSchemas } from "../support/ooxmlSchemas";
import { captureIo, tempDir } from "../support/tmp";
import { TREND_QUARTERS, writeTrendInputs } from "../support/trendInputs";

/**
 * Completion % per DESPF goal (1-5) of the eight generated quarters: the share of the goal's
 * catalogue measures (25, 24, 25, 35, 30) whose lead committee's submission says "Completed",
 * computed from the submission files with openpyxl (a separate reader, in Python: ORACLE below,
 * which a test runs again on the files), not with this project's code. 2026-Q1: DEBC sent nothing,
 * so its measures count as not completed.
 */
const EXPECTED: Readonly<Record<string, readonly number[]>> = {
  "2025-Q1": [0, 0, 0, 0, 0],
  "2025-Q2": [0, 0, 0, 0, 0],
  "2025-Q3": [0, 0, 0, 0, 0],
  "2025-Q4": [4, 8.3, 0, 5.7, 0],
  "2026-Q1": [4, 12.5, 12, 17.1, 0],
  "2026-Q2": [36, 16.7, 28, 40, 26.7],
  "2026-Q3": [40, 29.2, 52, 42.9, 53.3],
  "2026-Q4": [64, 45.8, 68, 51.4, 60],
};

const tmp = tempDir("trend");
afterAll(() => tmp.cleanup());
const reportsDir = (lang: Lang) => tmp.path(`reports-${lang}`);
const trendFile = (lang: Lang) => tmp.path(`trend-${lang}.xlsx`);
const runs: Partial<Record<Lang, { code: number; out: string[]; err: string[] }>> = {};

beforeAll(async () => {
  const folders = await writeTrendInputs(tmp.path("inputs"));
  const catalogue = bundledCatalogue();
  for (const lang of ["en", "km"] as const) mkdirSync(reportsDir(lang));
  for (const [i, quarter] of TREND_QUARTERS.entries()) {
    const model = consolidate(readSubmissionFiles([folders[i]!]), { quarter, catalogue });
    for (const lang of ["en", "km"] as const) {
      await writeReportFile(model, { lang, generatedAt: new Date("2027-01-20T03:00:00Z") }, join(reportsDir(lang), `report-${quarter}${lang === "km" ? "-km" : ""}.xlsx`));
    }
  }
  for (const lang of ["en", "km"] as const) {
    const io = captureIo();
    const code = await main(["trend", reportsDir(lang), "--out", trendFile(lang), "--lang", lang], io.io);
    runs[lang] = { code, out: io.out, err: io.err };
  }
}, 600_000);

/** The rows of the Trend sheet, as text and numbers, through the project's reader. */
function trendRows(file: string, lang: Lang): (string | number | null)[][] {
  const wb = openWorkbook(new Uint8Array(readFileSync(file)), file);
  // Rows and cells are sparse: holes become empty rows and nulls.
  return Array.from(wb.readSheet(TREND_SHEET[lang]).rows, (row) => Array.from(row ?? [], (c) => (typeof c?.value === "number" ? c.value : c ? cellText(c) : null)));
}

/** The table under a heading: its header's quarters and, per row, the label and the figures. */
function tableUnder(rows: (string | number | null)[][], heading: string): { quarters: unknown[]; rows: (string | number | null)[][] } {
  const at = rows.findIndex((r) => r[0] === heading);
  if (at < 0) throw new Error(`no "${heading}" on the sheet`);
  const body: (string | number | null)[][] = [];
  for (let i = at + 2; rows[i]?.[0]; i++) body.push(rows[i]!);
  return { quarters: rows[at + 1]!.slice(1), rows: body };
}

describe.each<Lang>(["en", "km"])("policy-tracker trend over eight quarterly reports in %s", (lang) => {
  test("exits 0, says the quarters and what changed, and notes nothing to worry about (one report a quarter, one catalogue)", () => {
    const run = runs[lang]!;
    expect(run.code).toBe(0);
    expect(run.out.join("\n")).toMatch(/^8 quarters \(Q1 2025 – Q4 2026\) from 8 reports: completion 0% → 57\.6%; \d+ slips, \d+ measures stuck, 2 late or missing submissions → /);
    expect(run.err).toEqual([]);
  });

  test("completion % per DESPF goal, quarter by quarter, matches the hand-computed table", () => {
    const table = tableUnder(trendRows(trendFile(lang), lang), TL.completionByGoal[lang]);
    expect(table.quarters).toHaveLength(8);
    const goals = table.rows.slice(0, 5).map((r) => r.slice(1));
    const byQuarter = Object.fromEntries(TREND_QUARTERS.map((q, i) => [q, goals.map((g) => g[i])]));
    expect(byQuarter).toEqual(EXPECTED);
  });

  test("says who submitted late (DSC, Q3 2025) and who sent nothing (DEBC, Q1 2026)", () => {
    const rows = trendRows(trendFile(lang), lang);
    const at = rows.findIndex((r) => r[0] === TL.submissions[lang]);
    const states = Object.fromEntries(rows.slice(at + 2, at + 5).map((r) => [r[0], r.slice(1, 9)]));
    const late = String(states.DSC![2]);
    expect(late.startsWith(SUBMISSION_STATES.late[lang].split(" (")[0]!)).toBe(true);
    expect(states.DEBC![4]).toBe(SUBMISSION_STATES.missing[lang]);
    expect(states.DGC![2]).toBe(SUBMISSION_STATES["on-time"][lang]);
  });
});

describe("what trend refuses or says", () => {
  test("a quarter reported twice is refused with a message naming both files, and nothing is written", async () => {
    const dir = tmp.path("dup");
    mkdirSync(dir);
    for (const q of ["2026-Q2", "2026-Q3"]) copyFileSync(join(reportsDir("en"), `report-${q}.xlsx`), join(dir, `report-${q}.xlsx`));
    copyFileSync(join(reportsDir("km"), "report-2026-Q3-km.xlsx"), join(dir, "report-2026-Q3-km.xlsx"));
    const io = captureIo();
    const out = tmp.path("dup-trend.xlsx");
    expect(await main(["trend", dir, "--out", out], io.io)).toBe(2);
    expect(io.err).toEqual(["trend: error: Q3 2026 is reported twice (report-2026-Q3-km.xlsx, report-2026-Q3.xlsx): keep one report per quarter and run again", "trend: no trend written"]);
    expect(existsSync(out)).toBe(false);
  });

  test("a gap in the quarters and a file that is not a report are said on stderr; the gap stays blank", async () => {
    const io = captureIo();
    const out = tmp.path("gap-trend.xlsx");
    const files = ["2025-Q3", "2026-Q1", "2026-Q2"].map((q) => join(reportsDir("en"), `report-${q}.xlsx`));
    const submission = join(tmp.path("inputs"), "2026-Q2", "DGC-2026-Q2.xlsx");
    expect(await main(["trend", ...files, submission, "--out", out], io.io)).toBe(0);
    expect(io.err).toEqual([
      `${submission}: error: not a Policy Tracker quarterly report (a submission, or no workbook at all); left out of the trend`,
      "trend: note: No report for Q4 2025: those quarters are left blank, not filled in.",
    ]);
    const table = tableUnder(trendRows(out, "en"), TL.completionByGoal.en);
    expect(table.rows[1]!.slice(1)).toEqual([EXPECTED["2025-Q3"]![1], null, EXPECTED["2026-Q1"]![1], EXPECTED["2026-Q2"]![1]]);
  });
});

describe("consolidate --history", () => {
  test("adds a Trend sheet over the earlier reports and the quarter being written, with its four line charts", async () => {
    const io = captureIo();
    const out = tmp.path("report-2026-Q4-with-trend.xlsx");
    const folder = join(tmp.path("inputs"), "2026-Q4");
    expect(await main(["consolidate", folder, "--quarter", "2026-Q4", "--out", out, "--history", reportsDir("en")], io.io)).toBe(0);
    expect(io.err).toEqual(["report-2026-Q4.xlsx: note: a report of 2026-Q4, the quarter being consolidated: the new report replaces it on the Trend sheet"]);
    const sheets = openWorkbook(new Uint8Array(readFileSync(out)), out).sheets.map((s) => s.name);
    expect(sheets[sheets.length - 1]).toBe("Trend");
    const table = tableUnder(trendRows(out, "en"), TL.completionByGoal.en);
    expect(table.rows.slice(0, 5).map((r) => r[8])).toEqual(EXPECTED["2026-Q4"]);
    const parts = execFileSync("unzip", ["-Z1", out], { encoding: "utf8" }).split("\n").filter((n) => n.startsWith("xl/charts/"));
    expect(parts).toHaveLength(6); // the Summary sheet's two bars and the Trend sheet's four lines
    if (!TOOLS.xmllint.missing()) expect(checkAgainstSchemas(new Uint8Array(readFileSync(out)), "report").problems).toEqual([]);
  }, 300_000);

  test("refuses two earlier reports of one quarter before consolidating", async () => {
    const dir = tmp.path("history-dup");
    mkdirSync(dir);
    copyFileSync(join(reportsDir("en"), "report-2026-Q1.xlsx"), join(dir, "a.xlsx"));
    copyFileSync(join(reportsDir("km"), "report-2026-Q1-km.xlsx"), join(dir, "b.xlsx"));
    const io = captureIo();
    const out = tmp.path("refused.xlsx");
    expect(await main(["consolidate", join(tmp.path("inputs"), "2026-Q4"), "--quarter", "2026-Q4", "--out", out, "--history", dir], io.io)).toBe(2);
    expect(io.err).toEqual(["consolidate: error: --history: Q1 2026 is reported twice (a.xlsx, b.xlsx): keep one report per quarter and run again", "consolidate: no report written"]);
    expect(existsSync(out)).toBe(false);
  }, 300_000);
});

/** The oracle behind EXPECTED, in Python with openpyxl: per goal, the lead committees' "Completed" rows ÷ the catalogue's measures of that goal. */
const ORACLE = String.raw`
import json, os, sys, warnings
warnings.simplefilter("ignore")
import openpyxl
root = sys.argv[1]
done = {"Completed", "បានបញ្ចប់"}
totals, table = {}, {}
for quarter in sorted(os.listdir(root)):
    completed = {g: 0 for g in range(1, 6)}
    for name in sorted(os.listdir(os.path.join(root, quarter))):
        wb = openpyxl.load_workbook(os.path.join(root, quarter, name), read_only=True)
        if not totals:
            for row in wb.worksheets[1].iter_rows(min_row=4, values_only=True):
                if row[0]: totals[row[1]] = totals.get(row[1], 0) + 1
        for row in wb.worksheets[0].iter_rows(min_row=4, values_only=True):
            if row[0] and row[3] == name.split("-")[0] and row[5] in done: completed[row[1]] += 1
    table[quarter] = [float(f"{completed[g] / totals[g] * 100 + 1e-9:.1f}") for g in range(1, 6)]
print(json.dumps(table))
`;

describeWith([TOOLS.openpyxl], "the hand-computed table", () => {
  test("is what openpyxl counts in the generated submission files", () => {
    const counted = JSON.parse(execFileSync(PYTHON, ["-c", ORACLE, tmp.path("inputs")], { encoding: "utf8" })) as Record<string, number[]>;
    expect(counted).toEqual(EXPECTED);
  });
});

const READ_BACK = String.raw`
import json, sys, warnings
warnings.simplefilter("ignore")
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb.worksheets[0]
rows = [[c for c in r] for r in ws.iter_rows(values_only=True)]
at = next(i for i, r in enumerate(rows) if r[0] == sys.argv[2])
print(json.dumps({"sheets": wb.sheetnames, "charts": [[c.tagname, len(c.series)] for c in ws._charts], "goals": [list(r[1:9]) for r in rows[at + 2:at + 7]]}))
`;

describeWith([TOOLS.openpyxl], "the trend workbook read by openpyxl", () => {
  test.each<Lang>(["en", "km"])("%s: one Trend sheet, four line charts, the same completion figures", (lang) => {
    const read = JSON.parse(execFileSync(PYTHON, ["-c", READ_BACK, trendFile(lang), TL.completionByGoal[lang]], { encoding: "utf8" })) as { sheets: string[]; charts: [string, number][]; goals: number[][] };
    expect(read.sheets).toEqual([TREND_SHEET[lang]]);
    expect(read.charts).toEqual([
      ["lineChart", 6],
      ["lineChart", 6],
      ["lineChart", 4],
      ["lineChart", 4],
    ]);
    expect(read.goals).toEqual([0, 1, 2, 3, 4].map((g) => TREND_QUARTERS.map((q) => EXPECTED[q]![g])));
  });
});

test("the reports written for the test are the eight quarters in each language", () => {
  expect(readdirSync(reportsDir("en")).sort()).toEqual(TREND_QUARTERS.map((q) => `report-${q}.xlsx`));
  expect(readdirSync(reportsDir("km"))).toHaveLength(8);
});
