import { CATALOGUE_TABLE, META_SHEET, STATUS_TABLE } from "../domain/statusSheet/columns";
import { runBatch, type ExcelHost } from "./host";
import { SHEET_PROTECTION } from "./sheetProtection";

/**
 * After a write that failed part-way. Excel applies a request's commands in order and stops at the
 * one that fails, so the sheets the write had unprotected stay unprotected, and the add-in's events
 * may still be off. In a workbook Policy Tracker set up (it has our metadata sheet), this protects
 * again the status, catalogue and metadata sheets found unprotected, and turns the events back on.
 * Best effort, two syncs; a failure here changes nothing more (the next write protects them too).
 */
export async function recoverAfterFailedWrite(host: ExcelHost): Promise<void> {
  try {
    await runBatch(host, async (context) => {
      const wb = context.workbook;
      wb.worksheets.load("items/name,items/protection/protected");
      wb.tables.load("items/name,items/worksheet/name");
      await context.sync();
      const ours = new Set([META_SHEET.toLowerCase()]);
      for (const t of wb.tables.items) if ([STATUS_TABLE, CATALOGUE_TABLE].includes(t.name)) ours.add(t.worksheet.name.toLowerCase());
      const setUp = wb.worksheets.items.some((s) => s.name.toLowerCase() === META_SHEET.toLowerCase());
      if (setUp) for (const s of wb.worksheets.items) if (ours.has(s.name.toLowerCase()) && !s.protection.protected) s.protection.protect(SHEET_PROTECTION);
      context.runtime.enableEvents = true;
      await context.sync();
    });
  } catch {
    // Nothing more to do: the next write of the add-in protects these sheets and turns events on.
  }
}
