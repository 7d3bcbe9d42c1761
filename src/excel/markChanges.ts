import { columnLetters } from "../domain/entries/cells";
import { STATUS_COLUMNS, STATUS_TABLE } from "../domain/statusSheet/columns";
import type { Problem } from "../domain/rules/problems";
import { CATALOGUE_FILL, MARK_FILLS, markedCells, type TableGeometry } from "./issueMarks";

/**
 * Marks are written only where they change. Each write of the add-in is an undo record of its own,
 * and writing marks means unprotecting and protecting the sheet, which Excel cannot undo: it
 * empties the user's undo stack ("Undo capabilities with the Excel JavaScript API": protect and
 * unprotect are among the APIs without undo support). A live check after an ordinary edit usually
 * leaves the marks as they were; it then writes nothing and the user can still undo the edit.
 *
 * The current fills are read with Range.getCellProperties (ExcelApi 1.9), queued before the
 * table's read so they travel in the same request, for a few rows only (~40 bytes of response a cell).
 *
 * Grouping a run's writes into one undo record (RunOptions.mergeUndoGroup, ExcelApi 1.20) is not
 * used: a grouped run that calls an API without undo support fails with UndoNotSupported, and every
 * write of marks unprotects and protects the sheet.
 */

/** Rows whose fills are compared; beyond this (a large paste) the rows are simply marked again. */
export const FILL_READ_ROWS = 200;

const NO_FILL = "#FFFFFF";

export interface FillRead {
  /** The fills of whole sheet rows (columns A…), by 0-based sheet row; undefined when the read did not arrive. */
  rows(): ReadonlyMap<number, readonly string[]> | undefined;
}

/**
 * Queues the read of the fills of the status table's columns on these sheet rows (inclusive spans,
 * 0-based), or returns undefined when it would not pay (no ExcelApi 1.9, or too many rows).
 */
export function queueFillRead(context: Excel.RequestContext, spans: readonly (readonly [number, number])[], hasCellProperties: boolean): FillRead | undefined {
  const rows = spans.reduce((n, [a, b]) => n + Math.max(0, b - a + 1), 0);
  if (!hasCellProperties || rows === 0 || rows > FILL_READ_ROWS) return undefined;
  const sheet = context.workbook.tables.getItem(STATUS_TABLE).worksheet;
  const last = columnLetters(STATUS_COLUMNS.length - 1);
  const reads = spans
    .filter(([a, b]) => a <= b)
    .map(([a, b]) => ({ row0: a, result: sheet.getRange(`A${a + 1}:${last}${b + 1}`).getCellProperties({ format: { fill: { color: true } } }) }));
  return {
    rows() {
      const out = new Map<number, string[]>();
      try {
        for (const { row0, result } of reads)
          result.value.forEach((row, i) =>
            out.set(
              row0 + i,
              row.map((cell) => String(cell.format?.fill?.color ?? NO_FILL).toUpperCase()),
            ),
          );
      } catch {
        return undefined; // the read was refused (its request was cut into blocks): compare nothing
      }
      return out;
    },
  };
}

/**
 * The body rows (indexes) among `rows` whose fills differ from what the marks should leave: a mark
 * where `problems` name a cell, else the template's fill (grey on catalogue columns, none on entry
 * columns). Rows whose fills were not read count as changed.
 */
export function rowsWithChangedMarks(
  fills: ReadonlyMap<number, readonly string[]>,
  g: TableGeometry,
  rows: readonly number[],
  problems: readonly Problem[],
): number[] {
  const marks = markedCells(problems);
  return rows.filter((i) => {
    const row = g.bodyRow0 + i;
    const current = fills.get(row);
    if (!current) return true;
    return STATUS_COLUMNS.some((c) => {
      const p = g.positions.get(c.key);
      if (p === undefined) return false;
      const col = g.col0 + p;
      const mark = marks.get(`${row},${col}`);
      const wanted = mark ? MARK_FILLS[mark.severity] : c.kind === "catalogue" ? CATALOGUE_FILL : NO_FILL;
      return (current[col] ?? NO_FILL) !== wanted.toUpperCase();
    });
  });
}
