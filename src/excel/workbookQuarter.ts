import { META_SHEET } from "../domain/statusSheet/columns";
import { parseQuarter, type Quarter } from "../domain/periods/periods";
import { officeHost, runBatch, type ExcelHost } from "./host";
import { META_READ_ROWS, parseMeta } from "./statusTable";

/**
 * The quarter in the workbook's metadata (a status workbook set up by Policy Tracker), or undefined
 * for any other workbook or when Excel cannot be read: it is only a default for a form. Two syncs.
 */
export async function readWorkbookQuarter(host: ExcelHost = officeHost()): Promise<Quarter | undefined> {
  try {
    return await runBatch(host, async (context) => {
      const meta = context.workbook.worksheets.getItemOrNullObject(META_SHEET);
      meta.load("name");
      await context.sync();
      if (meta.isNullObject) return undefined;
      const keyValues = meta.getRange(`A1:B${META_READ_ROWS}`);
      keyValues.load("values");
      await context.sync();
      const rows = keyValues.values;
      return parseQuarter(parseMeta(rows).meta.quarter ?? "");
    });
  } catch {
    return undefined;
  }
}
