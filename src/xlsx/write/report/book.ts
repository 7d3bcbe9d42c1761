import type { AddWorksheetOptions, Worksheet } from "exceljs";
import type { CellStyle } from "./styles";

/**
 * Where the sheet writers put the report: ExcelJS's in-memory Workbook (reportWriter.ts, which the
 * task pane runs in the browser) or its streaming WorkbookWriter (reportStreamWriter.ts, the CLI,
 * Node only), which writes each row out when it is committed and forgets it.
 *
 * So that one set of sheet writers serves both, they follow the streaming writer's order: column
 * widths when the sheet is made, a row's cells, merges and height before `row.commit()` (Grid.put
 * does it; a no-op in memory), fit-to-page declared when the sheet is added (the streaming writer
 * writes <sheetPr> first). Autofilter, conditional formats and page setup may come last: both write
 * them after the rows.
 */
export interface ReportBook {
  addWorksheet(name: string, options: Partial<AddWorksheetOptions>): Worksheet;
  /** The sheet is complete: the streaming book finishes its part; the in-memory one does nothing. */
  sheetDone(ws: Worksheet): void;
}

/** A cell of a finished row, as a book that writes rows itself takes it. */
export interface RowCell {
  /** 1-based column. */
  readonly col: number;
  readonly value: string | number | Date | null;
  readonly style: CellStyle;
  /** Columns the cell covers, merged (1 when absent). */
  readonly span?: number;
}

/**
 * A sheet's rows written straight out, without ExcelJS's Row and Cell objects: the streaming book
 * (write/streamRows.ts) makes one per sheet, giving the XML ExcelJS would for these cells. Grid.put
 * uses it for the rows it can take (no merged cells, no dates); the others go through ExcelJS.
 */
export interface RowWriter {
  write(row: number, cells: readonly RowCell[], height: number): void;
}

const rowWriters = new WeakMap<Worksheet, RowWriter>();

export function setRowWriter(ws: Worksheet, writer: RowWriter): void {
  rowWriters.set(ws, writer);
}

export function rowWriterOf(ws: Worksheet): RowWriter | undefined {
  return rowWriters.get(ws);
}
