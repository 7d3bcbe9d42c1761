/**
 * `workbook.insertWorksheetsFromBase64` on the fake: the workbook is decoded with the project's own
 * reader (src/xlsx/read, fflate + saxes), so the inserted sheets hold the values of the file, and
 * the charts the file has on them (fileCharts.ts). Styles, merges, print settings and names are
 * not carried (nothing in the fake reads them). Needs ExcelApi 1.13 like Excel; a name already in
 * the workbook is NotModelled (Excel's renaming of clashing sheets is not documented; gateway code
 * must not rely on it). Excel on the web (platform "OfficeOnline") refuses a file with charts: the
 * API reference says it "doesn't support inserting charts, comments, PivotTables, or slicers" there,
 * and OfficeDev/office-js#4518 quotes the error ("…the source contains one or more unsupported
 * features…"); its code is taken to be Excel.ErrorCodes.unsupportedFeature.
 */
import { cellText } from "../../src/domain/entries/cells";
import { WorkbookReadError } from "../../src/xlsx/read/errors";
import { openWorkbook } from "../../src/xlsx/read/openWorkbook";
import { GuardedZip } from "../../src/xlsx/read/zip";
import type { ChartState } from "./charts";
import { notModelled, officeError } from "./errors";
import { chartsOfSheet, hasCharts, type FileChart } from "./fileCharts";
import { cellFor, fullAddress, parseAddress, readCell, rectAddress, type Rect, type SheetState, type Visibility, type WorkbookState } from "./model";

const LOCATION = "Workbook.insertWorksheetsFromBase64";

/** A ClientResult: its value can be read only once the batch that computes it has been synced. */
export class FakeClientResult<T> {
  private result: { readonly value: T } | undefined;

  set(value: T): void {
    this.result = { value };
  }

  get value(): T {
    if (!this.result) throw officeError("ValueNotLoaded", "ClientResult.value", "call context.sync() before reading the value");
    return this.result.value;
  }
}

export function decodeBase64(text: string, location = LOCATION): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw officeError("InvalidArgument", location, "not Base64");
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

const VISIBILITY: Readonly<Record<string, Visibility>> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };

/** Where the new sheets go in `sheets`, as InsertWorksheetOptions says (default: the end). */
function insertIndex(sheets: readonly SheetState[], options: Excel.InsertWorksheetOptions, resolve: (relativeTo: Excel.Worksheet | string) => SheetState): number {
  const position = options.positionType ?? "End";
  if (position === "Beginning") return 0;
  if (position === "End") return sheets.length;
  if (position === "Before" || position === "After") {
    if (options.relativeTo === undefined) throw officeError("InvalidArgument", LOCATION, `${position} needs relativeTo`);
    const index = sheets.indexOf(resolve(options.relativeTo));
    return position === "Before" ? index : index + 1;
  }
  throw notModelled(`insertWorksheetsFromBase64 positionType "${position}"`);
}

export interface InsertContext {
  readonly state: WorkbookState;
  /** Office.context.platform of the simulated host ("PC" when not said). */
  readonly platform: string;
  nextChartId(): string;
  isSetSupported(name: string, version: string): boolean;
  newSheet(name: string): SheetState;
  /** The sheet a relativeTo names (a Worksheet proxy or a name); fails like getItem when missing. */
  resolveSheet(relativeTo: Excel.Worksheet | string): SheetState;
}

