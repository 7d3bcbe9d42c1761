import { STATUS_COLUMNS } from "../statusSheet/columns";
import type { StatusRow } from "../statusSheet/statusRow";

/**
 * Excel counts a workbook's dates in one of two systems: days from 1899-12-30 (the "1900 date
 * system", Windows' default) or from 1904-01-01 (the "1904 date system", once the Mac's default and
 * still a workbook option). A serial of the 1904 system plus 1,462 is the same day in the 1900 one.
 */
export const DAYS_FROM_1900_TO_1904_SYSTEM = 1462;

const DATE_KEYS = STATUS_COLUMNS.filter((c) => c.type === "date").map((c) => c.key);

/** The rows with their date columns' serials moved from the 1904 date system to the 1900 one the rules read. */
export function rowsIn1900DateSystem(rows: readonly StatusRow[]): StatusRow[] {
  return rows.map((row) => {
    const cells = { ...row.cells };
    for (const key of DATE_KEYS) {
      const cell = cells[key];
      if (cell && typeof cell.value === "number") cells[key] = { ...cell, value: cell.value + DAYS_FROM_1900_TO_1904_SYSTEM };
    }
    return { ...row, cells };
  });
}
