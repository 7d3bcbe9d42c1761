import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { main } from "../../src/cli/main";
import { bundledCatalogue } from "../../src/domain/catalogue/bundledCatalogue";
import { COUNCIL_NAME } from "../../src/domain/catalogue/committees";
import { a1 } from "../../src/domain/entries/cells";
import { formatQuarter, type Quarter } from "../../src/domain/periods/periods";
import { MIN_READABLE_SCALE, PRINT_LABELS, printScale } from "../../src/domain/report/printLayout";
import { L, REPORT_SHEETS } from "../../src/domain/report/reportLabels";
import { REPORT_SHEET_ORDER, SUMMARY_CHARTS, SUMMARY_LAST_ROW } from "../../src/domain/report/reportLayout";
import type { Lang } from "../../src/domain/text/lang";
import { REPORT_STATUS_LABELS } from "../../src/domain/consolidation/reportStatus";
import { REPORT_STATUSES } from "../../src/domain/consolidation/tallies";
import { PYTHON, TOOLS, describeWith } from "../support/environment";
import { captureIo, tempDir } from "../support/tmp";

/*
 * The demo's English and Khmer reports printed to PDF by LibreOffice through `policy-tracker pdf`,
 * read back with poppler's pdfinfo, pdftotext and pdffonts.
 */

const QUARTER = "2026-Q3" as Quarter;
/** What the test writes in the bottom-right cell of the charts' area: it must print on the Summary page. */
const CHART_AREA_MARK = "PT-END";
const LANGS: readonly Lang[] = ["en", "km"];

/** Text as pdftotext gives it, without white space: it splits Khmer clusters and wraps lines where cells do. */
const squeeze = (text: string) => text.replace(/\s+/g, "");

/** The report with a text in the last cell under the Summary's charts (the sheet's XML edited, the rest byte for byte). */
function markChartArea(xlsx: string): void {
  const files = unzipSync(new Uint8Array(readFileSync(xlsx)));
  const part = `xl/worksheets/sheet${REPORT_SHEET_ORDER.indexOf("summary") + 1}.xml`;
  const cell = a1(SUMMARY_LAST_ROW - 1, SUMMARY_CHARTS.at(-1)!.columns[1]);
  const mark = `<row r="${SUMMARY_LAST_ROW}"><c r="${cell}" t="inlineStr"><is><t>${CHART_AREA_MARK}</t></is></c></row></sheetData>`;
  files[part] = strToU8(strFromU8(files[part]!).replace("</sheetData>", mark));
  writeFileSync(xlsx, zipSync(files));
}

interface Printed {
  readonly pages: string[];
  readonly info: string;
  readonly fonts: string;
  /** Words of page `n` (1-based) with their boxes. */
  words(n: number): { x: number; y: number; text: string }[];
}

function readPdf(pdf: string): Printed {
  // In content-stream order: sorted by position (pdftotext's default), a Khmer vowel sign drawn
  // after the next letter comes out after it.
  const text = execFileSync("pdftotext", ["-raw", pdf, "-"], { encoding: "utf8", maxBuffer: 64 << 20 });
  return {
    pages: text.split("\f").filter((p) => p.trim()),
    info: execFileSync("pdfinfo", [pdf], { encoding: "utf8" }),
    fonts: execFileSync("pdffonts", [pdf], { encoding: "utf8" }),
    words: (n) =>
      [...execFileSync("pdftotext", ["-bbox", "-f", String(n), "-l", String(n), pdf, "-"], { encoding: "utf8" }).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
        x: Number(m[1]),
        y: Number(m[2]),
        text: m[3]!,
      })),
  };
}

/** The measure sheet's print scale and column widths, read from the xlsx by openpyxl. */
function measuresPageSetup(xlsx: string, sheet: string): { scale: number; widths: number[] } {
  const script = String.raw`
import json, sys, warnings
warnings.simplefilter("ignore")
import openpyxl
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
widths = {}
for d in ws.column_dimensions.values():
    for i in range(d.min, d.max + 1):
        widths[i] = d.width
print(json.dumps({"scale": ws.page_setup.scale, "widths": [widths[i] for i in range(1, ws.max_column + 1)]}))
`;
  return JSON.parse(execFileSync(PYTHON, ["-c", script, xlsx, sheet], { encoding: "utf8" }));
}

