import { Workbook } from "exceljs";
import { Grid } from "../../src/xlsx/write/report/grid";
import type { CellStyle } from "../../src/xlsx/write/report/styles";
import { cellHeight } from "../../src/xlsx/write/sheetStyle";
import { DEFAULT_ROW_HEIGHT_PT } from "../../src/domain/report/printLayout";

const wrap: CellStyle = { alignment: { wrapText: true } };
const big: CellStyle = { alignment: { wrapText: true }, font: { size: 16, bold: true } };
const LONG = "A completed measure needs its actual completion date and a link to the evidence of it";
const KHMER = "ក្រសួងប្រៃសណីយ៍ និងទូរគមនាគមន៍ បានបញ្ចប់ការអនុវត្តវិធានការនេះ";

/** Grid remembers the heights of texts it has measured: a text met again, elsewhere or styled otherwise, must still get its own. */
test("a repeated text gets the height of its own column, style and span, and Khmer its taller lines", () => {
  const ws = new Workbook().addWorksheet("t");
  const g = new Grid(ws, "en", [10, 30, 60]);
  const rows = [
    g.put([{ v: LONG, s: wrap }]),
    g.put([undefined, { v: LONG, s: wrap }]),
    g.put([{ v: LONG, s: big }]),
    g.put([{ v: LONG, s: wrap }]),
    g.put([{ v: LONG, s: wrap, span: 3 }]),
    g.put([{ v: LONG, s: wrap }], { filterButtons: true }),
    g.put([{ v: KHMER, s: wrap }]),
    g.put([{ v: KHMER, s: wrap }]),
  ];
  const heights = rows.map((r) => ws.getRow(r).height);
  expect(heights).toEqual([
    cellHeight("en", LONG, 10, undefined, false, true),
    cellHeight("en", LONG, 30, undefined, false, true),
    cellHeight("en", LONG, 10, 16, true, true),
    cellHeight("en", LONG, 10, undefined, false, true),
    cellHeight("en", LONG, 100, undefined, false, true),
    cellHeight("en", LONG, 8, undefined, false, true),
    cellHeight("km", KHMER, 10, undefined, false, true),
    cellHeight("km", KHMER, 10, undefined, false, true),
  ]);
  // The cases differ, so the test would see a height taken from the wrong one.
  expect(new Set(heights.slice(0, 6)).size).toBe(5);
});

test("knows the height of the rows it has written, skipped rows and rows below at the default height", () => {
  const ws = new Workbook().addWorksheet("t");
  const g = new Grid(ws, "en", [10, 30]);
  g.put([{ v: LONG, s: wrap }]);
  g.skip(2);
  g.put([undefined, { v: "short", s: wrap }], { minHeight: 40 });
  const written = ws.getRow(1).height + 2 * DEFAULT_ROW_HEIGHT_PT + 40;
  expect(g.heightThrough(4)).toBe(written);
  expect(g.heightThrough(10)).toBe(written + 6 * DEFAULT_ROW_HEIGHT_PT);
  expect(() => g.heightThrough(3)).toThrow(/rows up to 4 are written/);
});
