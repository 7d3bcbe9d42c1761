/**
 * Protection as the template sets it: officials can select cells, resize rows and columns and
 * filter; they cannot sort, insert or delete rows, or change locked (catalogue) cells.
 * Every option is given (Excel rejects option objects holding nulls) and all are ExcelApi 1.2.
 */
export const SHEET_PROTECTION: Excel.WorksheetProtectionOptions = {
  allowAutoFilter: true,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowFormatCells: false,
  allowFormatColumns: true,
  allowFormatRows: true,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
};

/**
 * Runs `write` on a sheet that may be protected: unprotects first only when it is (protect() and
 * unprotect() fail on a sheet already in that state), and protects again afterwards.
 * All queued in the same batch; nothing is synced here.
 */
export function whileUnprotected(sheet: Excel.Worksheet, isProtected: boolean, write: () => void, protectAfter = isProtected): void {
  if (isProtected) sheet.protection.unprotect();
  write();
  if (protectAfter) sheet.protection.protect(SHEET_PROTECTION);
}
