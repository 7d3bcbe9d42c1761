/**
 * write/streamRows.ts writes rows into ExcelJS's streaming WorksheetWriter itself: the sheet XML must
 * be what ExcelJS writes for the same cells through its Row and Cell objects, byte for byte.
 */
import { readFileSync } from "node:fs";
import type { Worksheet } from "exceljs";
import WorkbookWriter from "exceljs/lib/stream/xlsx/workbook-writer";
import { strFromU8, unzipSync } from "fflate";
import type { RowCell } from "../../src/xlsx/write/report/book";
import type { CellStyle } from "../../src/xlsx/write/report/styles";
import { streamRowWriter, type SharedStringTable, type StyleRegistry } from "../../src/xlsx/write/streamRows";
import { tempDir } from "../support/tmp";

const tmp = tempDir("stream-rows");
afterAll(() => tmp.cleanup());

const wrap: CellStyle = { alignment: { wrapText: true, vertical: "top" }, font: { name: "Calibri", size: 10 } };
const bold: CellStyle = { font: { bold: true }, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEEFF" } } };
const count: CellStyle = { numFmt: "#,##0", alignment: { horizontal: "right" } };
const none: CellStyle = {};
const dateTime: CellStyle = { numFmt: "dd/mm/yyyy hh:mm", alignment: { horizontal: "left" } };

// [row number, cells, height]
const ROWS: [number, RowCell[], number][] = [
  [1, [{ col: 1, value: "No.", style: bold }, { col: 2, value: "File", style: bold }, { col: 3, value: 'Say "hi" & <go> \'now\'', style: bold }], 17],
  [2, [{ col: 1, value: 1, style: count }, { col: 2, value: "sub-0001-DGC.xlsx", style: wrap }, { col: 3, value: null, style: wrap }], 32],
  [3, [{ col: 2, value: 0.45, style: none }, { col: 4, value: -0, style: count }, { col: 7, value: 1e21, style: count }], 0],
  [4, [{ col: 1, value: "ស្ថានភាព \u0001\u0008 tab\there", style: wrap }, { col: 2, value: "", style: wrap }], 40.5],
  [5, [{ col: 1, value: null, style: none }, { col: 2, value: null, style: wrap }], 0],
  [6, [{ col: 1, value: null, style: none }], 15],
  [8, [{ col: 3, value: "after a gap", style: none }], 0],
  [9, [], 0],
  [10, [{ col: 1, value: " leading", style: wrap }, { col: 2, value: "two\nlines", style: wrap }, { col: 3, value: "trailing ", style: wrap }], 30],
  // Merged cells (the report's banners, the superseded block) and dates.
  [11, [{ col: 1, value: "A banner over four columns", style: bold, span: 4 }], 20],
  [
    12,
    [
      { col: 1, value: "DGC", style: none },
      { col: 2, value: "sub-0543-DGC.xlsx", style: wrap, span: 3 },
      { col: 5, value: new Date(Date.UTC(2026, 9, 1, 8, 30)), style: dateTime, span: 2 },
      { col: 7, value: 103, style: count },
      { col: 8, value: null, style: wrap, span: 3 },
    ],
    30,
  ],
  [13, [{ col: 2, value: new Date(Date.UTC(2026, 0, 31)), style: none }, { col: 3, value: new Date(Date.UTC(1900, 0, 1, 12)), style: dateTime }], 0],
  [14, [{ col: 1, value: null, style: none, span: 2 }], 0],
  [15, [{ col: 2, value: null, style: none }, { col: 3, value: "x", style: count, span: 2 }], 0],
];

async function sheetXml(write: (ws: Worksheet, wb: InstanceType<typeof WorkbookWriter>) => void, shared: boolean): Promise<string> {
  const file = tmp.path(`${Math.random().toString(36).slice(2)}.xlsx`);
  const wb = new WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: shared });
  const ws = wb.addWorksheet("S");
  write(ws, wb);
  ws.commit();
  await wb.commit();
  return strFromU8(unzipSync(new Uint8Array(readFileSync(file)))["xl/worksheets/sheet1.xml"]!);
}

function throughExcelJs(ws: Worksheet): void {
  for (const [r, cells, height] of ROWS) {
    const row = ws.getRow(r);
    for (const c of cells) {
      const cell = row.getCell(c.col);
      cell.value = c.value;
      cell.style = c.style;
      if ((c.span ?? 1) > 1) ws.mergeCells(r, c.col, r, c.col + c.span! - 1);
    }
    row.height = height;
    row.commit();
  }
}

function throughRowWriter(shared: boolean) {
  return (ws: Worksheet, wb: InstanceType<typeof WorkbookWriter>): void => {
    const internals = wb as unknown as { styles: StyleRegistry; sharedStrings: SharedStringTable };
    const rows = streamRowWriter(ws, internals.styles, shared ? internals.sharedStrings : undefined);
    for (const [r, cells, height] of ROWS) rows.write(r, cells, height);
    rows.flush();
  };
}

test("rows written directly are the XML ExcelJS writes for the same cells (inline text)", async () => {
  const expected = await sheetXml(throughExcelJs, false);
  expect(expected).toContain("<sheetData><row ");
  expect(expected).toContain('<mergeCells count="6"><mergeCell ref="A11:D11"/><mergeCell ref="B12:D12"/>');
  expect(await sheetXml(throughRowWriter(false), false)).toBe(expected);
});

test("with shared strings: the same, except texts whose spaces need xml:space stay in their cells", async () => {
  const expected = await sheetXml(throughExcelJs, true);
  const actual = await sheetXml(throughRowWriter(true), true);
  // ExcelJS shares every text (writing xml:space="preserve", which the ISO schema refuses on <t>);
  // the row writer keeps the three texts that need it in their cells.
  expect([...actual.matchAll(/<c r="([A-Z]+\d+)"[^>]* t="str"><v>([^<]*)<\/v>/g)].map((m) => [m[1], m[2]])).toEqual([
    ["A10", " leading"],
    ["B10", "two\nlines"],
    ["C10", "trailing "],
  ]);
  // Everything else is the same, shared indexes apart (the kept texts are not in the table).
  const normalise = (xml: string) => xml.replace(/ t="s(?:tr)?"><v>[^<]*<\/v>/g, ' t="?"><v>#</v>');
  expect(normalise(actual)).toBe(normalise(expected));
});
