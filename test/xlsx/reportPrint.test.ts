import { execFileSync } from "node:child_process";
import { main } from "../../src/cli/main";
import { COUNCIL_NAME } from "../../src/domain/catalogue/committees";
import { formatQuarter } from "../../src/domain/periods/periods";
import type { Quarter } from "../../src/domain/periods/periods";
import {
  DEFAULT_ROW_HEIGHT_PT,
  MARGINS,
  MIN_READABLE_SCALE,
  POINTS_PER_WIDTH_UNIT,
  PRINTABLE_HEIGHT_PT,
  PRINTABLE_WIDTH_PT,
  PRINT_LABELS,
  printScale,
} from "../../src/domain/report/printLayout";
import { REPORT_SHEETS, type ReportSheet } from "../../src/domain/report/reportLabels";
import { REPORT_SHEET_ORDER, SUMMARY_LAST_ROW } from "../../src/domain/report/reportLayout";
import type { Lang } from "../../src/domain/text/lang";
import { PYTHON, TOOLS, describeWith } from "../support/environment";
import { captureIo, tempDir } from "../support/tmp";

/** Each sheet's print settings, column widths and row heights as openpyxl reads them. */
const PRINT_BACK = String.raw`
import json, sys, warnings
warnings.simplefilter("ignore")
import openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb.worksheets:
    widths = {}
    for d in ws.column_dimensions.values():
        for i in range(d.min, d.max + 1):
            widths[i] = d.width
    pr = ws.sheet_properties.pageSetUpPr
    part = lambda hf: [hf.left.text, hf.center.text, hf.right.text]
    out[ws.title] = {
        "scale": ws.page_setup.scale, "fitToPage": bool(pr and pr.fitToPage),
        "orientation": ws.page_setup.orientation, "paperSize": int(ws.page_setup.paperSize),
        "margins": [ws.page_margins.left, ws.page_margins.right, ws.page_margins.top, ws.page_margins.bottom],
        "columns": ws.max_column, "rows": ws.max_row,
        "widths": [widths.get(i) for i in range(1, ws.max_column + 1)],
        "heights": {str(k): v.height for k, v in ws.row_dimensions.items() if v.height},
        "titles": ws.print_title_rows,
        "header": part(ws.oddHeader), "headerFont": ws.oddHeader.left.font,
        "footer": part(ws.oddFooter),
    }
print(json.dumps(out))
`;

interface SheetPrint {
  scale: number;
  fitToPage: boolean;
  orientation: string;
  paperSize: number;
  margins: number[];
  columns: number;
  rows: number;
  widths: (number | null)[];
  heights: Record<string, number>;
  titles: string | null;
  header: (string | null)[];
  headerFont: string | null;
  footer: (string | null)[];
}

/** Sheets whose table runs over pages: their header row repeats on each. */
const TABLE_SHEETS: readonly ReportSheet[] = ["dgp", "measures", "exceptions", "changes", "issues"];

describeWith([TOOLS.openpyxl], "the demo's reports print A4 landscape at a readable, fitting scale", () => {
  const tmp = tempDir("report-print");
  const prints = new Map<Lang, Record<string, SheetPrint>>();
  beforeAll(async () => {
    expect(await main(["demo", "--out", tmp.path("demo")], captureIo().io)).toBe(0);
    for (const [lang, file] of [["en", "report-2026-Q3.xlsx"], ["km", "report-2026-Q3-km.xlsx"]] as const) {
      prints.set(lang, JSON.parse(execFileSync(PYTHON, ["-c", PRINT_BACK, tmp.path(`demo/${file}`)], { encoding: "utf8" })));
    }
  }, 120_000);
  afterAll(() => tmp.cleanup());

  const cases = (["en", "km"] as const).flatMap((lang) => REPORT_SHEET_ORDER.map((sheet) => [lang, sheet] as const));

  test.each(cases)("%s %s: A4 landscape, fixed scale ≥ 70 % at which every column fits across the page", (lang, sheet) => {
    const p = prints.get(lang)![REPORT_SHEETS[sheet][lang]]!;
    expect({ orientation: p.orientation, paperSize: p.paperSize, fitToPage: p.fitToPage }).toEqual({ orientation: "landscape", paperSize: 9, fitToPage: false });
    expect(p.margins).toEqual([MARGINS.left, MARGINS.right, MARGINS.top, MARGINS.bottom]);
    // ExcelJS writes no <col> for a width of exactly 9 (its default), and Excel then uses 8.43.
    expect(p.widths.map((w, i) => (w === null ? `column ${i + 1} has no width` : "ok"))).toEqual(p.widths.map(() => "ok"));
    const widths = p.widths as number[];
    expect(p.scale).toBeGreaterThanOrEqual(MIN_READABLE_SCALE);
    expect(widths.reduce((a, w) => a + w, 0) * POINTS_PER_WIDTH_UNIT * (p.scale / 100)).toBeLessThanOrEqual(PRINTABLE_WIDTH_PT);
    if (sheet !== "summary" && sheet !== "cover") expect(p.scale).toBe(printScale(widths));
  });

  test.each(cases)("%s %s: the Council and the quarter in the header, the sheet and page of pages in the footer", (lang, sheet) => {
    const p = prints.get(lang)![REPORT_SHEETS[sheet][lang]]!;
    const quarter = formatQuarter("2026-Q3" as Quarter, lang);
    expect(p.header[0]).toBe(COUNCIL_NAME[lang]);
    expect(p.header[2]).toContain(quarter);
    expect(p.footer).toEqual([REPORT_SHEETS[sheet][lang], null, PRINT_LABELS.page[lang]]);
    expect(p.headerFont).toBe(lang === "km" ? "Khmer OS Siemreap,Regular" : null);
    if (TABLE_SHEETS.includes(sheet)) expect(p.titles).toMatch(/^\$\d+:\$\d+$/);
  });

  test.each(["en", "km"] as const)("%s: the measure sheet's 16+ columns print at the scale their widths give, at least 70 %", (lang) => {
    const p = prints.get(lang)![REPORT_SHEETS.measures[lang]]!;
    expect(p.columns).toBeGreaterThanOrEqual(16);
    expect(p.scale).toBe(printScale(p.widths as number[]));
    expect(p.scale).toBeGreaterThanOrEqual(MIN_READABLE_SCALE);
  });

  /** Points of rows 1..last, rows without a height at the sheet's default. */
  const heightThrough = (p: SheetPrint, last: number) => {
    let h = 0;
    for (let r = 1; r <= last; r++) h += p.heights[String(r)] ?? DEFAULT_ROW_HEIGHT_PT;
    return h;
  };

  test.each(["en", "km"] as const)("%s: the Summary's tables and the charts' rows below them print on one page; the cover is one page", (lang) => {
    const summary = prints.get(lang)![REPORT_SHEETS.summary[lang]]!;
    expect(summary.rows).toBeLessThan(SUMMARY_LAST_ROW);
    expect(heightThrough(summary, SUMMARY_LAST_ROW) * (summary.scale / 100)).toBeLessThanOrEqual(PRINTABLE_HEIGHT_PT);
    expect(summary.scale).toBe(printScale(summary.widths as number[], heightThrough(summary, SUMMARY_LAST_ROW)));
    const cover = prints.get(lang)![REPORT_SHEETS.cover[lang]]!;
    expect(heightThrough(cover, cover.rows) * (cover.scale / 100)).toBeLessThanOrEqual(PRINTABLE_HEIGHT_PT);
  });
});
