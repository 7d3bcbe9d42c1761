import { cellText } from "../../src/domain/entries/cells";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { COMMITTEES } from "../../src/domain/catalogue/committees";
import { DESPF_GOALS } from "../../src/domain/catalogue/goals";
import { consolidate } from "../../src/domain/consolidation/consolidate";
import { REPORT_STATUS_LABELS } from "../../src/domain/consolidation/reportStatus";
import { REPORT_STATUSES } from "../../src/domain/consolidation/tallies";
import type { Lang } from "../../src/domain/text/lang";
import type { Quarter } from "../../src/domain/periods/periods";
import { openWorkbook } from "../../src/xlsx/read/openWorkbook";
import { L, REPORT_SHEETS } from "../../src/domain/report/reportLabels";
import { REPORT_SIGNATURE, STATUS_TABLE_COLUMNS, SUMMARY_FREE_ROW, SUMMARY_TABLES, reportSheetNames } from "../../src/domain/report/reportLayout";
import { writeReport } from "../../src/xlsx/write/reportWriter";

const catalogue = bundledCatalogue();
const model = consolidate([], { quarter: "2026-Q3" as Quarter, catalogue });

/** What a reader (Excel, the task pane) finds at the layout's positions, read back with our own reader. */
async function readReport(lang: Lang) {
  const book = openWorkbook(await writeReport(model, { lang, generatedAt: new Date("2026-10-22T07:00:00Z") }), "report.xlsx");
  const sheet = (name: string) => book.readSheet(name).rows;
  const at = (rows: ReturnType<typeof sheet>, row1: number, col0: number) => cellText(rows[row1 - 1]?.[col0]);
  return { book, sheet, at };
}

describe("the report's layout, shared by the writer and what finds things in Excel", () => {
  it.each(["en", "km"] as const)("%s: the sheets are named as layout.ts says, and the cover carries the report's signature", async (lang) => {
    const { book, sheet, at } = await readReport(lang);
    expect(book.sheets.map((s) => s.name)).toEqual(reportSheetNames(lang));
    const cover = sheet(REPORT_SHEETS[REPORT_SIGNATURE.sheet][lang]);
    expect(at(cover, 1, 0)).toBe(REPORT_SIGNATURE.text[lang]);
  });

  it.each(["en", "km"] as const)("%s: both Summary tables sit on the rows and columns the layout gives", async (lang) => {
    const { sheet, at } = await readReport(lang);
    const summary = sheet(REPORT_SHEETS.summary[lang]);
    const tables = [
      ["byGoal", L.byGoal, L.despfGoal, DESPF_GOALS[1][lang]],
      ["byCommittee", L.byCommittee, undefined, `${COMMITTEES[0]!.code} — `],
    ] as const;
    for (const [key, heading, firstHeader, firstLabel] of tables) {
      const t = SUMMARY_TABLES[key];
      expect(at(summary, t.heading, 0)).toBe(heading[lang]);
      if (firstHeader) expect(at(summary, t.header, STATUS_TABLE_COLUMNS.label)).toBe(firstHeader[lang]);
      REPORT_STATUSES.forEach((status, i) =>
        expect(at(summary, t.header, STATUS_TABLE_COLUMNS.firstStatus + i)).toBe(REPORT_STATUS_LABELS[status][lang]),
      );
      expect(at(summary, t.firstBody, STATUS_TABLE_COLUMNS.label).includes(firstLabel)).toBe(true);
      expect(at(summary, t.total, STATUS_TABLE_COLUMNS.label)).toBe(L.total[lang]);
      // Nothing reported: every measure of the body counts as "Not reported".
      const notReported = STATUS_TABLE_COLUMNS.firstStatus + REPORT_STATUSES.indexOf("not-reported");
      expect(Number(at(summary, t.total, notReported))).toBe(catalogue.measures.length);
    }
    expect(summary.length).toBeLessThan(SUMMARY_FREE_ROW);
  });
});
