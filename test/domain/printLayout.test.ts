import {
  MARGINS,
  PAPER,
  POINTS_PER_WIDTH_UNIT,
  PRINTABLE_HEIGHT_PT,
  PRINTABLE_WIDTH_PT,
  PRINT_LABELS,
  headerFooter,
  printScale,
} from "../../src/domain/report/printLayout";
import { STATUS_TABLE_COLUMNS as C, SUMMARY_CHARTS, SUMMARY_FREE_ROW, SUMMARY_LAST_ROW } from "../../src/domain/report/reportLayout";

/** Widths (in "0" units) that take exactly `fraction` of the printable width at 100 %. */
const unitsFor = (fraction: number) => (PRINTABLE_WIDTH_PT * fraction) / POINTS_PER_WIDTH_UNIT;

describe("the print geometry", () => {
  it("is A4 landscape with the margins the report declares", () => {
    expect(PAPER).toMatchObject({ excelPaperSize: 9, orientation: "landscape" });
    expect(PAPER.widthPt).toBeGreaterThan(PAPER.heightPt);
    expect(PRINTABLE_WIDTH_PT).toBeCloseTo(PAPER.widthPt - (MARGINS.left + MARGINS.right) * 72, 6);
    expect(PRINTABLE_HEIGHT_PT).toBeCloseTo(PAPER.heightPt - (MARGINS.top + MARGINS.bottom) * 72, 6);
  });

  it.each([
    ["columns half the page wide print at 100 %, never larger", [unitsFor(0.5)], undefined, 100],
    ["exactly the page wide: 100 %", [unitsFor(1)], undefined, 100],
    ["a little wider than the page: 99 %, rounded down", [unitsFor(1.005)], undefined, 99],
    ["twice the page: 50 %", [unitsFor(1), unitsFor(1)], undefined, 50],
    ["widths add up across columns", [unitsFor(0.4), unitsFor(0.4), unitsFor(0.45)], undefined, 80],
    ["rows to keep on one page twice the page's height: 50 %", [unitsFor(0.5)], PRINTABLE_HEIGHT_PT * 2, 50],
    ["the narrower of width and height wins", [unitsFor(1.25)], PRINTABLE_HEIGHT_PT * 1.1, 80],
    ["absurdly wide sheets stop at Excel's 10 %", [unitsFor(40)], undefined, 10],
    ["no columns: 100 %", [], undefined, 100],
  ])("%s", (_name, widths, height, expected) => {
    expect(printScale(widths, height)).toBe(expected);
  });

  it("never rounds up: at the chosen scale the columns fit the printable width", () => {
    for (let units = 100; units < 400; units += 0.5) {
      const scale = printScale([units]);
      expect(units * POINTS_PER_WIDTH_UNIT * (scale / 100)).toBeLessThanOrEqual(PRINTABLE_WIDTH_PT);
    }
  });
});

describe("the header and footer", () => {
  const texts = { council: "NDESC", report: "Quarterly report", quarter: "Q3 2026", sheet: "Measures", fontSize: 9 };

  it("English: Council and report · quarter in the header, sheet and page of pages in the footer", () => {
    expect(headerFooter({ lang: "en", ...texts })).toEqual({
      oddHeader: "&L&9NDESC&R&9Quarterly report · Q3 2026",
      oddFooter: "&L&9Measures&R&9Page &P of &N",
    });
  });

  it("Khmer: the same in Khmer, in the Khmer font", () => {
    const km = headerFooter({ lang: "km", ...texts, quarter: "ត្រីមាសទី៣ ឆ្នាំ២០២៦", sheet: "វិធានការ", fontName: "Khmer OS Siemreap" });
    expect(km.oddHeader).toBe('&L&"Khmer OS Siemreap,Regular"&9NDESC&R&"Khmer OS Siemreap,Regular"&9Quarterly report · ត្រីមាសទី៣ ឆ្នាំ២០២៦');
    expect(km.oddFooter).toBe('&L&"Khmer OS Siemreap,Regular"&9វិធានការ&R&"Khmer OS Siemreap,Regular"&9ទំព័រទី &P នៃ &N');
  });

  it("an ampersand in a text prints as itself, not as a code", () => {
    const { oddHeader, oddFooter } = headerFooter({ lang: "en", ...texts, council: "R&D", sheet: "A&P" });
    expect(oddHeader).toContain("&L&9R&&D&R");
    expect(oddFooter).toContain("&L&9A&&P&R");
  });

  it.each(["en", "km"] as const)("%s: the page label numbers pages with Excel's codes", (lang) => {
    expect(PRINT_LABELS.page[lang]).toMatch(/&P.*&N/);
  });
});

describe("the Summary's charts", () => {
  it("sit side by side below the tables, inside the tables' columns, without overlapping", () => {
    const [goal, committee] = SUMMARY_CHARTS;
    expect(goal!.rows).toEqual(committee!.rows);
    expect(goal!.rows[0]).toBeGreaterThanOrEqual(SUMMARY_FREE_ROW);
    expect(SUMMARY_LAST_ROW).toBe(goal!.rows[1]);
    expect(goal!.columns[0]).toBe(C.label);
    expect(committee!.columns[0]).toBe(goal!.columns[1] + 1);
    expect(committee!.columns[1]).toBe(C.average);
  });
});