/** Runs inside the sync that carries the call; returns the new sheets' IDs, in the file's order. */
export function insertWorksheets(ctx: InsertContext, base64File: string, options: Excel.InsertWorksheetOptions = {}): string[] {
  if (!ctx.isSetSupported("ExcelApi", "1.13")) throw officeError("ApiNotFound", LOCATION, "ExcelApi 1.13 is not supported by this host");
  if (options.sheetNamesToInsert?.length) throw notModelled("insertWorksheetsFromBase64 with sheetNamesToInsert");
  let book;
  let zip;
  try {
    const bytes = decodeBase64(base64File);
    book = openWorkbook(bytes, "inserted.xlsx");
    zip = new GuardedZip(bytes, "inserted.xlsx");
  } catch (e) {
    if (e instanceof WorkbookReadError) throw officeError("InvalidArgument", LOCATION, e.message);
    throw e;
  }
  if (ctx.platform === "OfficeOnline" && hasCharts(zip)) {
    throw officeError(
      "UnsupportedFeature",
      LOCATION,
      "The operation failed because the source contains one or more unsupported features. Features currently unsupported on this platform are Comment, Slicer, Chart, and PivotTable.",
    );
  }
  const taken = book.sheets.find((s) => ctx.state.sheets.some((x) => x.name.toLowerCase() === s.name.toLowerCase()));
  if (taken) throw notModelled(`inserting sheet "${taken.name}" into a workbook that has one of that name`);
  const at = insertIndex(ctx.state.sheets, options, ctx.resolveSheet);
  const added = book.sheets.map((info) => {
    const sheet = ctx.newSheet(info.name);
    sheet.visibility = VISIBILITY[info.state] ?? "Visible";
    book.readSheet(info.name).rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!cell || (cell.value === null && cell.error === undefined)) return;
        const target = cellFor(sheet, r, c);
        // A copied cell keeps its value as it is (text stays text, even "=…"); the fake cannot recalculate.
        target.value = cell.value === null ? cellText(cell) : cell.value;
        if (cell.formula !== undefined) target.formula = `=${cell.formula}`;
      }),
    );
    return sheet;
  });
  book.sheets.forEach((info, i) => {
    const charts = chartsOfSheet(zip, info.part).map((chart) => chartState(chart, ctx.nextChartId(), added));
    if (charts.length > 0) added[i]!.charts = charts;
  });
  ctx.state.sheets.splice(at, 0, ...added);
  return added.map((s) => s.id);
}

/** A chart of the file as the fake's chart model holds it (what worksheet.charts.add would have made). */
function chartState(chart: FileChart, id: string, sheets: readonly SheetState[]): ChartState {
  const place = (formula: string) => {
    const { sheet: name, rect } = parseAddress(formula);
    const sheet = sheets.find((s) => s.name === name);
    if (!sheet) throw notModelled(`a chart that refers to another workbook's sheet (${formula})`);
    return { sheet, rect };
  };
  const parts = chart.series.map((s) => ({ name: s.name ? place(s.name) : undefined, values: s.values ? place(s.values) : undefined, fill: s.fill }));
  const rects = parts.flatMap((p) => [p.name, p.values]).filter((p) => p !== undefined);
  const first = rects[0];
  if (!first) throw notModelled(`chart ${chart.name} without series`);
  const source: Rect = {
    r0: Math.min(...rects.map((p) => p.rect.r0)),
    c0: Math.min(...rects.map((p) => p.rect.c0)),
    r1: Math.max(...rects.map((p) => p.rect.r1)),
    c1: Math.max(...rects.map((p) => p.rect.c1)),
  };
  const byColumns = parts.every((p) => !p.values || p.values.rect.c0 === p.values.rect.c1);
  const cell = (row: number, col: number) => rectAddress({ r0: row, c0: col, r1: row, c1: col });
  return {
    id,
    type: chart.type,
    source: fullAddress(first.sheet, source),
    seriesBy: byColumns ? "Columns" : "Rows",
    // Excel names a series by its name cell's current value.
    series: parts.map((p, i) => ({ name: p.name ? String(readCell(p.name.sheet, p.name.rect.r0, p.name.rect.c0).value) : `Series${i + 1}`, ...(p.fill ? { fill: p.fill } : {}) })),
    name: chart.name,
    title: chart.title,
    ...(chart.categories ? { categories: (({ sheet, rect }) => fullAddress(sheet, rect))(place(chart.categories)) } : {}),
    // The drawing anchors to the corner after the last cell covered.
    position: { start: cell(chart.from.row, chart.from.col), end: cell(chart.to.row - 1, chart.to.col - 1) },
    ...(chart.legendPosition ? { legendPosition: chart.legendPosition } : {}),
  };
}
