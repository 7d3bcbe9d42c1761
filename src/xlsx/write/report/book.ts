import type { AddWorksheetOptions, Worksheet } from "exceljs";

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
