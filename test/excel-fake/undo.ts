/**
 * Which commands an undo step is about ("Undo capabilities with the Excel JavaScript API",
 * learn.microsoft.com, office/dev/add-ins/excel/excel-add-ins-undo-capabilities). The stack itself
 * is kept by the host (changes.ts); here:
 *
 * - the APIs without undo support — among them WorksheetProtection.protect/unprotect,
 *   Worksheet.delete and Workbook.insertWorksheetsFromBase64 everywhere, and
 *   Worksheet.name/position/visibility on Windows and Mac;
 * - a run with `mergeUndoGroup: true` (RunOptions, ExcelApi 1.20) makes its syncs one undo step,
 *   and fails with UndoNotSupported at an API without undo support;
 * - loads and object look-ups change nothing (they count neither as writes nor as undo steps).
 */

/** A run whose syncs form one undo step (mergeUndoGroup). */
export interface UndoGroup {
  recorded: boolean;
}

const UNSUPPORTED_EVERYWHERE = new Set([
  "WorksheetProtection.protect",
  "WorksheetProtection.unprotect",
  "WorksheetProtection.pauseProtection",
  "WorksheetProtection.resumeProtection",
  "WorksheetProtection.setPassword",
  "WorksheetProtection.updateOptions",
  "WorkbookProtection.protect",
  "WorkbookProtection.unprotect",
  "Worksheet.delete",
  "Worksheet.copy",
  "Workbook.insertWorksheetsFromBase64",
  "NamedItem.comment",
]);
/** Undoable on the web only. */
const UNSUPPORTED_ON_DESKTOP = new Set(["Worksheet.name", "Worksheet.position", "Worksheet.visibility"]);

/** Commands that change nothing in the workbook. */
export function isReadCommand(what: string): boolean {
  return /\.(load|create)$/.test(what) || /^(Functions\.|Range\.getSpecialCells|Range\.getCellProperties|Table\.onChanged\.)/.test(what);
}

export function supportsUndo(what: string, platform: string): boolean {
  if (UNSUPPORTED_EVERYWHERE.has(what)) return false;
  return platform === "OfficeOnline" || !UNSUPPORTED_ON_DESKTOP.has(what);
}

/** Whether a merged undo group must refuse this command (the caller fails it with UndoNotSupported). */
export function refusedInGroup(commands: readonly string[], platform: string, group: UndoGroup | undefined): string | undefined {
  return group ? commands.find((c) => !isReadCommand(c) && !supportsUndo(c, platform)) : undefined;
}