// pdftotext stands for poppler-utils, which brings pdfinfo and pdffonts too.
describeWith([TOOLS.libreoffice, TOOLS.pdftotext, TOOLS.openpyxl], "the Council's pack: the demo's reports printed to PDF by LibreOffice", () => {
  const tmp = tempDir("pdf");
  const printed = new Map<Lang, Printed>();
  const xlsx = (lang: Lang) => tmp.path(`demo/report-${QUARTER}${lang === "km" ? "-km" : ""}.xlsx`);

  beforeAll(async () => {
    expect(await main(["demo", "--out", tmp.path("demo")], captureIo().io)).toBe(0);
    // One after the other: the machine's cores are shared.
    for (const lang of LANGS) {
      markChartArea(xlsx(lang));
      const io = captureIo();
      const code = await main(["pdf", xlsx(lang), "--out", tmp.path(`${lang}.pdf`), "--lang", lang], io.io);
      expect({ code, err: io.err }).toEqual({ code: 0, err: [] });
      printed.set(lang, readPdf(tmp.path(`${lang}.pdf`)));
    }
  }, 600_000);
  afterAll(() => tmp.cleanup());

  /** The footer's text on page `n` of `count`: the sheet's name, then "Page n of count". */
  const footer = (lang: Lang, sheet: string, n: number, count: number) => squeeze(`${sheet}${PRINT_LABELS.page[lang].replace("&P", String(n)).replace("&N", String(count))}`);

  /** The pages of one sheet, found by their footer. */
  const pagesOf = (lang: Lang, sheet: keyof typeof REPORT_SHEETS) => {
    const { pages } = printed.get(lang)!;
    return pages.map((text, i) => ({ text, number: i + 1 })).filter((p) => squeeze(p.text).includes(footer(lang, REPORT_SHEETS[sheet][lang], p.number, pages.length)));
  };

  test.each(LANGS)("%s: every page is A4 landscape", (lang) => {
    expect(printed.get(lang)!.info).toMatch(/Page size:\s+841\.89 x 595\.\d+ pts \(A4\)/);
  });

  test.each(LANGS)("%s: the title and a measure's text are in the PDF as text; the Khmer report's in a Khmer font", (lang) => {
    const { pages, fonts } = printed.get(lang)!;
    const all = squeeze(pages.join("\n"));
    const measure = bundledCatalogue().measures[0]!;
    expect(all).toContain(squeeze(L.title[lang]));
    expect(all).toContain(squeeze(measure.title[lang]));
    expect(all).toContain(measure.id);
    if (lang === "km") expect(fonts).toMatch(/KhmerOSSiemreap/);
  });

  test.each(LANGS)("%s: each page's header has the Council and the quarter, its footer the sheet and the page of pages", (lang) => {
    const { pages } = printed.get(lang)!;
    const header = squeeze(`${COUNCIL_NAME[lang]}${L.footerTitle[lang]} · ${formatQuarter(QUARTER, lang)}`);
    const sheets = REPORT_SHEET_ORDER.map((s) => REPORT_SHEETS[s][lang]);
    pages.forEach((text, i) => {
      const page = squeeze(text);
      expect({ page: i + 1, header: page.includes(header) }).toEqual({ page: i + 1, header: true });
      expect({ page: i + 1, footer: sheets.some((sheet) => page.includes(footer(lang, sheet, i + 1, pages.length))) }).toEqual({ page: i + 1, footer: true });
    });
    // Every sheet prints, in the report's order.
    const firstPages = REPORT_SHEET_ORDER.map((s) => pagesOf(lang, s)[0]?.number ?? 0);
    expect(firstPages.filter((n) => n === 0)).toEqual([]);
    expect(firstPages).toEqual([...firstPages].sort((a, b) => a - b));
  });

  test.each(LANGS)("%s: the Summary is one page, with room for its charts on it", (lang) => {
    const summary = pagesOf(lang, "summary");
    expect(summary).toHaveLength(1);
    expect(summary[0]!.text).toContain(CHART_AREA_MARK);
  });

  test.each(LANGS)("%s: LibreOffice draws the Summary's two charts on its page: their titles, and each status in their legends, are there as text", (lang) => {
    const page = squeeze(pagesOf(lang, "summary")[0]!.text);
    for (const chart of SUMMARY_CHARTS) expect(page).toContain(squeeze(chart.title[lang]));
    // Each status names a column of both tables and an entry of both legends (the note above the tables names some too).
    const counts = REPORT_STATUSES.map((status) => page.split(squeeze(REPORT_STATUS_LABELS[status][lang])).length - 1);
    expect(counts.map((n) => n >= 4)).toEqual(REPORT_STATUSES.map(() => true));
  });

  test.each(LANGS)("%s: the measure sheet prints every column on each page, at the scale its page setup gives (≥ 70 %)", (lang) => {
    const pages = pagesOf(lang, "measures");
    expect(pages.length).toBeGreaterThan(1);
    // A column pushed off the page would print on pages of its own, without the measure IDs.
    for (const p of pages) expect({ page: p.number, hasIds: /G\d-\d\d/.test(p.text) }).toEqual({ page: p.number, hasIds: true });

    const { scale, widths } = measuresPageSetup(xlsx(lang), REPORT_SHEETS.measures[lang]);
    expect(scale).toBe(printScale(widths));
    expect(scale).toBeGreaterThanOrEqual(MIN_READABLE_SCALE);

    // Measured on paper: the first row's ID (column A) and status (column F, after DEBC in column E)
    // are both left-aligned, so their distance is columns A-E's width at the printed scale.
    const words = printed.get(lang)!.words(pages[0]!.number);
    const id = words.find((w) => w.text === bundledCatalogue().measures[0]!.id)!;
    const row = words.filter((w) => Math.abs(w.y - id.y) < 2).sort((a, b) => a.x - b.x);
    const lead = row.find((w) => w.text === "DEBC")!;
    const status = row.find((w) => w.x > lead.x + 5)!;
    // LibreOffice prints one unit of column width (Calibri's "0", drawn by Carlito) as 5.56 pt.
    const printedScale = (status.x - id.x) / (widths.slice(0, 5).reduce((a, w) => a + w, 0) * 5.56);
    expect(Math.abs(printedScale - scale / 100)).toBeLessThan(0.02);
  });
});
