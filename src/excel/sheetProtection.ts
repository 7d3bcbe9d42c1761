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
 * Runs `write` on a sheet of a workbook Policy Tracker set up (it has our metadata sheet): unprotects
 * first only when the sheet is protected (protect() and unprotect() fail on a sheet already in that
 * state), and protects it afterwards whether or not it was. A request is not a transaction: when a
 * command fails, those before it stay applied, so a sheet can be left unprotected; copying that
 * state would leave it open for good. All queued in the same batch; nothing is synced here.
 */
export function whileUnprotected(sheet: Excel.Worksheet, isProtected: boolean, write: () => void): void {
  if (isProtected) sheet.protection.unprotect();
  write();
  sheet.protection.protect(SHEET_PROTECTION);
}

/** Protects a sheet of a set-up workbook that a run reads but does not write, when found unprotected (see whileUnprotected). */
export function keepProtected(sheet: Excel.Worksheet, isProtected: boolean): void {
  if (!isProtected) sheet.protection.protect(SHEET_PROTECTION);
}
