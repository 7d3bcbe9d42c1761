import { STATUS_TABLE } from "../domain/statusSheet/columns";
import { attempt, type ExcelOutcome } from "./errors";
import { officeHost, runBatch, type ExcelHost } from "./host";

/** Where an issue is: a Problem's `where` (A1 cell, optional sheet — the status sheet by default). */
export interface CellLocation {
  readonly sheet?: string;
  readonly cell: string;
}

/** "Show me": activates the sheet and selects the cell of an issue. One sync. */
export async function selectCell(location: CellLocation, host: ExcelHost = officeHost()): Promise<ExcelOutcome<void>> {
  return attempt(() =>
    runBatch(host, async (context) => {
      const sheet = location.sheet ? context.workbook.worksheets.getItem(location.sheet) : context.workbook.tables.getItem(STATUS_TABLE).worksheet;
      sheet.activate();
      sheet.getRange(location.cell).select();
      await context.sync();
    }),
  );
}
